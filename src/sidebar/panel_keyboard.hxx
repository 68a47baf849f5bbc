// The keyboard path through a Prevent panel, as through LibreOffice's own: Tab from the panel's
// title enters its first control; Tab from its last control goes on to the next panel's title and
// Shift+Tab from its first control back to its own. LibreOffice 7.4 gives a panel made by an
// extension neither (focus stops on the panel's empty window, then cycles inside the panel), and
// no API to ask for it: the panel follows the focus into its windows, and a key handler of the
// toolkit takes Tab at the panel's edges and gives the focus to a title through the
// accessibility API, as assistive technology would.
#pragma once

#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleEventListener.hpp>
#include <cppuhelper/implbase2.hxx>

#include "posted_call.hxx"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace prevent::sidebar {

class PanelKeyboard : public cppu::WeakImplHelper2<css::awt::XKeyHandler,
                                                   css::accessibility::XAccessibleEventListener> {
public:
    using TabStops = std::function<std::vector<css::uno::Reference<css::awt::XWindow>>()>;

    // panel_id: the panel's id in the deck (org.preventtoolkit.CoveragePanel); content: the
    // window of the panel's controls, inside the windows that must pass the focus on; tab_stops:
    // the panel's controls that take the focus, in tab order.
    PanelKeyboard(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, std::string panel_id,
                  const css::uno::Reference<css::awt::XWindow>& content, TabStops tab_stops);
    void start();
    void stop();  // no more calls; listeners and the key handler removed

    // XKeyHandler
    sal_Bool SAL_CALL keyPressed(const css::awt::KeyEvent& event) override;
    sal_Bool SAL_CALL keyReleased(const css::awt::KeyEvent&) override { return false; }
    // XAccessibleEventListener (the windows around the panel's, which have no UNO peer)
    void SAL_CALL notifyEvent(const css::accessibility::AccessibleEventObject& event) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    // Scrolls the deck so that the control with the focus is in view (the sidebar does not).
    void show_focused();
    void enter();  // the focus on to the first control
    int focused_stop(const std::vector<css::uno::Reference<css::awt::XWindow>>& stops) const;
    // Gives the focus to the title of the panel `step` places from this one in the deck (0: its
    // own); true when it could.
    bool focus_title(int step) const;
    css::uno::Reference<css::accessibility::XAccessibleContext> title(int step) const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XExtendedToolkit> toolkit_;
    css::uno::Reference<css::frame::XFrame> frame_;
    std::string panel_id_;
    css::uno::Reference<css::awt::XWindow> content_;
    TabStops tab_stops_;
    std::vector<css::uno::Reference<css::accessibility::XAccessibleContext>> around_;
    mutable std::map<rtl::OUString, css::uno::Reference<css::accessibility::XAccessibleContext>>
        titles_;
    rtl::Reference<PostedCall> showing_;
    bool started_ = false;
};

}  // namespace prevent::sidebar
