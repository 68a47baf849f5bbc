// Panel content built from dialogs/<Name>.xdl (its strings from <Name>_en_GB.properties) and
// laid out by ControlStack. Panels with behaviour derive from it and reach their controls by name.
#pragma once

#include "control_stack.hxx"
#include "panel_content.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>

namespace prevent::sidebar {

class XdlPanelContent : public PanelContent {
public:
    XdlPanelContent(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::awt::XWindowPeer>& parent,
                    const char* dialog_name);

    css::uno::Reference<css::awt::XWindow> window() const override { return window_; }
    int layout(int width, bool apply) override;
    std::vector<css::uno::Reference<css::awt::XWindow>> tab_stops() const override;
    void dispose() override;

    // The dialog's controls, and rows made while the panel runs laid out after the anchor's row
    // (ControlStack::set_flow).
    const css::uno::Reference<css::awt::XControlContainer>& controls() const { return controls_; }
    void set_flow(const char* anchor, std::vector<ControlStack::FlowRow> rows);

protected:
    css::uno::Reference<css::awt::XControl> control(const char* name) const;

private:
    css::uno::Reference<css::awt::XWindow> window_;
    css::uno::Reference<css::awt::XControlContainer> controls_;
    std::unique_ptr<ControlStack> stack_;
};

}  // namespace prevent::sidebar
