#include "record_approval_dialog.hxx"

#include "control_access.hxx"
#include "modal_dialog.hxx"
#include "panel_strings.hxx"
#include "uno/base/provider_options.hxx"
#include "uno/view/record_checks.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/XApproval.hpp>

#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

const char* const kBodies[] = {"BodyCouncil", "BodyBoardOfGovernors", "BodyBoardOfTrustees",
                               "BodyCorporation", "BodyProprietor"};
const std::pair<const char*, const char*> kTypes[] = {
    {"approved", "TypeApproved"},
    {"noted", "TypeNoted"},
    {"significant-change-approved", "TypeSignificantChange"}};
// The label next to which each field's problem is said; others go under the fields.
const std::map<std::string, const char*> kErrorLabels = {{"ApprovingBody", "BodyError"},
                                                         {"ApprovedBy", "ApprovedByError"},
                                                         {"ApprovalDate", "DateError"},
                                                         {"NextReviewDue", "ReviewError"},
                                                         {"OperatingYear", "YearError"}};

bool same_date(const css::util::Date& a, const css::util::Date& b)
{
    return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day;
}

class RecordApprovalDialog {
public:
    RecordApprovalDialog(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XModel>& document)
        : context_(context),
          document_(document),
          strings_(context, "RecordApprovalDialog"),
          dialog_(context, "RecordApprovalDialog"),
          events_([this](const char* name) { return control(name); }),
          options_(uno::read_provider_options(context))
    {
    }

    bool run()
    {
        fill();
        events_.on_property("Date", "Date", [this] { date_changed(); });
        events_.on_button("OK", [this] { record(); });
        dialog_.execute();
        events_.stop();
        return recorded_;
    }

private:
    Reference<css::awt::XControl> control(const char* name) const { return dialog_.control(name); }
    OUString text_of(const char* name) const { return dialog_.text_of(name); }
    void set_text(const char* name, const OUString& text) { dialog_.set_text(name, text); }
    css::util::Date date_of(const char* name) const { return dialog_.date_of(name); }
    void set_date(const char* name, const css::util::Date& d) { dialog_.set_date(name, d); }

    Reference<org::preventtoolkit::XApproval> approval() const
    {
        return Reference<org::preventtoolkit::XApproval>(
            context_->getServiceManager()->createInstanceWithContext("org.preventtoolkit.Approval",
                                                                     context_),
            UNO_QUERY_THROW);
    }

    // The choices, and what the last approval said about who decides: bodies rarely change.
    void fill()
    {
        set_items(control("Body"), approving_body_choices(context_));
        std::vector<OUString> types;
        for (const auto& [id, key] : kTypes)
            types.push_back(strings_.text(key));
        set_items(control("Type"), types);
        set_selected(control("Type"), 0);
        // What the last approval said about who decides, else the provider's options.
        set_text("Body", from_utf8(options_.approving_body));
        set_text("Recommended", from_utf8(options_.committee));
        set_text("Version", uno::proposed_record_version(document_));
        try {
            const auto status = approval()->getStatus(document_);
            if (status.History.hasElements()) {
                set_text("Body", status.Current.ApprovingBody);
                set_text("ApprovedBy", status.Current.ApprovedBy);
                set_text("Recommended", status.Current.RecommendedBy);
            }
        } catch (const css::uno::Exception&) {  // no approval to start from
        }
        set_date("Date", uno::today_as_date());
        date_changed();
    }

    // A new decision date moves the derived fields, unless the user changed them.
    void date_changed()
    {
        org::preventtoolkit::ApprovalRecord r;
        r.ApprovalDate = date_of("Date");
        const auto derived = uno::record_with_defaults(r, options_.review_cycle_months, document_);
        if (text_of("Year").isEmpty() || text_of("Year") == derived_.OperatingYear)
            set_text("Year", derived.OperatingYear);
        if (date_of("Review").Year == 0 || same_date(date_of("Review"), derived_.NextReviewDue))
            set_date("Review", derived.NextReviewDue);
        derived_ = derived;
    }

    org::preventtoolkit::ApprovalRecord read() const
    {
        org::preventtoolkit::ApprovalRecord r;
        r.ApprovingBody = text_of("Body").trim();
        r.ApprovedBy = text_of("ApprovedBy").trim();
        r.ApprovalDate = date_of("Date");
        r.MinuteReference = text_of("Minute").trim();
        r.RecommendedBy = text_of("Recommended").trim();
        const int type = selected(control("Type"));
        r.ApprovalType = OUString::createFromAscii(kTypes[type < 0 ? 0 : type].first);
        r.OperatingYear = text_of("Year").trim();
        r.NextReviewDue = date_of("Review");
        r.Version = text_of("Version").trim();
        r.Note = text_of("Note").trim();
        return r;
    }

    void record()
    {
        uno::log_if_it_fails("Record approval dialog", [&] {
            for (const auto& [field, label] : kErrorLabels)
                set_label(control(label), OUString());
            set_label(control("OtherError"), OUString());
            const auto r = read();
            const auto problems = uno::record_problems(r);
            OUString other;
            for (const auto& p : problems) {
                const auto at = kErrorLabels.find(p.field);
                if (at != kErrorLabels.end())
                    set_label(control(at->second), from_utf8(p.message));
                else
                    other += (other.isEmpty() ? OUString() : OUString(" ")) + from_utf8(p.message);
            }
            set_label(control("OtherError"), other);
            if (!problems.empty())
                return;
            try {
                approval()->stamp(document_, r);
            } catch (
                const css::lang::IllegalArgumentException& e) {  // read-only, or the document went
                set_label(control("OtherError"), e.Message);
                return;
            }
            recorded_ = true;
            dialog_.end();
        });
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XModel> document_;
    PanelStrings strings_;
    ModalDialog dialog_;
    ControlEvents events_;
    uno::ProviderOptions options_;
    org::preventtoolkit::ApprovalRecord derived_;
    bool recorded_ = false;
};

}  // namespace

std::vector<OUString> approving_body_choices(const Reference<css::uno::XComponentContext>& context)
{
    const PanelStrings strings(context, "RecordApprovalDialog");
    std::vector<OUString> bodies;
    for (const char* key : kBodies)
        bodies.push_back(strings.text(key));
    return bodies;
}

bool run_record_approval_dialog(const Reference<css::uno::XComponentContext>& context,
                                const Reference<css::frame::XModel>& document)
{
    RecordApprovalDialog dialog(context, document);
    return dialog.run();
}

}  // namespace prevent::sidebar
