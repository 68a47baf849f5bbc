// The copy of an assessment that begins the next operating year's review (core/annual_review
// says which year and what moves): saved where asked, the year moved on where the assessment
// names it, its next version set, its reviewed marks cleared; the assessment itself untouched.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// The copy, stored at the URL and open, hidden. IllegalArgumentException (from `source`,
// argument 1) when the URL is empty, is the assessment's own, or cannot be written.
css::uno::Reference<css::frame::XModel> begin_annual_review(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment, const rtl::OUString& url,
    const css::uno::Reference<css::uno::XInterface>& source);

// The file name the copy is proposed under, beside the assessment ("Prevent RA 2027-28.odt");
// empty for an assessment not yet saved.
rtl::OUString annual_review_url(const css::uno::Reference<css::frame::XModel>& assessment);

}  // namespace prevent::uno
