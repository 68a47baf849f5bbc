#include "uno/services/coverage_checker_service.hxx"

#include "uno/base/service_implementation.hxx"

#include "uno/read/approval_reading.hxx"
#include "uno/services/document_reports.hxx"
#include "uno/base/cached_matcher.hxx"
#include "uno/base/uno_findings.hxx"
#include "core/clock.hxx"
#include "core/coverage_states.hxx"
#include "core/findings.hxx"
#include "core/section_reviews.hxx"
#include "uno/base/office_user.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "core/document_strings.hxx"
#include "core/heading_matcher.hxx"
#include "core/messages.hxx"
#include "uno/stored/coverage_marks.hxx"
#include "uno/stored/document_profile.hxx"
#include "uno/stored/document_properties.hxx"
#include "uno/base/log.hxx"
#include "uno/edit/section_insertion.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_arguments.hxx"
#include "uno/read/writer_outline.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <algorithm>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno::coverage_checker_service {

namespace {

std::string trimmed(const OUString& s) { return to_utf8(s.trim()); }

class CoverageCheckerService : public ServiceImplementation<org::preventtoolkit::XCoverageChecker> {
public:
    explicit CoverageCheckerService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    org::preventtoolkit::CoverageReport SAL_CALL
    check(const Reference<css::frame::XModel>& document, const OUString& profile) override
    {
        return at_uno_boundary("CoverageChecker.check", self(), [&] {
            const auto text = text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            // One walk: the outline and tables for coverage, the canonical text for the approval's
            // findings.
            const auto matcher = matcher_for(catalogue);
            try {
                return coverage_report(
                    document, read_text_model(text, true), catalogue, *matcher,
                    profile_to_check(context_, catalogue, document, to_utf8(profile)));
            } catch (const core::UnknownProfile& e) {
                throw css::lang::IllegalArgumentException(from_utf8(e.what()), self(), 1);
            }
        });
    }

    void SAL_CALL insertSection(const Reference<css::frame::XModel>& document,
                                const OUString& area_id) override
    {
        at_uno_boundary("CoverageChecker.insertSection", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const core::Area& area = known_area(catalogue, area_id);
            const auto matcher_owner = matcher_for(catalogue);
            const core::HeadingMatcher& matcher = *matcher_owner;
            const auto where =
                core::plan_section_insertion(catalogue, matcher, read_outline(text), area.id);
            insert_section(text, where, area.title,
                           core::document_words("undo-insert-section", {area.title}));
        });
    }

    void SAL_CALL markNotApplicable(const Reference<css::frame::XModel>& document,
                                    const OUString& area_id, const OUString& reason) override
    {
        at_uno_boundary("CoverageChecker.markNotApplicable", self(), [&] {
            editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const core::Area& area = known_area(catalogue, area_id);
            if (trimmed(reason).empty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.give-not-applicable-reason")), self(), 2);
            write_text_property(document, core::not_applicable_property(area.id), trimmed(reason));
        });
    }

    void SAL_CALL markCoveredBy(const Reference<css::frame::XModel>& document,
                                const OUString& area_id, const OUString& heading) override
    {
        at_uno_boundary("CoverageChecker.markCoveredBy", self(), [&] {
            editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const core::Area& area = known_area(catalogue, area_id);
            if (trimmed(heading).empty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.give-covering-heading")), self(), 2);
            write_text_property(document, core::covered_by_property(area.id), trimmed(heading));
        });
    }

    void SAL_CALL clearMark(const Reference<css::frame::XModel>& document,
                            const OUString& area_id) override
    {
        at_uno_boundary("CoverageChecker.clearMark", self(), [&] {
            editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const core::Area& area = known_area(catalogue, area_id);
            remove_property(document, core::not_applicable_property(area.id));
            remove_property(document, core::covered_by_property(area.id));
        });
    }

    void SAL_CALL markReviewed(const Reference<css::frame::XModel>& document,
                               const OUString& area_id) override
    {
        at_uno_boundary("CoverageChecker.markReviewed", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const core::Area& area = known_area(catalogue, area_id);
            const auto matcher = matcher_for(catalogue);
            const auto model = read_text_model(text, true);
            const auto check = assessment_check(document, model, catalogue, *matcher);
            const auto found =
                std::find_if(check.coverage.areas.begin(), check.coverage.areas.end(),
                             [&](const core::AreaCoverage& a) { return a.area_id == area.id; });
            const auto heading =
                found == check.coverage.areas.end() ? std::nullopt : core::area_heading(*found);
            if (found == check.coverage.areas.end() || found->state != core::kCovered || !heading)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.area-not-covered-to-review", {area.title})),
                    self(), 1);
            const core::ReviewMark mark{core::today(), core::section_text_digest(model, *heading),
                                        to_utf8(office_user_name(context_))};
            write_text_property(document, core::reviewed_property(area.id),
                                core::encode_review(mark));
        });
    }

    void SAL_CALL clearReviewed(const Reference<css::frame::XModel>& document,
                                const OUString& area_id) override
    {
        at_uno_boundary("CoverageChecker.clearReviewed", self(), [&] {
            editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            remove_property(document, core::reviewed_property(known_area(catalogue, area_id).id));
        });
    }

private:
    const core::Area& known_area(const core::Catalogue& catalogue, const OUString& area_id)
    {
        const core::Area* area = catalogue.find_area(to_utf8(area_id));
        if (!area)
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.unknown-area", {to_utf8(area_id)})), self(), 1);
        return *area;
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.CoverageChecker"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.CoverageChecker");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new CoverageCheckerService(context));
}

}  // namespace prevent::uno::coverage_checker_service
