// A sheet's cells as the action plan reads them — text, a number, or nothing, formula cells by
// their result — and the plan found in them: the one rule both readers (the live sheet's
// getDataArray in src/uno, the .ods file in src/odf) share, so that both find the same plan.
#pragma once

#include "plan_checks.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// How many rows from the top a header may start at (title rows above it are common).
inline constexpr int kHeaderSearchRows = 10;

struct GridValue {
    enum class Kind { Empty, Text, Number };
    Kind kind = Kind::Empty;
    std::string text;
    double number = 0;

    static GridValue of_text(std::string t) { return {Kind::Text, std::move(t), 0}; }
    static GridValue of_number(double n) { return {Kind::Number, "", n}; }
};

// rows: from A1, each as long as the used area is wide (shorter rows are padded with empties).
// A number in a date column becomes an ISO date counted from the document's null date; any
// other number is written "%.15g". nullopt when no row of the first kHeaderSearchRows reads as
// a plan header.
std::optional<PlanSheet> plan_from_grid(const std::string& name,
                                        const std::vector<std::vector<GridValue>>& rows,
                                        const boost::gregorian::date& null_date);

}  // namespace prevent::core
