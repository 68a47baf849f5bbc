// The Action plan panel (Calc): the counts of the plan (open, overdue, complete), Create sheet,
// Adopt this sheet, the assessment to keep in step with (an open Writer document, or a file the
// user chooses, read by the service hidden and read-only), Bring in actions, Insert summary, and the findings (choose one to select its cell) — all through the
// ActionPlan service. It looks again after each pause in editing (the shared snapshot), never
// while the user types.
#pragma once

#include "control_access.hxx"
#include "document_snapshot.hxx"
#include "findings_list.hxx"
#include "panel_strings.hxx"
#include "xdl_panel_content.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XActionPlanFiles.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <optional>
#include <vector>

namespace prevent::sidebar {

class ActionPlanPanel : public XdlPanelContent, public SnapshotListener {
public:
    ActionPlanPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::awt::XWindowPeer>& parent,
                    const css::uno::Reference<css::frame::XModel>& document, std::function<void()> height_changed);

    void dispose() override;
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
    void act(const char* what, const std::function<rtl::OUString()>& action);
    void say(const rtl::OUString& status);
    css::uno::Reference<org::preventtoolkit::XActionPlan> plans() const;
    css::uno::Reference<org::preventtoolkit::XActionPlanFiles> plan_files() const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    std::function<void()> height_changed_;
    PanelStrings strings_;
    ControlEvents events_;
    rtl::Reference<DocumentWatch> watch_;
    FindingsList findings_;
    std::vector<css::uno::WeakReference<css::frame::XModel>> assessments_;  // the choice's items after "(none)"
    rtl::OUString file_;  // the assessment file the user chose, last in the choice; empty: none
    bool file_chosen_ = false;  // the file is the choice (kept while open documents come and go)
    bool file_unreadable_ = false;  // the last check could not read the file (and said so)
    bool showing_ = false;
};

}  // namespace prevent::sidebar
