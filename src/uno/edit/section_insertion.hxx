// Inserts a section (a heading and an empty paragraph under it) into a live Writer document, at
// the place core::plan_section_insertion chose, as one undo step.
#pragma once

#include "core/coverage.hxx"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace prevent::uno {

void insert_section(const css::uno::Reference<css::text::XTextDocument>& document,
                    const core::SectionInsertion& where, const std::string& title,
                    const std::string& undo_title);

}  // namespace prevent::uno
