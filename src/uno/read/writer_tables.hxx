// Writer tables as grids of cells for the core (core::TableGrid): the grid columns come from the
// rows' column separators, so merged cells span the columns they cover; cells are named as Writer
// names them ("B4"); text in tracked deletions is left out.
#pragma once

#include "core/cell_address.hxx"

#include "core/heading_matcher.hxx"
#include "core/risk_register.hxx"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prevent::uno {

// Cells' texts by their names ("B4"), read already.
using CellTexts = std::map<std::string, std::string>;

// rows_wanted: read only the first rows (the header) when the rest does not matter; -1: all.
// known: the cells' texts when the caller has read them; others are read from the table.
core::TableGrid read_grid(const css::uno::Reference<css::text::XTextTable>& table,
                          bool tracked_changes, int rows_wanted = -1,
                          const CellTexts* known = nullptr);

// The risk table header of a table (its first two rows), or nullopt when it is not a risk table.
std::optional<core::RiskHeader> read_risk_header_of(
    const css::uno::Reference<css::text::XTextTable>& table, bool tracked_changes);
std::optional<core::RiskHeader> risk_header_from(const core::TableGrid& grid);

// Every table of the document, in reading order, with the area of the section it stands in.
struct ReadTable {
    css::uno::Reference<css::text::XTextTable> table;
    core::TableGrid grid;
};
std::vector<ReadTable> read_tables(const css::uno::Reference<css::text::XTextDocument>& document,
                                   const core::HeadingMatcher& matcher);

using core::column_letters;

}  // namespace prevent::uno
