// What Prevent ▸ Begin Annual Review… proposes and does: the copy's place beside the assessment,
// with the new year in its name; then the copy made by the NewAssessment service and shown.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// "…/Prevent RA 2027-28.odt" beside "…/Prevent RA 2026-27.odt"; empty for an unsaved assessment.
rtl::OUString proposed_annual_review_url(const css::uno::Reference<css::frame::XModel>& assessment);

// The copy for the new year, shown in its own window. IllegalArgumentException saying why.
css::uno::Reference<css::frame::XModel> make_annual_review(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment, const rtl::OUString& url);

}  // namespace prevent::uno
