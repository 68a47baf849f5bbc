#include "uno/view/annual_review_making.hxx"

#include "uno/edit/annual_review_copy.hxx"
#include "uno/view/shown_document.hxx"

#include <org/preventtoolkit/NewAssessment.hpp>

using css::uno::Reference;
using rtl::OUString;

namespace prevent::uno {

OUString proposed_annual_review_url(const Reference<css::frame::XModel>& assessment)
{
    return annual_review_url(assessment);
}

Reference<css::frame::XModel> make_annual_review(
    const Reference<css::uno::XComponentContext>& context,
    const Reference<css::frame::XModel>& assessment, const OUString& url)
{
    const auto copy =
        org::preventtoolkit::NewAssessment::create(context)->beginAnnualReview(assessment, url);
    show_document(copy);
    return copy;
}

}  // namespace prevent::uno
