// Which column of an action plan holds what, read from its header row the way a Prevent lead
// reads another provider's plan (PREVENT.md section 4): "Person responsible" and "Lead officer"
// are the owner, "By when", "status/deadline" and "Date for completion" the due date, "Actions
// required" and "Action to address risk" the action, "Aims" the outcome sought.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// The columns of a plan, in the order "Create action plan sheet" lays them out.
enum class PlanColumn {
    ActionId,
    RiskRef,
    Area,
    Action,
    Outcome,
    Owner,
    StartDate,
    DueDate,
    Status,
    Rag,
    Progress,
    Evidence,
    CompletedDate,
    LastUpdated,
};
inline constexpr int kPlanColumnCount = 14;

// The configuration key of each column's title ("ActionId"), in PlanColumn order.
const char* plan_column_key(PlanColumn column);

struct PlanHeader {
    std::vector<std::optional<PlanColumn>> columns;  // one per sheet column, from the first
    std::optional<int> column_of(PlanColumn kind) const;
    bool has(PlanColumn kind) const { return column_of(kind).has_value(); }
};

// The header of a plan from its title row; nullopt unless it names an action column and at least
// two other known columns. A kind named twice counts at its first column.
std::optional<PlanHeader> read_plan_header(const std::vector<std::string>& titles);

// The kind of one column title.
std::optional<PlanColumn> plan_column_kind(const std::string& title);

}  // namespace prevent::core
