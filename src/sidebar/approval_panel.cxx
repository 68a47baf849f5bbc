#include "approval_panel.hxx"

#include "band_colours.hxx"
#include "board_pack_dialog.hxx"
#include "record_approval_dialog.hxx"

#include "core/approval_states.hxx"
#include "core/long_date.hxx"
#include "uno/base/approval_conversion.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/view/document_locations.hxx"
#include "uno/base/fault_point.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_state.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/Approval.hpp>

#include <optional>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using prevent::uno::to_utf8;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

// A state with no band (unknown, not approved) is grey.
constexpr sal_Int32 kGrey = 0xE7E6E6;

OUString long_date(const css::util::Date& d)
{
    const auto day = uno::from_date(d);
    return day ? from_utf8(core::long_date(*day)) : OUString("?");
}

}  // namespace

ApprovalPanel::ApprovalPanel(const PanelArguments& arguments)
    : SnapshotPanel(arguments, "ApprovalPanel")
{
    // The state's colour, as the catalogue's bands colour green, amber and red risks.
    std::optional<core::Catalogue> catalogue;
    guarded("reading the catalogue's bands",
            [&] { catalogue.emplace(uno::read_catalogue_configuration(context_)); });
    const core::RatingScale* scale = catalogue ? &catalogue->rating() : nullptr;
    green_ = light_band_colour(scale, "green", 0xC5E7C7);
    amber_ = light_band_colour(scale, "amber", 0xFFECB3);
    red_ = light_band_colour(scale, "red", 0xF6C1BC);
    const Reference<css::lang::XServiceInfo> info(document_, UNO_QUERY);
    writer_ = info.is() && info->supportsService("com.sun.star.text.TextDocument");
    events_.on_button("RecordApproval", [this] { record_approval(); });
    events_.on_button("InsertBlock", [this] {
        act("insert the approval block", [this] {
            org::preventtoolkit::Approval::create(context_)->insertApprovalBlock(document_);
            return strings_.text("BlockInserted");
        });
    });
    events_.on_button("BoardPack", [this] { prepare_board_pack(); });
    events_.on_property("ChangedList", "SelectedItems", [this] { section_chosen(); });
    follow_document();
}

void ApprovalPanel::snapshot_ready(const DocumentSnapshot& snapshot)
{
    guarded("showing a snapshot", [&] {
        snapshot_ = snapshot;
        show();
    });
}

const org::preventtoolkit::ApprovalStatus& ApprovalPanel::status() const
{
    static const org::preventtoolkit::ApprovalStatus none;
    return snapshot_.approval ? *snapshot_.approval : none;
}

void ApprovalPanel::show()
{
    {
        const Refill refill(*this);
        uno::fault_point("panel-show");  // tests: a failure while the lists are filled
        show_state();
        show_record();
        show_changed_sections();
        show_history();
    }
    const bool editable = document_.is() && !uno::is_read_only(document_);
    enable(control("RecordApproval"), editable);
    enable(control("InsertBlock"), editable && writer_ && snapshot_.approval.has_value() &&
                                       status().History.getLength() > 0);
    // The pack is made from an assessment (Writer), and changes nothing in it: read-only is fine.
    enable(control("BoardPack"), document_.is() && writer_);
    if (document_.is() && !editable)
        say(strings_.text("ReadOnly"));
    height_changed();
}

// The sections changed since the approval (choose one to go to it), or why there are none.
void ApprovalPanel::show_changed_sections()
{
    const auto& a = status();
    listed_sections_.clear();
    std::vector<OUString> changed;
    if (snapshot_.approval.has_value()) {
        for (const auto& key : a.ChangedSections) {
            listed_sections_.push_back(to_utf8(key));
            changed.push_back(key.isEmpty() ? strings_.text("BeforeFirstHeading") : key);
        }
    }
    if (changed.empty())
        changed.push_back(strings_.text(snapshot_.approval.has_value() && a.History.getLength() > 0
                                            ? "NoChanges"
                                            : "NothingToCompare"));
    set_items(control("ChangedList"), changed);
}

// The approvals recorded, newest first: one entry a line, wrapping at the panel's width (a list
// cut them at its right edge, and there is nothing to choose in it).
void ApprovalPanel::show_history()
{
    const auto& a = status();
    std::vector<OUString> history;
    if (snapshot_.approval.has_value()) {
        for (sal_Int32 i = a.History.getLength(); i-- > 0;) {
            const auto& r = a.History[i];
            history.push_back(
                r.Version.isEmpty()
                    ? strings_.text("HistoryItem", {long_date(r.ApprovalDate), r.ApprovingBody,
                                                    type_words(r.ApprovalType)})
                    : strings_.text("HistoryItemWithVersion",
                                    {long_date(r.ApprovalDate), r.ApprovingBody,
                                     type_words(r.ApprovalType), r.Version}));
        }
    }
    if (history.empty())
        history.push_back(strings_.text("NoHistory"));
    OUString lines;
    for (const auto& entry : history)
        lines += (lines.isEmpty() ? OUString() : OUString("\n")) + entry;
    set_label(control("History"), lines);
}

void ApprovalPanel::show_state()
{
    const auto& a = status();
    OUString words;
    sal_Int32 colour = kGrey;
    const OUString body = a.Current.ApprovingBody, when = long_date(a.Current.ApprovalDate),
                   due = long_date(a.Current.NextReviewDue);
    if (!snapshot_.approval.has_value()) {
        words = strings_.text("StateUnknown");
    } else if (a.State.equalsAscii(core::kNotApproved)) {
        words = strings_.text("StateNotApproved");
    } else if (a.State.equalsAscii(core::kChangedSinceApproval)) {
        words = strings_.text(a.ReviewOverdue ? "StateChangedAndOverdue" : "StateChanged",
                              {body, when, due});
        colour = amber_;
    } else if (a.State.equalsAscii(core::kReviewOverdue)) {
        words = strings_.text("StateOverdue", {body, when, due});
        colour = red_;
    } else {
        words = strings_.text("StateApproved", {body, when, due});
        colour = green_;
    }
    set_label(control("State"), words);
    model_of(control("State"))->setPropertyValue("BackgroundColor", Any(colour));
}

void ApprovalPanel::show_record()
{
    const auto& a = status();
    if (!snapshot_.approval.has_value() || a.History.getLength() == 0) {
        set_label(control("Record"), OUString());
        return;
    }
    const auto& r = a.Current;
    OUString text = strings_.text("RecordBy", {r.ApprovedBy});
    text += "\n" + strings_.text("RecordDecision",
                                 {long_date(r.ApprovalDate), type_words(r.ApprovalType),
                                  r.MinuteReference.isEmpty()
                                      ? OUString()
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
    if (refilling())
        return;
    guarded("going to a section", [&] {
        const int i = selected(control("ChangedList"));
        if (i >= 0 && static_cast<std::size_t>(i) < listed_sections_.size())
            uno::go_to_section(document_, listed_sections_[static_cast<std::size_t>(i)]);
    });
}

void ApprovalPanel::record_approval()
{
    guarded("recording an approval", [&] {
        if (!document_.is())
            return;
        const bool recorded = run_record_approval_dialog(context_, document_);
        refresh_now();
        if (recorded)
            say(strings_.text("Stamped"));
    });
}

void ApprovalPanel::prepare_board_pack()
{
    guarded("preparing a board pack", [&] {
        if (!document_.is())
            return;
        if (const auto done = run_board_pack_dialog(context_, document_))
            say(*done);
    });
}

}  // namespace prevent::sidebar
