// An assessment's action plan made beside it (NewAssessment.createActionPlan): a new
// spreadsheet with the plan sheet, saved as "<the assessment's name> - action plan.ods" in the
// assessment's folder, the two linked both ways (uno/stored/document_links) and both stored.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

namespace prevent::uno {

// The plan, open and hidden (the linked one when it is already there).
// IllegalArgumentException (from `source`, argument 0) for an assessment not saved yet or
// read-only.
css::uno::Reference<css::frame::XModel> plan_beside(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment,
    const css::uno::Reference<css::uno::XInterface>& source);

}  // namespace prevent::uno
