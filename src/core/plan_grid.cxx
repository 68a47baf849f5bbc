#include "plan_grid.hxx"

#include "iso_dates.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <cstdio>

namespace prevent::core {

namespace {

bool is_date_column(PlanColumn c)
{
    return c == PlanColumn::StartDate || c == PlanColumn::DueDate ||
           c == PlanColumn::CompletedDate || c == PlanColumn::LastUpdated;
}

std::string text_of(const GridValue& value)
{
    switch (value.kind) {
    case GridValue::Kind::Text:
        return value.text;
    case GridValue::Kind::Number: {
        char out[32];
        std::snprintf(out, sizeof out, "%.15g", value.number);
        return out;
    }
    case GridValue::Kind::Empty:
        break;
    }
    return "";
}

}  // namespace

std::optional<PlanSheet> plan_from_grid(const std::string& name,
                                        const std::vector<std::vector<GridValue>>& rows,
                                        const boost::gregorian::date& null_date)
{
    PlanSheet plan;
    plan.name = name;
    int header_row = -1;
    for (std::size_t r = 0; r < rows.size() && r < static_cast<std::size_t>(kHeaderSearchRows);
         ++r) {
        std::vector<std::string> titles;
        for (const auto& value : rows[r])
            titles.push_back(text_of(value));
        if (auto header = read_plan_header(titles)) {
            plan.header = std::move(*header);
            header_row = static_cast<int>(r);
            break;
        }
    }
    if (header_row < 0)
        return std::nullopt;
    plan.header_row = header_row;
    for (std::size_t r = static_cast<std::size_t>(header_row) + 1; r < rows.size(); ++r) {
        PlanRow row;
        row.row = static_cast<int>(r);
        bool anything = false;
        for (std::size_t c = 0; c < rows[r].size() && c < plan.header.columns.size(); ++c) {
            const auto& value = rows[r][c];
            const auto kind = plan.header.columns[c];
            std::string text =
                kind && is_date_column(*kind) && value.kind == GridValue::Kind::Number
                    ? iso_text(null_date +
                               boost::gregorian::days(static_cast<long>(std::floor(value.number))))
                    : text_of(value);
            anything = anything || !text.empty();
            row.cells.push_back(std::move(text));
        }
        if (anything)
            plan.rows.push_back(std::move(row));
    }
    return plan;
}

}  // namespace prevent::core
