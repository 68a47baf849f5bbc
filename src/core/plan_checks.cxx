#include "plan_checks.hxx"

#include "document_strings.hxx"

#include "cell_address.hxx"
#include "iso_dates.hxx"
#include "messages.hxx"
#include "risk_values.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <set>
#include <unordered_set>

namespace prevent::core {

using boost::gregorian::date;

namespace {

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n\u00a0");
    if (first == std::string::npos)
        return "";
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::optional<date> date_of(const std::string& text)
{
    const auto iso = parse_date(trimmed(text));
    return iso ? day_of_iso(*iso) : std::nullopt;
}

// Red in any language of the toolkit ("Red", "Coch"), or its initial.
bool red(const std::string& rag)
{
    // Every language's, whatever the one in force: the same for the life of the process.
    static const std::vector<std::string> words = [] {
        std::vector<std::string> out{"r"};
        for (const auto& w : document_words_in_every_language("plan-rag-red"))
            out.push_back(lower(w));
        return out;
    }();
    return std::find(words.begin(), words.end(), lower(trimmed(rag))) != words.end();
}

const char* const kStatusKeys[kPlanStatusCount] = {"plan-status-not-started",
                                                   "plan-status-in-progress",
                                                   "plan-status-complete", "plan-status-ongoing"};

class Checker {
public:
    Checker(const PlanSheet& plan, std::vector<Finding>& out) : plan_(plan), out_(out) {}

    // The cell of a row's column, or the row's first cell when the plan lacks the column.
    std::string at(const PlanRow& row, PlanColumn column) const
    {
        const auto c = plan_.header.column_of(column);
        return "sheet:" + plan_.name + "!" + cell_address(c.value_or(0), row.row);
    }

    void add(const char* code, const char* severity, const std::string& location,
             const std::vector<std::string>& args, const std::string& area = "")
    {
        out_.push_back({code, severity, area, finding_message(code, args), location});
    }

    // How a row is named in a message: its action id, else its row number.
    std::string name_of(const PlanRow& row) const
    {
        const std::string id = trimmed(plan_.value(row, PlanColumn::ActionId));
        return id.empty() ? message("core.plan-row", {std::to_string(row.row + 1)}) : id;
    }

private:
    const PlanSheet& plan_;
    std::vector<Finding>& out_;
};

std::string next_id(int n)
{
    char id[16];
    std::snprintf(id, sizeof id, "A%03d", n);
    return id;
}

}  // namespace

const std::string& PlanSheet::value(const PlanRow& row, PlanColumn column) const
{
    static const std::string none;
    const auto c = header.column_of(column);
    if (!c || static_cast<std::size_t>(*c) >= row.cells.size())
        return none;
    return row.cells[static_cast<std::size_t>(*c)];
}

std::vector<Finding> check_plan(const PlanSheet& plan, const date& today,
                                const std::vector<AssessmentRisk>* assessment)
{
    std::vector<Finding> out;
    Checker check(plan, out);
    std::unordered_set<std::string> ids;
    for (const auto& row : plan.rows) {
        const std::string name = check.name_of(row);
        const std::string status = trimmed(plan.value(row, PlanColumn::Status));
        const bool complete = is_complete(status);
        const std::string id = trimmed(plan.value(row, PlanColumn::ActionId));
        if (!id.empty() && !ids.insert(lower(id)).second)
            check.add("action-duplicate-id", "error", check.at(row, PlanColumn::ActionId), {id});
        if (plan.header.has(PlanColumn::Owner) &&
            trimmed(plan.value(row, PlanColumn::Owner)).empty())
            check.add("action-no-owner", "warning", check.at(row, PlanColumn::Owner), {name});
        const std::string due_text = trimmed(plan.value(row, PlanColumn::DueDate));
        const auto due = date_of(due_text);
        if (plan.header.has(PlanColumn::DueDate) && due_text.empty() && !complete)
            check.add("action-no-due-date", "warning", check.at(row, PlanColumn::DueDate), {name});
        if (due && !complete && *due < today)
            check.add("action-overdue", "warning", check.at(row, PlanColumn::DueDate),
                      {name, iso_text(*due)});
        const auto start = date_of(plan.value(row, PlanColumn::StartDate));
        if (due && start && *due < *start)
            check.add("action-due-before-start", "error", check.at(row, PlanColumn::DueDate),
                      {name, iso_text(*due), iso_text(*start)});
        if (complete && plan.header.has(PlanColumn::CompletedDate) &&
            trimmed(plan.value(row, PlanColumn::CompletedDate)).empty())
            check.add("action-complete-no-date", "warning",
                      check.at(row, PlanColumn::CompletedDate), {name});
        if (complete && red(plan.value(row, PlanColumn::Rag)))
            check.add("action-complete-red", "warning", check.at(row, PlanColumn::Rag), {name});
    }
    if (!assessment)
        return out;
    std::unordered_set<std::string> known, planned;
    for (const auto& r : *assessment)
        known.insert(lower(trimmed(r.ref)));
    for (const auto& row : plan.rows) {
        const std::string ref = trimmed(plan.value(row, PlanColumn::RiskRef));
        if (ref.empty())
            continue;  // a governance action need not point at a risk
        planned.insert(lower(ref));
        if (!known.count(lower(ref)))
            check.add("action-unknown-risk", "error", check.at(row, PlanColumn::RiskRef),
                      {check.name_of(row), ref});
    }
    if (plan.header.has(PlanColumn::RiskRef))
        for (const auto& r : *assessment)
            if (!trimmed(r.actions).empty() && !trimmed(r.ref).empty() &&
                !planned.count(lower(trimmed(r.ref))))
                check.add("risk-without-action", "warning", "document", {trimmed(r.ref)},
                          r.area_id);
    return out;
}

std::vector<NewAction> actions_to_import(const PlanSheet& plan,
                                         const std::vector<AssessmentRisk>& risks)
{
    std::set<std::string> planned;
    int highest = 0;
    for (const auto& row : plan.rows) {
        planned.insert(lower(trimmed(plan.value(row, PlanColumn::RiskRef))));
        const std::string id = trimmed(plan.value(row, PlanColumn::ActionId));
        int n = 0;
        if (id.size() > 1 && (id[0] == 'A' || id[0] == 'a') &&
            std::sscanf(id.c_str() + 1, "%d", &n) == 1)
            highest = std::max(highest, n);
    }
    std::vector<NewAction> out;
    for (const auto& r : risks) {
        const std::string ref = trimmed(r.ref);
        if (ref.empty() || trimmed(r.actions).empty() || !planned.insert(lower(ref)).second)
            continue;
        const auto due = parse_date(trimmed(r.target_date));
        out.push_back({next_id(++highest), ref, r.area_id, trimmed(r.actions), trimmed(r.owner),
                       due ? *due : trimmed(r.target_date)});
    }
    return out;
}

PlanCounts count_plan(const PlanSheet& plan, const date& today)
{
    PlanCounts c;
    for (const auto& row : plan.rows) {
        ++c.actions;
        const std::string status = trimmed(plan.value(row, PlanColumn::Status));
        if (is_complete(status)) {
            ++c.complete;
        } else {
            ++c.open;
            if (const auto due = date_of(plan.value(row, PlanColumn::DueDate)); due && *due < today)
                ++c.overdue;
        }
        ++c.by_area_status[{trimmed(plan.value(row, PlanColumn::Area)), status}];
    }
    return c;
}

PlanCounts count_plans(const std::vector<PlanSheet>& plans, const date& today)
{
    PlanCounts all;
    for (const auto& plan : plans) {
        const auto c = count_plan(plan, today);
        all.actions += c.actions;
        all.open += c.open;
        all.overdue += c.overdue;
        all.complete += c.complete;
        for (const auto& [key, n] : c.by_area_status)
            all.by_area_status[key] += n;
    }
    return all;
}

std::vector<PlanActionState> plan_actions(const std::vector<PlanSheet>& plans, const date& today)
{
    std::vector<PlanActionState> actions;
    for (const auto& plan : plans) {
        for (const auto& row : plan.rows) {
            PlanActionState a;
            a.action_id = trimmed(plan.value(row, PlanColumn::ActionId));
            a.risk_ref = trimmed(plan.value(row, PlanColumn::RiskRef));
            a.action = trimmed(plan.value(row, PlanColumn::Action));
            a.owner = trimmed(plan.value(row, PlanColumn::Owner));
            a.status = trimmed(plan.value(row, PlanColumn::Status));
            a.due = trimmed(plan.value(row, PlanColumn::DueDate));
            a.due_date = date_of(a.due);
            a.completed_date = date_of(plan.value(row, PlanColumn::CompletedDate));
            a.complete = is_complete(a.status);
            a.overdue = !a.complete && a.due_date && *a.due_date < today;
            actions.push_back(std::move(a));
        }
    }
    return actions;
}

bool plans_record_completion(const std::vector<PlanSheet>& plans)
{
    return std::any_of(plans.begin(), plans.end(),
                       [](const PlanSheet& p) { return p.header.has(PlanColumn::CompletedDate); });
}

std::vector<std::string> plan_statuses()
{
    std::vector<std::string> out;
    for (const char* key : kStatusKeys)
        out.push_back(document_words(key));
    return out;
}

std::vector<std::string> plan_rags()
{
    return {document_words("plan-rag-red"), document_words("plan-rag-amber"),
            document_words("plan-rag-green")};
}

std::optional<std::size_t> plan_status_index(const std::string& status)
{
    const std::string wanted = lower(trimmed(status));
    for (std::size_t i = 0; i < kPlanStatusCount; ++i)
        for (const auto& words : document_words_in_every_language(kStatusKeys[i]))
            if (lower(words) == wanted)
                return i;
    return std::nullopt;
}

}  // namespace prevent::core
