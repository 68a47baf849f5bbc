#include "plan_summary.hxx"

#include "document_strings.hxx"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>

namespace prevent::core {

namespace {

// The column of a status as written: one of the list's in any language, whatever its case, else
// "other".
std::size_t status_column(const std::string& status)
{
    return plan_status_index(status).value_or(kSummaryOtherStatus);
}

}  // namespace

PlanSummary summarise_plan(const PlanCounts& counts, const Catalogue& catalogue)
{
    std::map<std::string, SummaryCounts> by_area;
    for (const auto& [key, n] : counts.by_area_status) {
        const auto& [area, status] = key;
        auto& row = by_area[area];
        row[status_column(status)] += n;
        row[kSummaryColumns - 1] += n;
    }
    // The catalogue's areas that have actions, in catalogue order, then any other.
    std::vector<std::string> order;
    for (const auto& a : catalogue.areas())
        for (const std::string& key : {a.title, a.id})
            if (by_area.count(key) && std::find(order.begin(), order.end(), key) == order.end())
                order.push_back(key);
    for (const auto& [area, row] : by_area)
        if (std::find(order.begin(), order.end(), area) == order.end())
            order.push_back(area);

    PlanSummary summary;
    for (const auto& area : order) {
        const auto* known = catalogue.find_area(area);
        PlanSummaryRow row{area,
                           area.empty() ? document_words("summary-no-area")
                           : known      ? known->title
                                        : area,
                           by_area[area]};
        for (std::size_t c = 0; c < kSummaryColumns; ++c)
            summary.totals[c] += row.counts[c];
        summary.rows.push_back(std::move(row));
    }
    summary.open = counts.open;
    summary.overdue = counts.overdue;
    summary.complete = counts.complete;
    return summary;
}

}  // namespace prevent::core
