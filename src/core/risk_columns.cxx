#include "risk_columns.hxx"

#include <mutex>
#include <unordered_map>

#include "heading_words.hxx"

#include <algorithm>
#include <set>

namespace prevent::core {

namespace {

enum class Measure { None, Likelihood, Impact, Score };
enum class Phase { None, Inherent, Residual };

struct Alias {
    const char* text;
    std::optional<RiskColumn> kind;  // set for plain columns
    Measure measure = Measure::None;
    Phase phase = Phase::None;
};

// Column titles seen in real assessments (PREVENT.md section 3), longest wins.
const std::vector<Alias>& aliases()
{
    static const std::vector<Alias> table = {
        {"Ref", RiskColumn::Ref},
        {"Reference", RiskColumn::Ref},
        {"No", RiskColumn::Ref},
        {"Number", RiskColumn::Ref},
        {"Risk ref", RiskColumn::Ref},
        {"Risk no", RiskColumn::Ref},
        {"ID", RiskColumn::Ref},
        {"Risk ID", RiskColumn::Ref},
        {"Area", RiskColumn::Area},
        {"Risk area", RiskColumn::Area},
        {"Category", RiskColumn::Area},
        {"Prevent area", RiskColumn::Area},
        {"Theme", RiskColumn::Area},
        {"Risk", RiskColumn::Risk},
        {"Risk title", RiskColumn::Risk},
        {"Risk/Vulnerability", RiskColumn::Risk},
        {"Vulnerability", RiskColumn::Risk},
        {"Risk identified", RiskColumn::Risk},
        {"Cause", RiskColumn::Description},
        {"Cause / description", RiskColumn::Description},
        {"Description", RiskColumn::Description},
        {"Summary", RiskColumn::Description},
        {"Hazard", RiskColumn::Description},
        {"Risk cause", RiskColumn::Description},
        {"Risk description", RiskColumn::Description},
        {"Risk consequences", RiskColumn::Description},
        {"Existing controls", RiskColumn::Controls},
        {"Controls", RiskColumn::Controls},
        {"Existing measures", RiskColumn::Controls},
        {"Current controls", RiskColumn::Controls},
        {"Risk management", RiskColumn::Controls},
        {"Mitigation", RiskColumn::Controls},
        {"Control measures", RiskColumn::Controls},
        {"Mitigating actions in place", RiskColumn::Controls},
        {"Further actions", RiskColumn::Actions},
        {"Further action needed", RiskColumn::Actions},
        {"Actions required", RiskColumn::Actions},
        {"Proposed actions", RiskColumn::Actions},
        {"Action to address risk", RiskColumn::Actions},
        {"Actions", RiskColumn::Actions},
        {"Additional actions", RiskColumn::Actions},
        {"Owner", RiskColumn::Owner},
        {"Risk owner", RiskColumn::Owner},
        {"Lead officer", RiskColumn::Owner},
        {"Lead", RiskColumn::Owner},
        {"Person responsible", RiskColumn::Owner},
        {"Responsible", RiskColumn::Owner},
        {"Action owner", RiskColumn::Owner},
        {"Target date", RiskColumn::TargetDate},
        {"By when", RiskColumn::TargetDate},
        {"Planned completion date", RiskColumn::TargetDate},
        {"Date for completion", RiskColumn::TargetDate},
        {"Deadline", RiskColumn::TargetDate},
        {"Due date", RiskColumn::TargetDate},
        {"Completion date", RiskColumn::TargetDate},
        {"Status", RiskColumn::Status},
        {"Progress", RiskColumn::Status},
        {"RAG", RiskColumn::Rag},
        {"RAG rating", RiskColumn::Rag},
        {"RAG status", RiskColumn::Rag},
        // measures, qualified or not by a phase
        {"Likelihood", std::nullopt, Measure::Likelihood},
        {"L", std::nullopt, Measure::Likelihood},
        {"Probability", std::nullopt, Measure::Likelihood},
        {"Impact", std::nullopt, Measure::Impact},
        {"I", std::nullopt, Measure::Impact},
        {"Severity", std::nullopt, Measure::Impact},
        {"Score", std::nullopt, Measure::Score},
        {"Rating", std::nullopt, Measure::Score},
        {"Risk score", std::nullopt, Measure::Score},
        {"Risk rating", std::nullopt, Measure::Score},
        {"I x L", std::nullopt, Measure::Score},
        {"L x I", std::nullopt, Measure::Score},
        {"A x B", std::nullopt, Measure::Score},
        {"Total", std::nullopt, Measure::Score},
        // phases, alone (a group row, or "Gross score") or with a measure
        {"Inherent", std::nullopt, Measure::None, Phase::Inherent},
        {"Gross", std::nullopt, Measure::None, Phase::Inherent},
        {"Initial", std::nullopt, Measure::None, Phase::Inherent},
        {"Before controls", std::nullopt, Measure::None, Phase::Inherent},
        {"Residual", std::nullopt, Measure::None, Phase::Residual},
        {"Net", std::nullopt, Measure::None, Phase::Residual},
        {"Current", std::nullopt, Measure::None, Phase::Residual},
        {"After controls", std::nullopt, Measure::None, Phase::Residual},
        // Welsh, as Welsh providers and our own Welsh tables write them (docs/welsh-terms.md).
        // Titles are compared word by word, unfolded: a mutated form is an alias of its own
        // ("Sgôr gynhenid": sgôr is feminine).
        {"Cyf", RiskColumn::Ref},
        {"Cyfeirnod", RiskColumn::Ref},
        {"Rhif", RiskColumn::Ref},
        {"Cyf risg", RiskColumn::Ref},
        {"Maes", RiskColumn::Area},
        {"Maes risg", RiskColumn::Area},
        {"Maes Prevent", RiskColumn::Area},
        {"Categori", RiskColumn::Area},
        {"Thema", RiskColumn::Area},
        {"Risg", RiskColumn::Risk},
        {"Teitl y risg", RiskColumn::Risk},
        {"Risg a nodwyd", RiskColumn::Risk},
        {"Risg / bregusrwydd", RiskColumn::Risk},
        {"Achos", RiskColumn::Description},
        {"Disgrifiad", RiskColumn::Description},
        {"Achos / disgrifiad", RiskColumn::Description},
        {"Disgrifiad o'r risg", RiskColumn::Description},
        {"Perygl", RiskColumn::Description},
        {"Rheolaethau", RiskColumn::Controls},
        {"Rheolaethau presennol", RiskColumn::Controls},
        {"Rheolaethau cyfredol", RiskColumn::Controls},
        {"Mesurau rheoli", RiskColumn::Controls},
        {"Mesurau presennol", RiskColumn::Controls},
        {"Rheoli risg", RiskColumn::Controls},
        {"Lliniaru", RiskColumn::Controls},
        {"Camau pellach", RiskColumn::Actions},
        {"Camau gweithredu", RiskColumn::Actions},
        {"Camau pellach sydd eu hangen", RiskColumn::Actions},
        {"Camau sydd eu hangen", RiskColumn::Actions},
        {"Camau ychwanegol", RiskColumn::Actions},
        {"Perchennog", RiskColumn::Owner},
        {"Perchennog y risg", RiskColumn::Owner},
        {"Swyddog arweiniol", RiskColumn::Owner},
        {"Arweinydd", RiskColumn::Owner},
        {"Person cyfrifol", RiskColumn::Owner},
        {"Cyfrifol", RiskColumn::Owner},
        {"Dyddiad targed", RiskColumn::TargetDate},
        {"Dyddiad cwblhau", RiskColumn::TargetDate},
        {"Erbyn pryd", RiskColumn::TargetDate},
        {"Dyddiad dyledus", RiskColumn::TargetDate},
        {"Terfyn amser", RiskColumn::TargetDate},
        {"Statws", RiskColumn::Status},
        {"Cynnydd", RiskColumn::Status},
        {"Statws RAG", RiskColumn::Rag},
        {"Gradd RAG", RiskColumn::Rag},
        {"Tebygolrwydd", std::nullopt, Measure::Likelihood},
        {"T", std::nullopt, Measure::Likelihood},
        {"Effaith", std::nullopt, Measure::Impact},
        {"E", std::nullopt, Measure::Impact},
        {"Difrifoldeb", std::nullopt, Measure::Impact},
        {"Sgôr", std::nullopt, Measure::Score},
        {"Sgôr risg", std::nullopt, Measure::Score},
        {"Gradd risg", std::nullopt, Measure::Score},
        {"Cyfanswm", std::nullopt, Measure::Score},
        {"T x E", std::nullopt, Measure::Score},
        {"E x T", std::nullopt, Measure::Score},
        {"Cynhenid", std::nullopt, Measure::None, Phase::Inherent},
        {"Gynhenid", std::nullopt, Measure::None, Phase::Inherent},
        {"Cychwynnol", std::nullopt, Measure::None, Phase::Inherent},
        {"Cyn rheolaethau", std::nullopt, Measure::None, Phase::Inherent},
        {"Gweddilliol", std::nullopt, Measure::None, Phase::Residual},
        {"Weddilliol", std::nullopt, Measure::None, Phase::Residual},
        {"Ar ôl rheolaethau", std::nullopt, Measure::None, Phase::Residual},
    };
    return table;
}

const WordOptions kColumnWords{false, false, false};

// Each alias's words, split once: splitting runs ICU and a title is read against every alias.
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

struct Reading {
    std::optional<RiskColumn> kind;
    Measure measure = Measure::None;
    Phase phase = Phase::None;
};

// The longest aliases whose words all stand in the title decide.
Reading read_title_uncached(const std::string& title)
{
    const auto words = heading_words(title, kColumnWords);
    const std::set<std::string> have(words.begin(), words.end());
    Reading r;
    std::size_t best_kind = 0, best_measure = 0, best_phase = 0;
    for (std::size_t a = 0; a < aliases().size(); ++a) {
        const Alias& alias = aliases()[a];
        const auto& wanted = alias_words()[a];
        if (wanted.empty() || !std::all_of(wanted.begin(), wanted.end(),
                                           [&](const std::string& w) { return have.count(w); }))
            continue;
        if (alias.kind && wanted.size() > best_kind) {
            r.kind = alias.kind;
            best_kind = wanted.size();
        }
        if (alias.measure != Measure::None && wanted.size() > best_measure) {
            r.measure = alias.measure;
            best_measure = wanted.size();
        }
        if (alias.phase != Phase::None && wanted.size() > best_phase) {
            r.phase = alias.phase;
            best_phase = wanted.size();
        }
    }
    // "RAG rating" is the RAG, not a score; "Risk owner" is the owner, not the risk.
    if (r.kind && r.measure != Measure::None && best_kind >= best_measure)
        r.measure = Measure::None;
    return r;
}

// Titles repeat across tables and files (the same template): each is read once, remembered in a
// small bounded table shared by the threads of prevent-check and the extension's services.
Reading read_title(const std::string& title)
{
    static std::mutex mutex;
    static std::unordered_map<std::string, Reading> read;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (const auto it = read.find(title); it != read.end())
            return it->second;
    }
    const Reading r = read_title_uncached(title);
    std::lock_guard<std::mutex> lock(mutex);
    if (read.size() >= 4096)
        read.clear();
    read.emplace(title, r);
    return r;
}

std::optional<RiskColumn> combine(const Reading& r, Phase group)
{
    const Phase phase = r.phase != Phase::None ? r.phase : group;
    const bool residual = phase == Phase::Residual;
    switch (r.measure) {
    case Measure::Likelihood:
        return residual ? RiskColumn::ResidualLikelihood : RiskColumn::InherentLikelihood;
    case Measure::Impact:
        return residual ? RiskColumn::ResidualImpact : RiskColumn::InherentImpact;
    case Measure::Score:
        return residual ? RiskColumn::ResidualScore : RiskColumn::InherentScore;
    case Measure::None:
        break;
    }
    // "Gross risk" or "Net risk" alone: that phase's score (its words also name the risk).
    if (r.phase != Phase::None && group == Phase::None && (!r.kind || r.kind == RiskColumn::Risk))
        return r.phase == Phase::Residual ? RiskColumn::ResidualScore : RiskColumn::InherentScore;
    return r.kind;
}

std::vector<std::optional<RiskColumn>> read_row(const std::vector<HeaderCell>& row,
                                                int grid_columns, const std::vector<Phase>& groups)
{
    std::vector<std::optional<RiskColumn>> columns(static_cast<std::size_t>(grid_columns));
    for (const auto& cell : row) {
        if (cell.first_column < 0 || cell.first_column >= grid_columns)
            continue;
        const auto g =
            groups.empty() ? Phase::None : groups[static_cast<std::size_t>(cell.first_column)];
        columns[static_cast<std::size_t>(cell.first_column)] = combine(read_title(cell.text), g);
    }
    return columns;
}

int known(const std::vector<std::optional<RiskColumn>>& columns)
{
    std::set<RiskColumn> kinds;
    for (const auto& c : columns)
        if (c)
            kinds.insert(*c);
    return static_cast<int>(kinds.size());
}

bool names_a_risk(const std::vector<std::optional<RiskColumn>>& columns)
{
    return std::any_of(columns.begin(), columns.end(), [](const auto& c) {
        return c == RiskColumn::Risk || c == RiskColumn::Description;
    });
}

}  // namespace

std::optional<int> RiskHeader::column_of(RiskColumn kind) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == kind)
            return static_cast<int>(i);
    return std::nullopt;
}

bool RiskHeader::scored() const
{
    return (has(RiskColumn::InherentLikelihood) && has(RiskColumn::InherentImpact)) ||
           (has(RiskColumn::ResidualLikelihood) && has(RiskColumn::ResidualImpact));
}

std::optional<RiskColumn> column_kind(const std::string& title)
{
    return combine(read_title(title), Phase::None);
}

std::optional<RiskHeader> read_risk_header(const std::vector<std::vector<HeaderCell>>& top_rows,
                                           int grid_columns)
{
    if (top_rows.empty() || grid_columns <= 0)
        return std::nullopt;
    std::optional<RiskHeader> best;
    // One header row.
    {
        RiskHeader h{read_row(top_rows[0], grid_columns, {}), 1};
        if (names_a_risk(h.columns) && known(h.columns) >= 3)
            best = h;
    }
    // Two rows: a group row whose phases qualify the cells under them; the first row's plain
    // titles stand for the columns the second row leaves empty.
    if (top_rows.size() >= 2) {
        std::vector<Phase> groups(static_cast<std::size_t>(grid_columns), Phase::None);
        bool any_group = false;
        for (const auto& cell : top_rows[0]) {
            const Reading r = read_title(cell.text);
            if (r.phase == Phase::None || r.measure != Measure::None)
                continue;
            for (int c = cell.first_column; c < cell.first_column + cell.span && c < grid_columns;
                 ++c)
                groups[static_cast<std::size_t>(std::max(c, 0))] = r.phase;
            any_group = true;
        }
        if (any_group) {
            auto columns = read_row(top_rows[1], grid_columns, groups);
            const auto first = read_row(top_rows[0], grid_columns, {});
            for (std::size_t c = 0; c < columns.size(); ++c)
                if (!columns[c] && first[c] && groups[c] == Phase::None)
                    columns[c] = first[c];
            RiskHeader h{columns, 2};
            if (names_a_risk(h.columns) && known(h.columns) >= 3 &&
                (!best || known(h.columns) > known(best->columns)))
                best = h;
        }
    }
    return best;
}

}  // namespace prevent::core
