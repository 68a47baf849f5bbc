// Reads a live document into the core's canonical form (docs/digest.md): a Writer document as
// paragraphs of text and field kinds, a Calc document as sheets of cells. What the digest leaves
// out (headers, footers, notes, comments, hidden text, tracked deletions, list labels, the
// approval block) is left out here.
#pragma once

#include "core/canonical_text.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <vector>

namespace prevent::uno {

// The approval block's section (core::kApprovalBlockSection) is left out of the digest.
std::vector<core::CanonicalParagraph> read_canonical_paragraphs(
    const css::uno::Reference<css::text::XTextDocument>& document);

std::vector<core::CanonicalSheet> read_canonical_sheets(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

}  // namespace prevent::uno
