// The Action plan panel (Calc): the counts of the plan (open, overdue, complete), Create sheet,
// Adopt this sheet, the assessment to keep in step with (an open Writer document, or a file the
// user chooses, read by the service hidden and read-only), Bring in actions, Insert summary, and
// the findings (choose one to select its cell) — all through the ActionPlan service. It looks again
// after each pause in editing (the shared snapshot), never while the user types.
#pragma once

#include "finding_rows.hxx"
#include "snapshot_panel.hxx"

#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XActionPlanFiles.hpp>

#include <vector>

namespace prevent::sidebar {

class ActionPlanPanel : public SnapshotPanel {
public:
    explicit ActionPlanPanel(const PanelArguments& arguments);

    void snapshot_ready(const DocumentSnapshot& snapshot) override;

private:
    // What the plan is kept in step with: nothing, an open document, or a file (its URL).
    struct Assessment {
        css::uno::Reference<css::frame::XModel> document;
        rtl::OUString file;
        bool is() const { return document.is() || !file.isEmpty(); }
    };

    void show();
    void list_assessments();
    void choose_file();
    Assessment chosen_assessment() const;
    css::uno::Sequence<org::preventtoolkit::Finding> check(const Assessment& assessment);
    // The plan is not the snapshot's: after an action it is read again at once.
    void after_action() override { show(); }
    void release() override;
    css::uno::Reference<org::preventtoolkit::XActionPlan> plans() const;
    css::uno::Reference<org::preventtoolkit::XActionPlanFiles> plan_files() const;

    FindingRows findings_;
    std::vector<css::uno::WeakReference<css::frame::XModel>>
        assessments_;     // the choice's items after "(none)"
    rtl::OUString file_;  // the assessment file the user chose, last in the choice; empty: none
    bool file_chosen_ = false;     // the file is the choice (kept while open documents come and go)
    bool linked_checked_ = false;  // the plan's own assessment was looked for (once)
    bool file_unreadable_ = false;  // the last check could not read the file (and said so)
};

}  // namespace prevent::sidebar
