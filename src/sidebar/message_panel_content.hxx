// A panel that could not be built shows one line in its place (and the reason goes to the log),
// so that the user sees something is wrong instead of a panel that silently vanished.
#pragma once

#include "control_stack.hxx"
#include "panel_content.hxx"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <memory>

namespace prevent::sidebar {

class MessagePanelContent : public PanelContent {
public:
    // Builds with the AWT toolkit alone: it must work when dialogs or resources do not.
    MessagePanelContent(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::awt::XWindowPeer>& parent,
                        const rtl::OUString& message);

    css::uno::Reference<css::awt::XWindow> window() const override { return window_; }
    int layout(int width, bool apply) override;
    void dispose() override;

private:
    css::uno::Reference<css::awt::XWindow> window_;
    std::unique_ptr<ControlStack> stack_;
};

}  // namespace prevent::sidebar
