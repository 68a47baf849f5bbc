// The table of the action plan's summary for the board (Insert summary, docs/action-plan.md):
// the actions of each area by status, areas in catalogue order then any other the plan names,
// and the totals. The sheet is written by src/uno; what it holds is decided here.
#pragma once

#include "plan_checks.hxx"
#include "catalogue.hxx"

#include <array>
#include <string>
#include <vector>

namespace prevent::core {

// The columns of counts: the statuses of kPlanStatuses, then any other status, then the total.
inline constexpr std::size_t kSummaryOtherStatus = kPlanStatusCount;
inline constexpr std::size_t kSummaryColumns = kSummaryOtherStatus + 2;
using SummaryCounts = std::array<int, kSummaryColumns>;

struct PlanSummaryRow {
    std::string area;   // as the plan names it: the catalogue's title (or id), or anything else
    std::string title;  // what the row shows: the catalogue's title, the plan's words, or "no area"
    SummaryCounts counts{};
};

struct PlanSummary {
    std::vector<PlanSummaryRow> rows;
    SummaryCounts totals{};
    int open = 0, overdue = 0, complete = 0;
};

PlanSummary summarise_plan(const PlanCounts& counts, const Catalogue& catalogue);

}  // namespace prevent::core
