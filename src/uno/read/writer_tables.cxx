#include "uno/read/writer_tables.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <set>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::uno {

namespace {

// Every cell's value in one call, row by row as Writer names them (A1, B1, ...), when the table
// is simple enough for getDataArray (it refuses merged and split cells) and no tracked change
// keeps deleted text in the cells (a cell's string would include it).
std::optional<Sequence<Sequence<css::uno::Any>>> all_values(
    const Reference<css::text::XTextTable>& table, bool tracked_changes)
{
    if (tracked_changes)
        return std::nullopt;
    try {
        return Reference<css::sheet::XCellRangeData>(table, UNO_QUERY_THROW)->getDataArray();
    } catch (const css::uno::RuntimeException&) {
        return std::nullopt;  // "Table too complex": read cell by cell
    }
}

}  // namespace

core::TableGrid read_grid(const Reference<css::text::XTextTable>& table, bool tracked_changes,
                          int rows_wanted, const CellTexts* known)
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
    // getDataArray's rows have as many cells as the first row: it answers for every row only
    // when each row has that many (a row with fewer or more is read cell by cell).
    auto values = rows_wanted < 0 && !known ? all_values(table, tracked_changes) : std::nullopt;
    if (values && values->getLength() != static_cast<sal_Int32>(row_bounds.size()))
        values.reset();
    const auto value_of = [&](std::size_t row, std::size_t column) -> std::optional<std::string> {
        if (!values)
            return std::nullopt;
        const auto& cells = (*values)[static_cast<sal_Int32>(row)];
        if (cells.getLength() + 1 != static_cast<sal_Int32>(row_bounds[row].size()))
            return std::nullopt;
        rtl::OUString text;
        if (cells[static_cast<sal_Int32>(column)] >>= text)
            return to_utf8(text);
        return std::nullopt;  // a number Writer recognised: its text as shown, from the cell
    };
    const auto column_at = [&](int position) {
        return static_cast<int>(std::lower_bound(columns.begin(), columns.end(), position) -
                                columns.begin());
    };
    for (std::size_t r = 0; r < row_bounds.size(); ++r) {
        std::vector<core::GridCell> cells;
        const auto& bounds = row_bounds[r];
        for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
            const std::string address = column_letters(static_cast<int>(i)) + std::to_string(r + 1);
            auto text = value_of(r, i);
            if (known)
                if (const auto at = known->find(address); at != known->end())
                    text = at->second;
            if (!text) {
                const Reference<css::text::XText> cell(table->getCellByName(from_utf8(address)),
                                                       UNO_QUERY);
                if (!cell.is())
                    continue;  // no cell of that name in this row
                text = text_without_deletions(cell, tracked_changes);
            }
            const int first = column_at(bounds[i]);
            cells.push_back({std::move(*text), first, column_at(bounds[i + 1]) - first, address});
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
