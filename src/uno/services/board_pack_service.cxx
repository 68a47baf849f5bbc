#include "uno/services/board_pack_service.hxx"
#include "uno/read/document_language.hxx"

#include "core/board_paper.hxx"
#include "core/clock.hxx"
#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "core/plan_checks.hxx"
#include "uno/base/cached_matcher.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/log.hxx"
#include "uno/base/service_implementation.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/edit/paper_writer.hxx"
#include "uno/read/document_file.hxx"
#include "uno/read/plan_sheet.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/services/document_reports.hxx"
#include "uno/stored/approval_properties.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <org/preventtoolkit/XBoardPack.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno::board_pack_service {

namespace {

bool is_a(const Reference<css::frame::XModel>& model, const char* service)
{
    const Reference<css::lang::XServiceInfo> info(model, UNO_QUERY);
    return info.is() && info->supportsService(OUString::createFromAscii(service));
}

// The assessment's title: its document title, else its first paragraph when that is no section
// heading (a title line, as most assessments begin), else words of our own.
std::string title_of(const Reference<css::frame::XModel>& document, const core::TextModel& model)
{
    const Reference<css::document::XDocumentPropertiesSupplier> properties(document, UNO_QUERY);
    if (properties.is()) {
        const std::string title = to_utf8(properties->getDocumentProperties()->getTitle());
        if (!title.empty())
            return title;
    }
    for (const auto& p : model.paragraphs) {
        if (p.outline.text.find_first_not_of(" \t") == std::string::npos)
            continue;
        if (p.outline.outline_level == 0 && !p.outline.in_table)
            return p.outline.text;
        break;
    }
    return core::document_words("pack-untitled");
}

class BoardPackService : public ServiceImplementation<org::preventtoolkit::XBoardPack> {
public:
    explicit BoardPackService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    Reference<css::frame::XModel> SAL_CALL create(
        const Reference<css::frame::XModel>& assessment, const Reference<css::frame::XModel>& plan,
        const org::preventtoolkit::BoardPackOptions& options) override
    {
        return at_uno_boundary("BoardPack.create", self(), [&] {
            const Reference<css::text::XTextDocument> text(assessment, UNO_QUERY);
            if (!text.is() || !is_a(assessment, "com.sun.star.text.TextDocument"))
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.assessment-must-be-writer")), self(), 0);
            const Reference<css::sheet::XSpreadsheetDocument> sheets(plan, UNO_QUERY);
            if (plan.is() &&
                (!sheets.is() || !is_a(plan, "com.sun.star.sheet.SpreadsheetDocument")))
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.plan-must-be-calc")), self(), 1);
            if (options.MeetingBody.trim().isEmpty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.pack-no-meeting-body")), self(), 2);
            std::optional<boost::gregorian::date> meeting;
            try {
                meeting =
                    boost::gregorian::date(static_cast<unsigned short>(options.MeetingDate.Year),
                                           options.MeetingDate.Month, options.MeetingDate.Day);
            } catch (const std::exception&) {
            }
            if (!meeting)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.pack-no-meeting-date")), self(), 2);

            // The pack is written in the assessment's language, whatever the interface's.
            const core::MessageLanguage language(message_language_of(assessment));
            const auto catalogue = read_catalogue_configuration(context_);
            const auto matcher = matcher_for(catalogue);
            const auto model = read_text_model(text, true);
            const auto check = assessment_check(assessment, model, catalogue, *matcher);
            core::BoardPaperInputs in;
            in.title = title_of(assessment, model);
            const std::string pack_language = core::message_language();  // the assessment's
            for (const auto& profile : catalogue.profiles())
                if (profile.id == check.profile.profile)
                    in.profile_title = profile.title_in(pack_language);
            in.meeting_body = to_utf8(options.MeetingBody.trim());
            in.meeting_date = *meeting;
            in.prepared_by = to_utf8(options.PreparedBy.trim());
            in.version = to_utf8(options.Version.trim());
            in.prevent_lead = to_utf8(options.PreventLead.trim());
            in.digest = check.digests.digest;
            in.history = read_approvals(assessment);
            in.approval = check.approval;
            in.change = core::change_since_approval(check, in.history, catalogue);
            in.areas = check.coverage.areas;
            for (auto& area : in.areas)
                if (const auto* a = catalogue.find_area(area.area_id))
                    area.title = a->title_in(pack_language);
            in.risks = check.risks;
            for (const auto& f : check.coverage.findings)
                in.open_errors += f.severity == "error";
            in.today = core::today();
            if (sheets.is()) {
                const auto plans = read_plan_sheets(sheets);
                in.plan = core::BoardPaperInputs::Plan{core::count_plans(plans, in.today),
                                                       core::plan_actions(plans, in.today),
                                                       core::plans_record_completion(plans)};
            }
            return write_paper(context_, core::board_paper(in, catalogue), catalogue,
                               core::document_words("pack-document-title", {in.title}));
        });
    }

    void SAL_CALL exportPdf(const Reference<css::frame::XModel>& pack, const OUString& url) override
    {
        at_uno_boundary("BoardPack.exportPdf", self(), [&] {
            const Reference<css::frame::XStorable> storable(pack, UNO_QUERY);
            if (!storable.is() || !is_a(pack, "com.sun.star.text.TextDocument"))
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.pack-must-be-writer")), self(), 0);
            if (url.isEmpty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.pdf-no-place")), self(), 1);
            // PDF/A-2b (SelectPdfVersion 2), tagged for assistive technology.
            Sequence<css::beans::PropertyValue> filter_data(2);
            filter_data[0].Name = "SelectPdfVersion";
            filter_data[0].Value <<= sal_Int32(2);
            filter_data[1].Name = "UseTaggedPDF";
            filter_data[1].Value <<= true;
            Sequence<css::beans::PropertyValue> args(2);
            args[0].Name = "FilterName";
            args[0].Value <<= OUString("writer_pdf_Export");
            args[1].Name = "FilterData";
            args[1].Value <<= filter_data;
            try {
                storable->storeToURL(url, args);
            } catch (const css::io::IOException& e) {  // a folder that is not there or not ours
                const std::string where = to_utf8(shown_path(url));
                throw css::lang::IllegalArgumentException(
                    from_utf8(e.Message.isEmpty() ? core::message("uno.pdf-not-written", {where})
                                                  : core::message("uno.pdf-not-written-because",
                                                                  {where, to_utf8(e.Message)})),
                    self(), 1);
            }
        });
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.BoardPack"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.BoardPack");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new BoardPackService(context));
}

}  // namespace prevent::uno::board_pack_service
