#include "approval_panel.hxx"

#include "panel_action.hxx"
#include "record_approval_dialog.hxx"
#include "uno/document_locations.hxx"
#include "uno/document_properties.hxx"
#include "uno/log.hxx"
#include "uno/uno_text.hxx"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/XApproval.hpp>

#include <cstdio>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using prevent::uno::to_utf8;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

// The state's colour, as the risk bands show green, amber and red.
constexpr sal_Int32 kGreen = 0xC6EFCE;
constexpr sal_Int32 kAmber = 0xFFEB9C;
constexpr sal_Int32 kRed = 0xFFC7CE;
constexpr sal_Int32 kGrey = 0xE7E6E6;

OUString long_date(const css::util::Date& d)
{
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    if (d.Month < 1 || d.Month > 12)
        return "?";
    return OUString::number(d.Day) + " " + OUString::createFromAscii(months[d.Month - 1]) + " " + OUString::number(d.Year);
}

}  // namespace

ApprovalPanel::ApprovalPanel(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::awt::XWindowPeer>& parent, const Reference<css::frame::XModel>& document,
                             std::function<void()> height_changed)
    : XdlPanelContent(context, parent, "ApprovalPanel"),
      context_(context),
      document_(document),
      height_changed_(std::move(height_changed)),
      strings_(context, "ApprovalPanel"),
      events_([this](const char* name) { return control(name); })
{
    const Reference<css::lang::XServiceInfo> info(document_, UNO_QUERY);
    writer_ = info.is() && info->supportsService("com.sun.star.text.TextDocument");
    events_.on_button("RecordApproval", [this] { record_approval(); });
    events_.on_button("InsertBlock", [this] { insert_block(); });
    events_.on_property("ChangedList", "SelectedItems", [this] { section_chosen(); });
    if (!document_.is())
        return;
    watch_ = DocumentWatch::attach(context_, document_);
    watch_->subscribe(this);  // shows the current snapshot at once
}

void ApprovalPanel::snapshot_ready(const DocumentSnapshot& snapshot)
{
    uno::log_if_it_fails("Approval panel: showing a snapshot", [&] {
        snapshot_ = snapshot;
        show();
    });
}

void ApprovalPanel::show()
{
    showing_ = true;
    show_state();
    show_record();
    const auto& a = snapshot_.approval;

    listed_sections_.clear();
    std::vector<OUString> changed;
    if (snapshot_.has_approval) {
        for (const auto& key : a.ChangedSections) {
            listed_sections_.push_back(to_utf8(key));
            changed.push_back(key.isEmpty() ? strings_.text("BeforeFirstHeading") : key);
        }
    }
    if (changed.empty())
        changed.push_back(strings_.text(snapshot_.has_approval && a.History.getLength() > 0 ? "NoChanges" : "NothingToCompare"));
    set_items(control("ChangedList"), changed);

    std::vector<OUString> history;
    if (snapshot_.has_approval) {
        for (sal_Int32 i = a.History.getLength(); i-- > 0;) {  // newest first
            const auto& r = a.History[i];
            history.push_back(r.Version.isEmpty()
                                  ? strings_.text("HistoryItem", {long_date(r.ApprovalDate), r.ApprovingBody,
                                                                  type_words(r.ApprovalType)})
                                  : strings_.text("HistoryItemWithVersion", {long_date(r.ApprovalDate), r.ApprovingBody,
                                                                             type_words(r.ApprovalType), r.Version}));
        }
    }
    if (history.empty())
        history.push_back(strings_.text("NoHistory"));
    set_items(control("HistoryList"), history);
    showing_ = false;

    const bool editable = document_.is() && !uno::is_read_only(document_);
    enable(control("RecordApproval"), editable);
    enable(control("InsertBlock"), editable && writer_ && snapshot_.has_approval && a.History.getLength() > 0);
    if (document_.is() && !editable)
        say(strings_.text("ReadOnly"));
    if (height_changed_)
        height_changed_();
}

void ApprovalPanel::show_state()
{
    const auto& a = snapshot_.approval;
    OUString words;
    sal_Int32 colour = kGrey;
    const OUString body = a.Current.ApprovingBody, when = long_date(a.Current.ApprovalDate),
                   due = long_date(a.Current.NextReviewDue);
    if (!snapshot_.has_approval) {
        words = strings_.text("StateUnknown");
    } else if (a.State == "not-approved") {
        words = strings_.text("StateNotApproved");
    } else if (a.State == "changed-since-approval") {
        words = strings_.text(a.ReviewOverdue ? "StateChangedAndOverdue" : "StateChanged", {body, when, due});
        colour = kAmber;
    } else if (a.State == "review-overdue") {
        words = strings_.text("StateOverdue", {body, when, due});
        colour = kRed;
    } else {
        words = strings_.text("StateApproved", {body, when, due});
        colour = kGreen;
    }
    set_label(control("State"), words);
    model_of(control("State"))->setPropertyValue("BackgroundColor", Any(colour));
}

void ApprovalPanel::show_record()
{
    const auto& a = snapshot_.approval;
    if (!snapshot_.has_approval || a.History.getLength() == 0) {
        set_label(control("Record"), OUString());
        return;
    }
    const auto& r = a.Current;
    OUString text = strings_.text("RecordBy", {r.ApprovedBy});
    text += "\n" + strings_.text("RecordDecision",
                                 {long_date(r.ApprovalDate), type_words(r.ApprovalType),
                                  r.MinuteReference.isEmpty() ? OUString()
                                                              : strings_.text("RecordMinute", {r.MinuteReference})});
    if (!r.RecommendedBy.isEmpty())
        text += "\n" + strings_.text("RecordRecommended", {r.RecommendedBy});
    text += "\n" + strings_.text("RecordYear", {r.OperatingYear, long_date(r.NextReviewDue)});
    if (!r.Version.isEmpty())
        text += "\n" + strings_.text("RecordVersion", {r.Version});
    if (!r.Note.isEmpty())
        text += "\n" + strings_.text("RecordNote", {r.Note});
    set_label(control("Record"), text);
}

OUString ApprovalPanel::type_words(const OUString& type) const
{
    if (type == "noted")
        return strings_.text("TypeNoted");
    if (type == "significant-change-approved")
        return strings_.text("TypeSignificantChange");
    return strings_.text("TypeApproved");
}

void ApprovalPanel::section_chosen()
{
    if (showing_)
        return;
    uno::log_if_it_fails("Approval panel: going to a section", [&] {
        const int i = selected(control("ChangedList"));
        if (i >= 0 && static_cast<std::size_t>(i) < listed_sections_.size())
            uno::go_to_section(document_, listed_sections_[static_cast<std::size_t>(i)]);
    });
}

void ApprovalPanel::record_approval()
{
    uno::log_if_it_fails("Approval panel: recording an approval", [&] {
        if (!document_.is())
            return;
        const bool recorded = run_record_approval_dialog(context_, document_);
        if (watch_.is())
            watch_->refresh_now();
        if (recorded)
            say(strings_.text("Stamped"));
    });
}

void ApprovalPanel::insert_block()
{
    if (!document_.is())
        return;
    const OUString status = status_of_action("insert the approval block", strings_, [&] {
        Reference<org::preventtoolkit::XApproval>(
            context_->getServiceManager()->createInstanceWithContext("org.preventtoolkit.Approval", context_),
            UNO_QUERY_THROW)
            ->insertApprovalBlock(document_);
        return strings_.text("BlockInserted");
    });
    if (watch_.is())
        watch_->refresh_now();
    say(status);
}

void ApprovalPanel::say(const OUString& status)
{
    set_label(control("Status"), status);
}

void ApprovalPanel::dispose()
{
    if (watch_.is()) {
        watch_->unsubscribe(this);
        watch_.clear();
    }
    events_.stop();
    document_.clear();
    XdlPanelContent::dispose();
}

}  // namespace prevent::sidebar
