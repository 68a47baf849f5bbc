// Going to a place in a Writer document, as findings name places: "heading:<n>", "paragraph:<n>"
// (numbered as writer_outline reads them), "table:<name>!<cell>", "sheet:<name>!<cell>" (Calc), or
// a heading by its text, or a risk by its table and row. The view cursor selects the paragraph,
// which scrolls it into view.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>
#include <vector>

namespace prevent::uno {

// False when the document has no such place (or no view to show it in).
bool go_to_location(const css::uno::Reference<css::frame::XModel>& document,
                    const std::string& location);
// The row-th risk (from 1, below the header) of a risk table: the cursor goes to its first cell.
bool go_to_risk(const css::uno::Reference<css::frame::XModel>& document, const std::string& table,
                int row);
bool go_to_heading(const css::uno::Reference<css::frame::XModel>& document,
                   const std::string& heading_text);

// A section as docs/digest.md keys it: a top-level heading's line (" (2)" for a repeat), "" for
// the text before the first heading; in Calc, a sheet's name (made the active sheet).
bool go_to_section(const css::uno::Reference<css::frame::XModel>& document, const std::string& key);

// The document's headings, in order, as they stand (for picking one).
std::vector<std::string> heading_texts(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
