// The New risk assessment dialog (dialogs/NewAssessmentDialog.xdl): provider, sector, operating
// year, Prevent lead, approving body, risk table style and the recommended areas to include,
// proposed from the provider's options and the clock (uno/view/new_assessment_making). Create
// opens the new assessment; the dialog stays open, saying why, until it is made or cancelled.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace prevent::sidebar {

void run_new_assessment_dialog(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::sidebar
