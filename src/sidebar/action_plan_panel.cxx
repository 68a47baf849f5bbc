#include "action_plan_panel.hxx"

#include "file_choice.hxx"

#include "uno/base/fault_point.hxx"
#include "uno/base/shown_path.hxx"
#include "uno/base/log.hxx"
#include "uno/view/linked_documents.hxx"
#include "uno/view/plan_status.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_state.hxx"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <cppuhelper/weakref.hxx>
#include <org/preventtoolkit/ActionPlan.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using prevent::uno::to_utf8;
using rtl::OUString;

namespace prevent::sidebar {

ActionPlanPanel::ActionPlanPanel(const PanelArguments& arguments)
    : SnapshotPanel(arguments, "ActionPlanPanel"), findings_(*this, context_, guard())
{
    events_.on_button("CreateSheet", [this] {
        act("create the action plan sheet",
            [this] { return strings_.text("Created", {plans()->createSheet(document_)}); });
    });
    events_.on_button("AdoptSheet", [this] {
        act("adopt the sheet", [this] {
            const Reference<css::sheet::XSpreadsheetView> view(document_->getCurrentController(),
                                                               UNO_QUERY_THROW);
            const OUString name =
                Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)
                    ->getName();
            return strings_.text("Adopted", {plans()->adoptSheet(document_, name)});
        });
    });
    events_.on_button("ImportActions", [this] {
        act("bring in actions", [this] {
            const auto assessment = chosen_assessment();
            if (!assessment.is())
                return strings_.text("ChooseAssessment");
            const sal_Int32 added =
                assessment.document.is()
                    ? plans()->importActions(document_, assessment.document)
                    : plan_files()->importActionsFromFile(document_, assessment.file);
            return added == 0   ? strings_.text("ImportedNone")
                   : added == 1 ? strings_.text("ImportedOne")
                                : strings_.text("Imported", {OUString::number(added)});
        });
    });
    events_.on_button("ChooseFile",
                      [this] { guarded("choosing the assessment file", [&] { choose_file(); }); });
    events_.on_button("InsertSummary", [this] {
        act("insert the summary",
            [this] { return strings_.text("Summarised", {plans()->insertSummary(document_)}); });
    });
    events_.on_property("AssessmentChoice", "SelectedItems", [this] {
        if (refilling())
            return;
        file_chosen_ = !file_.isEmpty() && selected(control("AssessmentChoice")) ==
                                               static_cast<int>(assessments_.size()) + 1;
        guarded("choosing the assessment", [&] { show(); });
    });
    follow_document();  // shows the current state at once
}

Reference<org::preventtoolkit::XActionPlan> ActionPlanPanel::plans() const
{
    return org::preventtoolkit::ActionPlan::create(context_);
}

Reference<org::preventtoolkit::XActionPlanFiles> ActionPlanPanel::plan_files() const
{
    return Reference<org::preventtoolkit::XActionPlanFiles>(plans(), UNO_QUERY_THROW);
}

void ActionPlanPanel::choose_file()
{
    const auto url = choose_file_to_open(context_, strings_.text("FileDialogTitle"),
                                         {{strings_.text("FileFilterText"), "*.odt;*.ott"},
                                          {strings_.text("FileFilterAll"), "*.*"}});
    if (!url)
        return;
    file_ = *url;
    file_chosen_ = true;
    show();
    if (!file_unreadable_)
        say(strings_.text("FileChosen", {uno::shown_file_name(file_)}));
}

void ActionPlanPanel::snapshot_ready(const DocumentSnapshot&)
{
    // A pause in editing: the plan (and the chosen assessment) are read now, never while typing.
    guarded("showing the plan", [&] { show(); });
}

// The open Writer documents, then the chosen file; the current choice kept while it is there.
void ActionPlanPanel::list_assessments()
{
    const auto chosen = chosen_assessment();
    const auto open = uno::open_text_documents(context_);
    std::vector<OUString> items{strings_.text("NoAssessment")};
    assessments_.clear();
    int keep = 0;
    for (const auto& [title, model] : open) {
        items.push_back(from_utf8(title));
        assessments_.emplace_back(model);
        if (chosen.document.is() && model == chosen.document)
            keep = static_cast<int>(assessments_.size());
    }
    if (!file_.isEmpty()) {
        items.push_back(strings_.text("FileItem", {uno::shown_file_name(file_)}));
        if (file_chosen_)
            keep = static_cast<int>(items.size()) - 1;
    }
    // None chosen yet: the plan's own assessment (Prevent.Assessment), else the one open.
    if (!chosen.is() && !file_chosen_ && !linked_checked_) {
        linked_checked_ = true;
        const auto linked = uno::linked_assessment(context_, document_);
        for (std::size_t i = 0; i < assessments_.size() && linked.document.is(); ++i)
            if (Reference<css::frame::XModel>(assessments_[i]) == linked.document)
                keep = static_cast<int>(i) + 1;
        if (keep == 0 && !linked.file.isEmpty()) {
            file_ = linked.file;
            file_chosen_ = true;
            items.push_back(strings_.text("FileItem", {uno::shown_file_name(file_)}));
            keep = static_cast<int>(items.size()) - 1;
        }
    }
    if (!chosen.is() && !file_chosen_ && keep == 0 && open.size() == 1)
        keep = 1;
    set_items(control("AssessmentChoice"), items);
    set_selected(control("AssessmentChoice"), keep);
}

ActionPlanPanel::Assessment ActionPlanPanel::chosen_assessment() const
{
    const int i = selected(control("AssessmentChoice"));
    if (file_chosen_)
        return {nullptr, file_};
    if (i < 1 || static_cast<std::size_t>(i) > assessments_.size())
        return {};
    return {Reference<css::frame::XModel>(assessments_[static_cast<std::size_t>(i - 1)]),
            OUString()};
}

// The plan's findings against the chosen assessment; a file that cannot be read is said, and the
// plan checked alone.
css::uno::Sequence<org::preventtoolkit::Finding> ActionPlanPanel::check(
    const Assessment& assessment)
{
    file_unreadable_ = false;
    if (assessment.file.isEmpty())
        return plans()->check(document_, assessment.document);
    try {
        return plan_files()->checkAgainstFile(document_, assessment.file);
    } catch (const css::lang::IllegalArgumentException& e) {
        if (e.ArgumentPosition != 2)
            throw;
        file_unreadable_ = true;
        say(strings_.text("FileUnreadable", {e.Message}));
        return plans()->check(document_, nullptr);
    }
}

void ActionPlanPanel::show()
{
    const auto counts = uno::plan_counts(document_);
    {
        const Refill refill(*this);
        uno::fault_point("panel-show");  // tests: a failure while the lists are filled
        list_assessments();
        set_label(control("Counts"),
                  counts ? strings_.text("Counts", {OUString::number(counts->actions),
                                                    OUString::number(counts->open),
                                                    OUString::number(counts->overdue),
                                                    OUString::number(counts->complete)})
                         : strings_.text("NoPlan"));
        css::uno::Sequence<org::preventtoolkit::Finding> found;
        try {
            found = check(chosen_assessment());
        } catch (const css::uno::Exception& e) {
            uno::log_problem("ActionPlanPanel: check", to_utf8(e.Message));
        }
        findings_.show(found, document_);
    }

    const bool editable = document_.is() && !uno::is_read_only(document_);
    enable(control("CreateSheet"), editable);
    enable(control("AdoptSheet"), editable);
    enable(control("ImportActions"), editable && chosen_assessment().is());
    enable(control("InsertSummary"), editable && counts.has_value());
    if (document_.is() && !editable)
        say(strings_.text("ReadOnly"));
    height_changed();
}

void ActionPlanPanel::release()
{
    findings_.clear();
    assessments_.clear();
    file_.clear();
}

}  // namespace prevent::sidebar
