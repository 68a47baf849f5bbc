#include "uno/services/approval_service.hxx"
#include "uno/read/document_language.hxx"

#include "uno/base/service_implementation.hxx"

#include "uno/edit/approval_block.hxx"
#include "uno/stored/approval_properties.hxx"
#include "uno/read/approval_reading.hxx"
#include "uno/base/approval_conversion.hxx"
#include "uno/read/content_digest.hxx"
#include "core/approval.hxx"
#include "core/approval_change.hxx"
#include "core/assessment_check.hxx"
#include "uno/base/cached_matcher.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/services/document_reports.hxx"
#include "core/clock.hxx"
#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "uno/stored/document_properties.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/document_arguments.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_state.hxx"

#include <com/sun/star/document/UndoFailedException.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <cppuhelper/implbase1.hxx>
#include <org/preventtoolkit/XApproval.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno::approval_service {

namespace {

// Undoing a stamp writes back the approvals as they were; redoing writes them as stamped. The
// document's own undo stack does not see property changes, so the step is ours.
class ApprovalUndo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    ApprovalUndo(const Reference<css::frame::XModel>& document, std::vector<core::Approval> before,
                 std::vector<core::Approval> after)
        : document_(document), before_(std::move(before)), after_(std::move(after))
    {
    }
    OUString SAL_CALL getTitle() override
    {
        return from_utf8(core::document_words("undo-record-approval"));
    }
    void SAL_CALL undo() override { apply(before_); }
    void SAL_CALL redo() override { apply(after_); }

private:
    void apply(const std::vector<core::Approval>& approvals)
    {
        const Reference<css::frame::XModel> document(document_);
        if (!document.is())
            throw css::document::UndoFailedException(
                from_utf8(core::message("uno.undo-document-gone")),
                static_cast<cppu::OWeakObject*>(this), css::uno::Any());
        at_uno_boundary("Approval: undo or redo", static_cast<cppu::OWeakObject*>(this), [&] {
            write_approvals(document, approvals);
            refresh_approval_fields(document);
        });
    }

    css::uno::WeakReference<css::frame::XModel> document_;
    std::vector<core::Approval> before_;
    std::vector<core::Approval> after_;
};

std::string now_utc()
{
    const auto now = boost::posix_time::second_clock::universal_time();
    return boost::posix_time::to_iso_extended_string(now);
}

class ApprovalService : public ServiceImplementation<org::preventtoolkit::XApproval> {
public:
    explicit ApprovalService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    void SAL_CALL stamp(const Reference<css::frame::XModel>& document,
                        const org::preventtoolkit::ApprovalRecord& record) override
    {
        at_uno_boundary("Approval.stamp", self(), [&] {
            // An assessment is walked once: its check gives the digests and the record.
            const auto now = assessment_now(document);
            const auto content =
                now ? ContentDigest{now->check.digests.digest, now->check.digests.sections}
                    : digest_of(document);
            if (is_read_only(document))
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.document-read-only")), self(), 0);
            core::Approval approval =
                core::with_defaults(from_record(record), 12, stated_operating_year(document));
            const auto problems = core::validate_approval(approval, core::today());
            if (!problems.empty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::describe_problems(problems)), self(), 1);
            approval.digest = content.digest;
            approval.sections = content.sections;
            approval.stamped_at = now_utc();
            if (now)
                core::record_check(now->check, now->catalogue, approval);

            auto before = read_approvals(document);
            auto after = before;
            after.push_back(std::move(approval));
            write_approvals(document, after);
            refresh_approval_fields(document);
            const Reference<css::document::XUndoManagerSupplier> undo(document, UNO_QUERY);
            if (undo.is())
                undo->getUndoManager()->addUndoAction(
                    new ApprovalUndo(document, std::move(before), std::move(after)));
        });
    }

    org::preventtoolkit::ApprovalStatus SAL_CALL
    getStatus(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("Approval.getStatus", self(), [&] {
            const auto reading = read_approval(document);
            if (!reading)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.neither-writer-nor-calc")), self(), 0);
            return to_status(reading->state, reading->history, reading->content.digest);
        });
    }

    void SAL_CALL insertApprovalBlock(const Reference<css::frame::XModel>& document) override
    {
        at_uno_boundary("Approval.insertApprovalBlock", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto count = read_approvals(document).size();
            if (count == 0)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.record-approval-first")), self(), 0);
            if (has_approval_block(text))
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.approval-block-already")), self(), 0);
            // Its labels in the document's language, whatever the interface's.
            const core::MessageLanguage language(message_language_of(document));
            insert_approval_block(text);
        });
    }

    OUString SAL_CALL computeDigest(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("Approval.computeDigest", self(),
                               [&] { return from_utf8(digest_of(document).digest); });
    }

    OUString SAL_CALL assessChange(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("Approval.assessChange", self(),
                               [&] { return from_utf8(change_of(document).level); });
    }

    Sequence<OUString> SAL_CALL
    changeReasons(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("Approval.changeReasons", self(),
                               [&] { return to_sequence(change_of(document).reasons); });
    }

private:
    // An assessment's whole check now, with the catalogue it was made by (what a stamp records,
    // what assessChange compares); nullopt for a spreadsheet, or when the catalogue cannot be
    // read: the approval matters more than its record.
    struct AssessmentNow {
        core::Catalogue catalogue;
        core::AssessmentCheck check;
    };
    std::optional<AssessmentNow> assessment_now(const Reference<css::frame::XModel>& document)
    {
        const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
        if (!text.is())
            return std::nullopt;
        std::optional<core::Catalogue> catalogue;
        try {
            catalogue.emplace(read_catalogue_configuration(context_));
        } catch (const core::CatalogueError& e) {
            log_problem("Approval: no record of risks and areas", e.what());
            return std::nullopt;
        }
        const auto matcher = matcher_for(*catalogue);
        auto check = assessment_check(document, read_text_model(text, true), *catalogue, *matcher);
        return AssessmentNow{std::move(*catalogue), std::move(check)};
    }

    core::ChangeAssessment change_of(const Reference<css::frame::XModel>& document)
    {
        // An assessment: its whole check (one walk) against the stored approvals.
        if (const auto now = assessment_now(document))
            return core::change_since_approval(now->check, read_approvals(document),
                                               now->catalogue);
        const auto reading = read_approval(document);
        if (!reading)
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.neither-writer-nor-calc")), self(), 0);
        core::ChangeInputs in;  // a spreadsheet: its sheets count; or no catalogue to judge by
        in.assessment = false;
        in.digest_now = reading->content.digest;
        in.sections_now = reading->content.sections;
        return core::assess_change(reading->history, in, core::RatingScale{}, {});
    }

    ContentDigest digest_of(const Reference<css::frame::XModel>& document)
    {
        auto content = read_content_digest(document);
        if (!content)
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.neither-writer-nor-calc")), self(), 0);
        return std::move(*content);
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.Approval"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.Approval");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ApprovalService(context));
}

}  // namespace prevent::uno::approval_service
