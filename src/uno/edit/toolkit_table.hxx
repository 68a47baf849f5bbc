// A table the toolkit inserts into a Writer document (a risk table, the heat map, a new
// assessment's tables): named, in the toolkit's table style, its first row a repeated header.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>
#include <vector>

namespace prevent::uno {

// A new table of rows x columns at the range, named; without a header row (labels down its first
// column, as a document-control table has) it keeps Writer's plain look.
css::uno::Reference<css::text::XTextTable> insert_toolkit_table(
    const css::uno::Reference<css::frame::XModel>& document,
    const css::uno::Reference<css::text::XTextRange>& at, sal_Int32 rows, sal_Int32 columns,
    const std::string& name, bool header_row = true);

// The cells' texts, row by row, in one call.
void fill_table(const css::uno::Reference<css::text::XTextTable>& table,
                const std::vector<std::vector<std::string>>& cells);

}  // namespace prevent::uno
