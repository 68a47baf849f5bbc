#include "uno/services/document_review_service.hxx"

#include "uno/stored/document_profile.hxx"

#include "uno/base/service_implementation.hxx"

#include "core/messages.hxx"
#include "uno/base/cached_matcher.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/approval_reading.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/base/approval_conversion.hxx"
#include "uno/services/document_reports.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <org/preventtoolkit/XDocumentReview.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno::document_review_service {

namespace {

class DocumentReviewService : public ServiceImplementation<org::preventtoolkit::XDocumentReview> {
public:
    explicit DocumentReviewService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    org::preventtoolkit::ReviewReport SAL_CALL review(const Reference<css::frame::XModel>& document,
                                                      sal_Bool coverage, sal_Bool risks,
                                                      sal_Bool approval) override
    {
        return at_uno_boundary("DocumentReview.review", self(), [&] {
            if (!document.is())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.no-document-given")), self(), 0);
            org::preventtoolkit::ReviewReport out{};
            const Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
            const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
            if (!text.is() || !info.is() ||
                !info->supportsService("com.sun.star.text.TextDocument")) {
                // A spreadsheet (or anything else): only the approval has a meaning there.
                if (approval)
                    if (const auto reading = read_approval(document)) {
                        out.Approval =
                            to_status(reading->state, reading->history, reading->content.digest);
                        out.HasApproval = true;
                    }
                return out;
            }
            const auto catalogue = read_catalogue_configuration(context_);
            const auto matcher = matcher_for(catalogue);
            // One walk for every part asked: the canonical text serves coverage's approval
            // findings and the approval, the tables the risks.
            // A table that cannot be read costs the risks, not the rest.
            core::TextModel model;
            // Coverage reads the tables too: a risk table still waiting for its first risk is no
            // content of its section (core::coverage_outline).
            bool tables_read = bool(risks) || bool(coverage);
            try {
                model = read_text_model(text, tables_read);
            } catch (const std::exception& e) {
                if (!tables_read)
                    throw;
                log_problem("DocumentReview: the tables", e.what());
                tables_read = false;
                model = read_text_model(text, false);
            } catch (const css::uno::Exception& e) {
                if (!tables_read)
                    throw;
                log_problem("DocumentReview: the tables", to_utf8(e.Message));
                tables_read = false;
                model = read_text_model(text, false);
            }
            const AnswerParts asked{bool(coverage), tables_read && bool(risks), bool(approval)};
            const auto profile = profile_to_check(context_, catalogue, document, "");
            DocumentAnswers answers;
            try {
                answers = answer(document, model, catalogue, *matcher, profile, asked);
            } catch (...) {
                // One part that fails costs only itself: each again on its own (the log says why).
                for (const AnswerParts one : {AnswerParts{asked.coverage, false, false},
                                              AnswerParts{false, asked.risks, false},
                                              AnswerParts{false, false, asked.approval}})
                    if (one.coverage || one.risks || one.approval)
                        log_if_it_fails("DocumentReview: one part", [&] {
                            auto part = answer(document, model, catalogue, *matcher, profile, one);
                            if (part.coverage)
                                answers.coverage = std::move(part.coverage);
                            if (part.risks)
                                answers.risks = std::move(part.risks);
                            if (part.approval)
                                answers.approval = std::move(part.approval);
                        });
            }
            if (answers.coverage) {
                out.Coverage = *answers.coverage;
                out.HasCoverage = true;
            }
            if (answers.risks) {
                out.Risks = *answers.risks;
                out.HasRisks = true;
            }
            if (answers.approval) {
                out.Approval = *answers.approval;
                out.HasApproval = true;
            }
            return out;
        });
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.DocumentReview"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.DocumentReview");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new DocumentReviewService(context));
}

}  // namespace prevent::uno::document_review_service
