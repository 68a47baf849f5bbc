#include "coverage_panel.hxx"

#include "control_access.hxx"
#include "extension_files.hxx"

#include "uno/base/catalogue_configuration.hxx"
#include "uno/view/area_reviews.hxx"
#include "uno/view/document_locations.hxx"
#include "uno/base/fault_point.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_state.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <org/preventtoolkit/CoverageChecker.hpp>
#include <org/preventtoolkit/DocumentProfile.hpp>

#include <algorithm>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using prevent::uno::to_utf8;
using rtl::OUString;

namespace prevent::sidebar {

CoveragePanel::CoveragePanel(const PanelArguments& arguments)
    : SnapshotPanel(arguments, "CoveragePanel"), findings_(*this, context_, guard())
{
    try {
        catalogue_.emplace(uno::read_catalogue_configuration(context_));
    } catch (const core::CatalogueError& e) {
        // The panel stays, saying what is wrong; the administrator finds the details in the log.
        uno::log_problem("Coverage panel", e.what());
        say(strings_.text("CatalogueInvalid"));
        for (const char* name : {"ProfileList", "AreaList", "InsertSection", "NotApplicable",
                                 "CoveredBy", "ClearMark", "MarkReviewed", "ClearReviewed"})
            enable(control(name), false);
        return;
    }
    const auto& profiles = catalogue_->profiles();
    Sequence<OUString> titles(static_cast<sal_Int32>(profiles.size()));
    for (std::size_t i = 0; i < profiles.size(); ++i)
        titles[static_cast<sal_Int32>(i)] = from_utf8(profiles[i].title);
    model_of(control("ProfileList"))->setPropertyValue("StringItemList", Any(titles));
    select_profile(document_.is() ? to_utf8(profile_service()->getProfile(document_))
                                  : profiles.front().id);

    // Follow the models, not the controls' item events: a choice made with the mouse, the
    // keyboard or by a macro on the model all end there.
    events_.on_property("ProfileList", "SelectedItems", [this] { profile_chosen(); });
    events_.on_property("AreaList", "SelectedItems", [this] { area_chosen(); });
    events_.on_button("InsertSection", [this] { insert_section(""); });
    events_.on_button("NotApplicable", [this] {
        act_on_area("mark not applicable", [this](const std::string& area) {
            if (const auto reason = ask_reason())
                checker()->markNotApplicable(document_, from_utf8(area), from_utf8(*reason));
        });
    });
    events_.on_button("CoveredBy", [this] {
        act_on_area("mark covered by", [this](const std::string& area) {
            if (const auto heading = ask_heading())
                checker()->markCoveredBy(document_, from_utf8(area), from_utf8(*heading));
        });
    });
    events_.on_button("ClearMark", [this] {
        act_on_area("clear mark", [this](const std::string& area) {
            checker()->clearMark(document_, from_utf8(area));
        });
    });
    events_.on_button("MarkReviewed", [this] {
        act_on_area("mark reviewed", [this](const std::string& area) {
            checker()->markReviewed(document_, from_utf8(area));
        });
    });
    events_.on_button("ClearReviewed", [this] {
        act_on_area("clear reviewed", [this](const std::string& area) {
            checker()->clearReviewed(document_, from_utf8(area));
        });
    });
    if (document_.is()) {
        document_properties_.set(
            Reference<css::document::XDocumentPropertiesSupplier>(document_, UNO_QUERY_THROW)
                ->getDocumentProperties(),
            UNO_QUERY);
        if (document_properties_.is()) {
            document_relay_ = new ListenerRelay([this] { document_properties_changed(); });
            document_properties_->addModifyListener(document_relay_.get());
        }
    }
    follow_document();
}

Reference<org::preventtoolkit::XCoverageChecker> CoveragePanel::checker() const
{
    return org::preventtoolkit::CoverageChecker::create(context_);
}

Reference<org::preventtoolkit::XDocumentProfile> CoveragePanel::profile_service() const
{
    return org::preventtoolkit::DocumentProfile::create(context_);
}

void CoveragePanel::snapshot_ready(const DocumentSnapshot& snapshot)
{
    guarded("showing a snapshot", [&] {
        snapshot_ = snapshot;
        // A document with no stored profile is checked with the one its words point at: show that.
        const std::string checked = snapshot_.coverage ? to_utf8(snapshot_.coverage->Profile) : "";
        if (catalogue_ && !checked.empty() && checked != profile_ && document_.is() &&
            catalogue_->has_profile(checked) &&
            profile_service()->getStoredProfile(document_).isEmpty())
            select_profile(checked);
        else
            show();
    });
}

// Shows the profile as chosen; the selection's own listener then finds nothing to do.
void CoveragePanel::select_profile(const std::string& profile)
{
    profile_ = profile;
    const auto& profiles = catalogue_->profiles();
    const auto chosen = std::find_if(profiles.begin(), profiles.end(),
                                     [&](const core::Profile& p) { return p.id == profile_; });
    {
        const Refill refill(*this);
        set_selected(control("ProfileList"), static_cast<int>(chosen - profiles.begin()));
    }
    show();
}

const org::preventtoolkit::AreaCoverage* CoveragePanel::coverage_of(const std::string& area) const
{
    if (!checked())
        return nullptr;
    for (const auto& a : snapshot_.coverage->Areas)
        if (to_utf8(a.AreaId) == area)
            return &a;
    return nullptr;
}

// The area's line in the checklist: its mark and state, in the panel's strings.
OUString CoveragePanel::area_item(const core::ProfileArea& profile_area) const
{
    const core::Area& area = *profile_area.area;
    OUString title = from_utf8(area.title);
    if (profile_area.expectation == core::Expectation::Recommended)
        title = strings_.text("AreaRecommended", {title});
    const auto* c = coverage_of(area.id);
    if (!c)
        return strings_.text("AreaNotChecked", {title});
    if (c->State.equalsAscii(core::kCovered)) {
        const auto reviewed = uno::reviewed_on(*c);
        if (reviewed.empty())
            return strings_.text("AreaCovered", {title});
        return strings_.text(c->EditedSinceReview ? "AreaReviewedEdited" : "AreaReviewed",
                             {title, from_utf8(reviewed)});
    }
    if (c->State.equalsAscii(core::kEmpty))
        return strings_.text("AreaEmpty", {title});
    if (c->State.equalsAscii(core::kNotApplicable))
        return strings_.text("AreaNotApplicable", {title, c->Reason});
    if (c->PossibleHeadings.getLength() > 0)
        return strings_.text("AreaPossible", {title, c->PossibleHeadings[0]});
    return strings_.text("AreaMissing", {title});
}

// "12 of 15 areas covered…" after a check; before one, what the profile expects.
OUString CoveragePanel::summary_text(const std::vector<core::ProfileArea>& areas) const
{
    const auto& profile_title =
        std::find_if(catalogue_->profiles().begin(), catalogue_->profiles().end(),
                     [&](const core::Profile& p) { return p.id == profile_; })
            ->title;
    const auto total = static_cast<sal_Int32>(areas.size());
    if (checked()) {
        const auto count = [&](const char* state) {
            return OUString::number(static_cast<sal_Int32>(
                std::count_if(areas.begin(), areas.end(), [&](const core::ProfileArea& a) {
                    const auto* c = coverage_of(a.area->id);
                    return c && c->State.equalsAscii(state);
                })));
        };
        const auto summary = strings_.text(
            "Summary", {count(core::kCovered), OUString::number(total), from_utf8(profile_title),
                        count(core::kEmpty), count(core::kMissing), count(core::kNotApplicable)});
        // And how many covered areas were reviewed in this operating year (docs/findings.md).
        const auto reviews = uno::year_reviews(*snapshot_.coverage);
        if (reviews.covered == 0)
            return summary;
        return summary + " " +
               strings_.text("SummaryReviewed",
                             {OUString::number(reviews.reviewed), OUString::number(reviews.covered),
                              from_utf8(reviews.year)});
    }
    if (document_.is() && uno::is_read_only(document_))
        return strings_.text("ReadOnly");
    const auto expected = static_cast<sal_Int32>(std::count_if(
        areas.begin(), areas.end(),
        [](const core::ProfileArea& a) { return a.expectation == core::Expectation::Expected; }));
    return strings_.text("SummaryWithoutCheck",
                         {OUString::number(total), from_utf8(profile_title),
                          OUString::number(expected), OUString::number(total - expected)});
}

bool CoveragePanel::checked() const
{
    return snapshot_.coverage && to_utf8(snapshot_.coverage->Profile) == profile_;
}

void CoveragePanel::show()
{
    if (!catalogue_)
        return;
    const std::string kept = chosen_area();
    const auto areas = catalogue_->areas_for(profile_);
    std::vector<OUString> items;
    listed_areas_.clear();
    for (const auto& a : areas) {
        listed_areas_.push_back(a.area->id);
        items.push_back(area_item(a));
    }
    {
        const Refill refill(*this);
        uno::fault_point("panel-show");  // tests: a failure while the lists are filled
        set_items(control("AreaList"), items);
        const auto again = std::find(listed_areas_.begin(), listed_areas_.end(), kept);
        set_selected(control("AreaList"), again == listed_areas_.end()
                                              ? -1
                                              : static_cast<int>(again - listed_areas_.begin()));
        set_label(control("Summary"), summary_text(areas));
        findings_.show(checked() ? snapshot_.coverage->Findings
                                 : css::uno::Sequence<org::preventtoolkit::Finding>(),
                       document_, [this](const auto& f) { return fix_for(f); });
    }
    update_buttons();
    height_changed();
}

// The chosen area's evidence as the list's tooltip: which headings count for it, and why.
void CoveragePanel::show_evidence(const org::preventtoolkit::AreaCoverage* c)
{
    OUString tip = strings_.text("CoveragePanel.AreaList.HelpText");
    if (c && c->Evidence.getLength() > 0) {
        OUString lines;
        for (const auto& line : c->Evidence)
            lines += (lines.isEmpty() ? OUString() : OUString("\n")) + line;
        tip = strings_.text("AreaEvidence", {c->Title, lines});
    } else if (c && c->State.equalsAscii(core::kMissing)) {
        tip = strings_.text("AreaNoEvidence", {c->Title});
    }
    model_of(control("AreaList"))->setPropertyValue("HelpText", Any(tip));
}

std::string CoveragePanel::chosen_area() const
{
    const int i = selected(control("AreaList"));
    return i >= 0 && static_cast<std::size_t>(i) < listed_areas_.size()
               ? listed_areas_[static_cast<std::size_t>(i)]
               : "";
}

void CoveragePanel::update_buttons()
{
    const std::string area = chosen_area();
    const bool editable = document_.is() && !uno::is_read_only(document_) && !area.empty();
    const auto* c = coverage_of(area);
    show_evidence(c);
    enable(control("InsertSection"), editable && c && c->State.equalsAscii(core::kMissing));
    enable(control("NotApplicable"), editable);
    enable(control("CoveredBy"), editable);
    enable(control("ClearMark"), editable && c && c->Marked);
    enable(control("MarkReviewed"), editable && c && c->State.equalsAscii(core::kCovered));
    enable(control("ClearReviewed"), editable && c && !c->Reviewed.isEmpty());
}

void CoveragePanel::profile_chosen()
{
    if (refilling())
        return;
    guarded("choosing a profile", [&] {
        const int i = selected(control("ProfileList"));
        const auto& profiles = catalogue_->profiles();
        if (i < 0 || static_cast<std::size_t>(i) >= profiles.size() ||
            profiles[static_cast<std::size_t>(i)].id == profile_)
            return;
        profile_ = profiles[static_cast<std::size_t>(i)].id;
        if (!document_.is()) {
            show();
            return;
        }
        if (!uno::is_read_only(
                document_))  // read-only: used here, not stored (the summary says so)
            profile_service()->setProfile(document_, from_utf8(profile_));
        refresh_now();  // the user chose: show the new profile's states at once
    });
}

void CoveragePanel::document_properties_changed()
{
    guarded("following the document's profile", [&] {
        const std::string stored = to_utf8(profile_service()->getStoredProfile(document_));
        if (!stored.empty() && stored != profile_ && catalogue_->has_profile(stored))
            select_profile(stored);
    });
}

void CoveragePanel::area_chosen()
{
    if (refilling())
        return;
    guarded("going to an area", [&] {
        update_buttons();
        const auto* c = coverage_of(chosen_area());
        if (c && c->Headings.getLength() > 0)
            uno::go_to_heading(document_, to_utf8(c->Headings[0]));
    });
}

std::optional<FindingRows::Fix> CoveragePanel::fix_for(const org::preventtoolkit::Finding& f)
{
    if (f.Code != "area-missing" || f.AreaId.isEmpty() || !document_.is() ||
        uno::is_read_only(document_))
        return std::nullopt;
    return FindingRows::Fix{strings_.text("FixInsertSection"),
                            strings_.text("FixInsertSectionHelp"),
                            [this, area = to_utf8(f.AreaId)] { insert_section(area); }};
}

// An action of the user's on the chosen area, through CoverageChecker; the panel then shows the
// new state at once. A refusal (read-only, protected text) is said in the summary.
void CoveragePanel::act_on_area(const char* what,
                                const std::function<void(const std::string& area)>& action,
                                std::string area)
{
    if (area.empty())
        area = chosen_area();
    if (area.empty())
        return;
    act(what, [&] {
        action(area);
        return OUString();
    });
}

void CoveragePanel::insert_section(const std::string& area)
{
    act_on_area(
        "insert section",
        [this](const std::string& a) { checker()->insertSection(document_, from_utf8(a)); }, area);
}

void CoveragePanel::say(const OUString& status) { set_label(control("Summary"), status); }

std::optional<std::string> CoveragePanel::ask_reason()
{
    const auto provider = css::awt::DialogProvider2::create(context_);
    const auto dialog = provider->createDialog(dialog_url(context_, "NotApplicableDialog"));
    const Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
    std::optional<std::string> reason;
    if (dialog->execute() == 1) {
        const std::string text = to_utf8(
            Reference<css::awt::XTextComponent>(controls->getControl("Reason"), UNO_QUERY_THROW)
                ->getText()
                .trim());
        if (!text.empty())
            reason = text;
    }
    dispose_with_model(dialog);
    return reason;
}

std::optional<std::string> CoveragePanel::ask_heading()
{
    const auto headings = uno::heading_texts(document_);
    const auto provider = css::awt::DialogProvider2::create(context_);
    const auto dialog = provider->createDialog(dialog_url(context_, "CoveredByDialog"));
    const Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
    Sequence<OUString> items(static_cast<sal_Int32>(headings.size()));
    for (std::size_t i = 0; i < headings.size(); ++i)
        items[static_cast<sal_Int32>(i)] = from_utf8(headings[i]);
    const auto list = controls->getControl("Headings");
    model_of(list)->setPropertyValue("StringItemList", Any(items));
    std::optional<std::string> heading;
    if (dialog->execute() == 1) {
        const int i = selected(list);
        if (i >= 0 && static_cast<std::size_t>(i) < headings.size())
            heading = headings[static_cast<std::size_t>(i)];
    }
    dispose_with_model(dialog);
    return heading;
}

void CoveragePanel::release()
{
    findings_.clear();
    if (document_relay_.is()) {
        document_relay_->cut();
        try {
            document_properties_->removeModifyListener(document_relay_.get());
        } catch (...) {
        }
        document_relay_.clear();
    }
    document_properties_.clear();
}

}  // namespace prevent::sidebar
