// Reads a live Writer document into the core's Outline: its paragraphs in reading order (body,
// tables cell by cell, then text frames), with outline level and boldness, leaving out hidden
// paragraphs, hidden sections and text in tracked deletions.
#pragma once

#include "core/outline.hxx"
#include "core/text_model.hxx"

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <functional>
#include <string>

namespace prevent::uno {

core::Outline read_outline(const css::uno::Reference<css::text::XTextDocument>& document);

// The document in the core's model (core::TextModel, as prevent-check reads a file) in one walk:
// each paragraph read once, its outline and canonical views from one walk of its portions (which
// costs less than asking for the paragraph's string); with_tables: the body's tables as grids
// too, with the heading each stands under.
core::TextModel read_text_model(const css::uno::Reference<css::text::XTextDocument>& document,
                                bool with_tables);

// Only the tables of read_text_model(document, true), each with its heading: for the risks, which
// need no paragraph's content.
core::TextModel read_table_model(const css::uno::Reference<css::text::XTextDocument>& document);

// Visits the paragraphs in the order read_outline numbers them (1-based), until visit returns
// false; for going to a location and for inserting next to a heading.
void visit_paragraphs(
    const css::uno::Reference<css::text::XTextDocument>& document,
    const std::function<bool(const css::uno::Reference<css::text::XTextContent>& paragraph,
                             const core::OutlineParagraph& read)>& visit);

// Visits the tables (nested ones too) in reading order, with the text of the last heading above
// each (the section it stands in).
void visit_tables(const css::uno::Reference<css::text::XTextDocument>& document,
                  const std::function<void(const css::uno::Reference<css::text::XTextTable>& table,
                                           const std::string& heading_above)>& visit);

// True when the document has tracked changes (text must then be read portion by portion).
bool has_tracked_changes(const css::uno::Reference<css::text::XTextDocument>& document);

// The text of a cell or frame: its paragraphs joined by line breaks, tracked deletions left out
// (pass has_tracked_changes(document): asking once per document, not once per cell).
std::string text_without_deletions(const css::uno::Reference<css::text::XText>& text,
                                   bool tracked_changes);

}  // namespace prevent::uno
