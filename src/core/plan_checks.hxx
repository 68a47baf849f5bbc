// The action plan as the core sees it (no UNO): rows read under a recognised header, the
// plan's own checks, the checks against the assessment's risks, the actions to bring in from
// the assessment, and the counts for the board (docs/action-plan.md).
#pragma once

#include <optional>

#include "findings.hxx"
#include "plan_columns.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace prevent::core {

struct PlanRow {
    int row = 0;                     // zero-based row of the sheet
    std::vector<std::string> cells;  // one per header column; a date cell as ISO "2026-07-31"
};

struct PlanSheet {
    std::string name;
    PlanHeader header;
    int header_row = 0;         // zero-based
    std::vector<PlanRow> rows;  // the rows below the header with anything in them

    // The text of a row's column, "" when the plan has no such column.
    const std::string& value(const PlanRow& row, PlanColumn column) const;
};

// A risk of the assessment, as far as the plan cares.
struct AssessmentRisk {
    std::string ref;
    std::string area_id;
    std::string actions;  // the further actions; empty: none planned
    std::string owner;
    std::string target_date;  // as written
};

// The plan's findings (codes action-*, docs/findings.md), located at their cells
// ("sheet:Action plan!H4"); with the assessment's risks, also action-unknown-risk and
// risk-without-action. Pass nullptr to check the plan alone.
std::vector<Finding> check_plan(const PlanSheet& plan, const boost::gregorian::date& today,
                                const std::vector<AssessmentRisk>* assessment);

// The rows "Bring in actions" adds: one for each risk with further actions whose ref no row
// of the plan has yet, in the assessment's order, with fresh action ids after the plan's.
struct NewAction {
    std::string action_id;
    std::string risk_ref;
    std::string area_id;
    std::string action;
    std::string owner;
    std::string due_date;  // ISO when the target date could be read, else as written
};
std::vector<NewAction> actions_to_import(const PlanSheet& plan,
                                         const std::vector<AssessmentRisk>& risks);

// Each action of the plans as the board pack lists it, in sheet and row order.
struct PlanActionState {
    std::string action_id, risk_ref, action, owner, status;
    std::string due;  // as written (ISO for a date cell)
    std::optional<boost::gregorian::date> due_date, completed_date;
    bool complete = false;
    bool overdue = false;  // open and past its due date
};
std::vector<PlanActionState> plan_actions(const std::vector<PlanSheet>& plans,
                                          const boost::gregorian::date& today);
// Whether any of the plans has a column for the date an action was completed.
bool plans_record_completion(const std::vector<PlanSheet>& plans);

// What the panel and the board summary count.
struct PlanCounts {
    int actions = 0;
    int open = 0;     // not complete
    int overdue = 0;  // open and past the due date
    int complete = 0;
    std::map<std::pair<std::string, std::string>, int> by_area_status;  // (area, status) -> count
};
PlanCounts count_plan(const PlanSheet& plan, const boost::gregorian::date& today);
// Every plan of a spreadsheet counted together (a spreadsheet may hold a plan per sheet).
PlanCounts count_plans(const std::vector<PlanSheet>& plans, const boost::gregorian::date& today);

// The statuses and RAG values the sheet's validity lists offer, in the language in force
// ("Not started", "In progress", "Complete", "Ongoing"; "Red", "Amber", "Green"; in Welsh "Heb
// ddechrau"…, "Coch"…).
inline constexpr std::size_t kPlanStatusCount = 4;
inline constexpr std::size_t kCompleteStatus = 2;  // its index
std::vector<std::string> plan_statuses();
std::vector<std::string> plan_rags();
// Which of the statuses a cell says, in any language of the toolkit, whatever its case; nullopt
// for a status of the provider's own.
std::optional<std::size_t> plan_status_index(const std::string& status);

}  // namespace prevent::core
