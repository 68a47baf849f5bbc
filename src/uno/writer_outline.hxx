// Reads a live Writer document into the core's Outline: its paragraphs in reading order (body,
// tables cell by cell, then text frames), with outline level and boldness, leaving out hidden
// paragraphs, hidden sections and text in tracked deletions.
#pragma once

#include "core/outline.hxx"

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <functional>

namespace prevent::uno {

core::Outline read_outline(const css::uno::Reference<css::text::XTextDocument>& document);

// Visits the paragraphs in the order read_outline numbers them (1-based), until visit returns
// false; for going to a location and for inserting next to a heading.
void visit_paragraphs(const css::uno::Reference<css::text::XTextDocument>& document,
                      const std::function<bool(const css::uno::Reference<css::text::XTextContent>& paragraph,
                                               const core::OutlineParagraph& read)>& visit);

}  // namespace prevent::uno
