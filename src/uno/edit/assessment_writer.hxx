// Lays a new assessment (core::NewAssessment) out in a new Writer document: the title, the
// document-control table, each area's heading, its prompts as placeholders (fields the user
// types over, which no reader counts as content) and its risk table, then the approval block.
#pragma once

#include "core/new_assessment.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace prevent::uno {

// A new, hidden, unsaved Writer document holding the assessment, Prevent.Profile set, its undo
// list empty and its view at the start.
css::uno::Reference<css::frame::XModel> write_new_assessment(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const core::NewAssessment& assessment);

}  // namespace prevent::uno
