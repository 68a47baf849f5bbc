#include "plan_columns.hxx"

#include "heading_words.hxx"

#include <algorithm>
#include <set>

namespace prevent::core {

namespace {

struct Alias {
    const char* text;
    PlanColumn kind;
};

// Column titles of real plans (PREVENT.md section 4) and of our own sheet; the longest alias
// whose words all stand in a title decides ("Date for completion" over "Completion").
const std::vector<Alias>& aliases()
{
    static const std::vector<Alias> table = {
        {"Action ID", PlanColumn::ActionId},
        {"Action ref", PlanColumn::ActionId},
        {"Action no", PlanColumn::ActionId},
        {"ID", PlanColumn::ActionId},
        {"Ref", PlanColumn::ActionId},
        {"No", PlanColumn::ActionId},
        {"Risk ref", PlanColumn::RiskRef},
        {"Risk reference", PlanColumn::RiskRef},
        {"Risk no", PlanColumn::RiskRef},
        {"Risk ID", PlanColumn::RiskRef},
        {"Area", PlanColumn::Area},
        {"Category", PlanColumn::Area},
        {"Theme", PlanColumn::Area},
        {"Area of Prevent Duty Guidance", PlanColumn::Area},
        {"Prevent area", PlanColumn::Area},
        {"Action", PlanColumn::Action},
        {"Actions", PlanColumn::Action},
        {"Actions required", PlanColumn::Action},
        {"Action(s) required", PlanColumn::Action},
        {"Action to address risk", PlanColumn::Action},
        {"Further action", PlanColumn::Action},
        {"Planned action", PlanColumn::Action},
        {"Outcome", PlanColumn::Outcome},
        {"Outcome sought", PlanColumn::Outcome},
        {"Aims", PlanColumn::Outcome},
        {"Aim", PlanColumn::Outcome},
        {"Intended outcome", PlanColumn::Outcome},
        {"Success criteria", PlanColumn::Outcome},
        {"Owner", PlanColumn::Owner},
        {"Action owner", PlanColumn::Owner},
        {"Person responsible", PlanColumn::Owner},
        {"Responsible", PlanColumn::Owner},
        {"Lead officer", PlanColumn::Owner},
        {"Lead", PlanColumn::Owner},
        {"Who", PlanColumn::Owner},
        {"Start date", PlanColumn::StartDate},
        {"Start", PlanColumn::StartDate},
        {"Date started", PlanColumn::StartDate},
        {"Due date", PlanColumn::DueDate},
        {"Due", PlanColumn::DueDate},
        {"By when", PlanColumn::DueDate},
        {"Deadline", PlanColumn::DueDate},
        {"Status/deadline", PlanColumn::DueDate},
        {"Date for completion", PlanColumn::DueDate},
        {"Target date", PlanColumn::DueDate},
        {"Planned completion date", PlanColumn::DueDate},
        {"Status", PlanColumn::Status},
        {"RAG", PlanColumn::Rag},
        {"RAG rating", PlanColumn::Rag},
        {"RAG status", PlanColumn::Rag},
        {"Progress update", PlanColumn::Progress},
        {"Progress", PlanColumn::Progress},
        {"Progress report", PlanColumn::Progress},
        {"Evidence of progress", PlanColumn::Progress},
        {"Actions completed", PlanColumn::Progress},
        {"Update", PlanColumn::Progress},
        {"Evidence", PlanColumn::Evidence},
        {"Evidence link", PlanColumn::Evidence},
        {"Completed date", PlanColumn::CompletedDate},
        {"Date completed", PlanColumn::CompletedDate},
        {"Completed on", PlanColumn::CompletedDate},
        {"Last updated", PlanColumn::LastUpdated},
        {"Updated", PlanColumn::LastUpdated},
        {"Date of update", PlanColumn::LastUpdated},
        // Welsh (docs/welsh-terms.md); titles are compared unfolded, word by word.
        {"Cyf cam gweithredu", PlanColumn::ActionId},
        {"Cyf", PlanColumn::ActionId},
        {"Rhif", PlanColumn::ActionId},
        {"Cyf risg", PlanColumn::RiskRef},
        {"Cyfeirnod risg", PlanColumn::RiskRef},
        {"Rhif risg", PlanColumn::RiskRef},
        {"Maes", PlanColumn::Area},
        {"Maes Prevent", PlanColumn::Area},
        {"Categori", PlanColumn::Area},
        {"Thema", PlanColumn::Area},
        {"Cam gweithredu", PlanColumn::Action},
        {"Camau gweithredu", PlanColumn::Action},
        {"Camau sydd eu hangen", PlanColumn::Action},
        {"Camau pellach", PlanColumn::Action},
        {"Canlyniad", PlanColumn::Outcome},
        {"Canlyniad a geisir", PlanColumn::Outcome},
        {"Canlyniad disgwyliedig", PlanColumn::Outcome},
        {"Nod", PlanColumn::Outcome},
        {"Meini prawf llwyddiant", PlanColumn::Outcome},
        {"Perchennog", PlanColumn::Owner},
        {"Person cyfrifol", PlanColumn::Owner},
        {"Swyddog arweiniol", PlanColumn::Owner},
        {"Arweinydd", PlanColumn::Owner},
        {"Pwy", PlanColumn::Owner},
        {"Dyddiad dechrau", PlanColumn::StartDate},
        {"Dechrau", PlanColumn::StartDate},
        {"Dyddiad targed", PlanColumn::DueDate},
        {"Dyddiad cwblhau", PlanColumn::DueDate},
        {"Erbyn pryd", PlanColumn::DueDate},
        {"Dyddiad dyledus", PlanColumn::DueDate},
        {"Terfyn amser", PlanColumn::DueDate},
        {"Statws", PlanColumn::Status},
        {"Statws RAG", PlanColumn::Rag},
        {"Gradd RAG", PlanColumn::Rag},
        {"Diweddariad ar gynnydd", PlanColumn::Progress},
        {"Cynnydd", PlanColumn::Progress},
        {"Diweddariad", PlanColumn::Progress},
        {"Tystiolaeth", PlanColumn::Evidence},
        {"Dolen i dystiolaeth", PlanColumn::Evidence},
        {"Cwblhawyd ar", PlanColumn::CompletedDate},
        {"Dyddiad cwblhawyd", PlanColumn::CompletedDate},
        {"Diweddarwyd ddiwethaf", PlanColumn::LastUpdated},
        {"Diweddarwyd", PlanColumn::LastUpdated},
    };
    return table;
}

const WordOptions kColumnWords{false, false, false};

const std::vector<std::vector<std::string>>& alias_words()
{
    static const std::vector<std::vector<std::string>> words = [] {
        std::vector<std::vector<std::string>> out;
        for (const auto& alias : aliases())
            out.push_back(heading_words(alias.text, kColumnWords));
        return out;
    }();
    return words;
}

}  // namespace

const char* plan_column_key(PlanColumn column)
{
    static const char* const keys[kPlanColumnCount] = {
        "ActionId", "RiskRef", "Area", "Action",   "Outcome",  "Owner",         "StartDate",
        "DueDate",  "Status",  "Rag",  "Progress", "Evidence", "CompletedDate", "LastUpdated"};
    return keys[static_cast<int>(column)];
}

std::optional<PlanColumn> plan_column_kind(const std::string& title)
{
    const auto words = heading_words(title, kColumnWords);
    if (words.empty())
        return std::nullopt;
    const std::set<std::string> have(words.begin(), words.end());
    std::optional<PlanColumn> best;
    std::size_t best_size = 0;
    for (std::size_t a = 0; a < aliases().size(); ++a) {
        const auto& wanted = alias_words()[a];
        if (wanted.empty() || wanted.size() <= best_size ||
            !std::all_of(wanted.begin(), wanted.end(),
                         [&](const std::string& w) { return have.count(w); }))
            continue;
        best = aliases()[a].kind;
        best_size = wanted.size();
    }
    return best;
}

std::optional<int> PlanHeader::column_of(PlanColumn kind) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == kind)
            return static_cast<int>(i);
    return std::nullopt;
}

std::optional<PlanHeader> read_plan_header(const std::vector<std::string>& titles)
{
    PlanHeader h;
    std::set<PlanColumn> seen;
    for (const auto& title : titles) {
        auto kind = plan_column_kind(title);
        if (kind && !seen.insert(*kind).second)
            kind.reset();  // named twice: the first column holds it
        h.columns.push_back(kind);
    }
    if (!h.has(PlanColumn::Action) || seen.size() < 3)
        return std::nullopt;
    return h;
}

}  // namespace prevent::core
