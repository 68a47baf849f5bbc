// The assessment's risks, as the action plan needs them (ref, area, further actions, owner,
// target date): from an open Writer document, or from an .odt on disk that is loaded hidden and
// read-only, macros off, and closed again — kept until the file changes, so that checking the
// plan after every pause does not load it again.
#pragma once

#include "core/plan_checks.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace prevent::uno {

// Through the RiskRegister service, which reads any risk table. IllegalArgumentException (with
// `source` and `argument`) when the model is not a Writer text document.
std::vector<core::AssessmentRisk> risks_of_assessment(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment,
    const css::uno::Reference<css::uno::XInterface>& source, sal_Int16 argument);

// The same from the file at `url`: as this office has it open when it does (unsaved edits
// included), else loaded hidden and read-only and closed afterwards. IllegalArgumentException
// saying why when it does not exist, cannot be opened or is not a Writer text document.
std::vector<core::AssessmentRisk> risks_of_assessment_file(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
    const css::uno::Reference<css::uno::XInterface>& source, sal_Int16 argument);

}  // namespace prevent::uno
