// Reads a live document into the core's canonical form (docs/digest.md): a Writer document as
// paragraphs of text and field kinds, a Calc document as sheets of cells. What the digest leaves
// out (headers, footers, notes, comments, hidden text, tracked deletions, list labels, the
// approval block) is left out here.
#pragma once

#include "core/canonical_text.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prevent::uno {

// The approval block's section (core::kApprovalBlockSection) is left out of the digest.
std::vector<core::CanonicalParagraph> read_canonical_paragraphs(
    const css::uno::Reference<css::text::XTextDocument>& document);

// One paragraph's canonical form: its text portions and field kinds, tracked deletions and
// hidden text left out.
// shown_text, when given, receives the paragraph's text as shown when the same portions tell it
// rightly (text only: no field, footnote, hidden text...), else nullopt: one walk for both views.
core::CanonicalParagraph read_canonical_paragraph(
    const css::uno::Reference<css::text::XTextContent>& paragraph,
    std::optional<std::string>* shown_text = nullptr);
// The same when the paragraph's outline level is already known (ParagraphFacts).
core::CanonicalParagraph read_canonical_paragraph(
    const css::uno::Reference<css::text::XTextContent>& paragraph, sal_Int16 outline_level,
    std::optional<std::string>* shown_text);

// An item of a text's enumeration as a paragraph, or null when it is not one (a table).
css::uno::Reference<css::text::XTextContent> paragraph_of(const css::uno::Any& item);

// What the readers ask of every paragraph, read in one call: Writer builds a cursor and looks
// the attributes up for each call, so asking one property at a time costs that many times over.
struct ParagraphFacts {
    bool char_hidden = false;        // the paragraph's text is hidden
    bool in_hidden_section = false;  // in a section, or a section within one, that is hidden
    bool in_approval_block = false;  // in the section core::kApprovalBlockSection
    sal_Int16 outline_level = 0;
    float weight = 0;  // CharWeight (awt::FontWeight)
};
ParagraphFacts read_paragraph_facts(const css::uno::Reference<css::beans::XPropertySet>& paragraph);

// Calls visit for each portion of the paragraph that no tracked change deletes (the redline
// portions themselves left out), with its TextPortionType and whether its text is hidden.
void visit_kept_portions(
    const css::uno::Reference<css::text::XTextContent>& paragraph,
    const std::function<void(const css::uno::Reference<css::beans::XPropertySet>& portion,
                             const rtl::OUString& type, bool hidden)>& visit);

// Whether the paragraph stands in a hidden section / in the approval block (not content).
bool in_hidden_section(const css::uno::Reference<css::beans::XPropertySet>& paragraph);
bool in_approval_block(const css::uno::Reference<css::beans::XPropertySet>& paragraph);

std::vector<core::CanonicalSheet> read_canonical_sheets(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

}  // namespace prevent::uno
