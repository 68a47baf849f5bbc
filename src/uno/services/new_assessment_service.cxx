#include "uno/services/new_assessment_service.hxx"

#include "core/clock.hxx"
#include "core/messages.hxx"
#include "core/new_assessment.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/log.hxx"
#include "uno/base/service_implementation.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/edit/annual_review_copy.hxx"
#include "uno/edit/assessment_writer.hxx"
#include "uno/edit/plan_beside.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <org/preventtoolkit/XNewAssessment.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace prevent::uno::new_assessment_service {

namespace {

class NewAssessmentService : public ServiceImplementation<org::preventtoolkit::XNewAssessment> {
public:
    explicit NewAssessmentService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    Reference<css::frame::XModel> SAL_CALL
    create(const org::preventtoolkit::NewAssessmentOptions& options) override
    {
        return at_uno_boundary("NewAssessment.create", self(), [&] {
            core::NewAssessmentChoice choice;
            choice.provider_name = to_utf8(options.ProviderName);
            choice.profile = to_utf8(options.Profile);
            choice.operating_year = to_utf8(options.OperatingYear);
            choice.prevent_lead = to_utf8(options.PreventLead);
            choice.approving_body = to_utf8(options.ApprovingBody);
            choice.risk_table_style = to_utf8(options.RiskTableStyle);
            for (const auto& id : options.RecommendedAreas)
                choice.recommended_areas.push_back(to_utf8(id));
            const auto catalogue = read_catalogue_configuration(context_);
            core::NewAssessment planned;
            try {
                planned = core::plan_new_assessment(catalogue, choice, core::today());
            } catch (const core::NewAssessmentRefused& e) {
                throw css::lang::IllegalArgumentException(from_utf8(e.what()), self(), 0);
            }
            return write_new_assessment(context_, planned);
        });
    }

    Reference<css::frame::XModel> SAL_CALL
    beginAnnualReview(const Reference<css::frame::XModel>& document, const OUString& url) override
    {
        return at_uno_boundary("NewAssessment.beginAnnualReview", self(), [&] {
            require_text_document(document);
            return begin_annual_review(context_, document, url.trim(), self());
        });
    }

    Reference<css::frame::XModel> SAL_CALL
    createActionPlan(const Reference<css::frame::XModel>& assessment) override
    {
        return at_uno_boundary("NewAssessment.createActionPlan", self(), [&] {
            require_text_document(assessment);
            return plan_beside(context_, assessment, self());
        });
    }

private:
    void require_text_document(const Reference<css::frame::XModel>& document)
    {
        const Reference<css::text::XTextDocument> text(document, css::uno::UNO_QUERY);
        const Reference<css::lang::XServiceInfo> info(document, css::uno::UNO_QUERY);
        if (!text.is() || !info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.assessment-must-be-writer")), self(), 0);
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.NewAssessment"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.NewAssessment");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new NewAssessmentService(context));
}

}  // namespace prevent::uno::new_assessment_service
