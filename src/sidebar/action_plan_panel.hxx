// The Action plan panel (Calc): the counts of the plan (open, overdue, complete), Create sheet,
// Adopt this sheet, the assessment to keep in step with (an open Writer document), Bring in
// actions, Insert summary, and the findings (choose one to select its cell) — all through the
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
#include <rtl/ref.hxx>

#include <functional>
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
    void show();
    void list_assessments();
    css::uno::Reference<css::frame::XModel> chosen_assessment() const;
    void act(const char* what, const std::function<rtl::OUString()>& action);
    void say(const rtl::OUString& status);
    css::uno::Reference<org::preventtoolkit::XActionPlan> plans() const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    std::function<void()> height_changed_;
    PanelStrings strings_;
    ControlEvents events_;
    rtl::Reference<DocumentWatch> watch_;
    FindingsList findings_;
    std::vector<css::uno::WeakReference<css::frame::XModel>> assessments_;  // the choice's items after "(none)"
    bool showing_ = false;
};

}  // namespace prevent::sidebar
