#include "uno/read/writer_tables.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <set>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::uno {

core::TableGrid read_grid(const Reference<css::text::XTextTable>& table, bool tracked_changes,
                          int rows_wanted)
{
    core::TableGrid grid;
    grid.name = to_utf8(Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->getName());
    const Reference<css::beans::XPropertySet> props(table, UNO_QUERY_THROW);
    sal_Int16 sum = 10000;
    props->getPropertyValue("TableColumnRelativeSum") >>= sum;
    const Reference<css::container::XIndexAccess> rows(table->getRows(), UNO_QUERY_THROW);

    // Each row's cell boundaries; the grid's columns lie between all boundaries of all rows.
    std::vector<std::vector<int>> row_bounds;
    std::set<int> all{0, sum};
    const sal_Int32 count =
        rows_wanted < 0 ? rows->getCount() : std::min<sal_Int32>(rows_wanted, rows->getCount());
    for (sal_Int32 r = 0; r < count; ++r) {
        Sequence<css::text::TableColumnSeparator> separators;
        Reference<css::beans::XPropertySet>(rows->getByIndex(r), UNO_QUERY_THROW)
            ->getPropertyValue("TableColumnSeparators") >>= separators;
        std::vector<int> bounds{0};
        for (const auto& s : separators)
            bounds.push_back(s.Position);
        bounds.push_back(sum);
        all.insert(bounds.begin(), bounds.end());
        row_bounds.push_back(std::move(bounds));
    }
    const std::vector<int> columns(all.begin(), all.end());
    grid.columns = static_cast<int>(columns.size()) - 1;
    const auto column_at = [&](int position) {
        return static_cast<int>(std::lower_bound(columns.begin(), columns.end(), position) -
                                columns.begin());
    };
    for (std::size_t r = 0; r < row_bounds.size(); ++r) {
        std::vector<core::GridCell> cells;
        const auto& bounds = row_bounds[r];
        for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
            const std::string address = column_letters(static_cast<int>(i)) + std::to_string(r + 1);
            const Reference<css::text::XText> cell(table->getCellByName(from_utf8(address)),
                                                   UNO_QUERY);
            if (!cell.is())
                continue;  // covered by a cell merged from the row above
            const int first = column_at(bounds[i]);
            cells.push_back({text_without_deletions(cell, tracked_changes), first,
                             column_at(bounds[i + 1]) - first, address});
        }
        grid.rows.push_back(std::move(cells));
    }
    return grid;
}

std::optional<core::RiskHeader> read_risk_header_of(const Reference<css::text::XTextTable>& table,
                                                    bool tracked_changes)
{
    return risk_header_from(read_grid(table, tracked_changes, 2));  // a header never needs more
}

std::optional<core::RiskHeader> risk_header_from(const core::TableGrid& grid)
{
    std::vector<std::vector<core::HeaderCell>> rows;
    for (std::size_t r = 0; r < grid.rows.size() && r < 2; ++r) {
        std::vector<core::HeaderCell> cells;
        for (const auto& c : grid.rows[r])
            cells.push_back({c.text, c.first_column, c.span});
        rows.push_back(std::move(cells));
    }
    return core::read_risk_header(rows, grid.columns);
}

std::vector<ReadTable> read_tables(const Reference<css::text::XTextDocument>& document,
                                   const core::HeadingMatcher& matcher)
{
    fault_point("tables");
    std::vector<ReadTable> out;
    const bool tracked = has_tracked_changes(document);
    visit_tables(document,
                 [&](const Reference<css::text::XTextTable>& table, const std::string& heading) {
                     ReadTable read{table, read_grid(table, tracked)};
                     const auto match = matcher.match(heading);
                     if (!match.covered.empty())
                         read.grid.section_area = match.covered.front();
                     out.push_back(std::move(read));
                 });
    return out;
}

}  // namespace prevent::uno
