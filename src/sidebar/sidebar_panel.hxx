// The frame of every Prevent panel, the object the sidebar holds: it gives the sidebar the
// content's window, follows the width of its parent, reports the height the content needs, and
// releases everything when the document or the deck closes.
#pragma once

#include "panel_content.hxx"
#include "panel_keyboard.hxx"

#include <rtl/ref.hxx>

#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase4.hxx>

#include <functional>
#include <memory>

namespace prevent::sidebar {

// What the sidebar passes a panel factory: the document's frame, the window to build in, the
// sidebar itself. IllegalArgumentException (naming caller) when the window is missing.
struct PanelPlace {
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::awt::XWindow> parent;
    css::uno::Reference<css::ui::XSidebar> sidebar;
};
PanelPlace read_panel_place(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                            const css::uno::Reference<css::uno::XInterface>& caller);

typedef cppu::WeakComponentImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                       css::ui::XSidebarPanel, css::awt::XWindowListener>
    SidebarPanelBase;

class SidebarPanel : private cppu::BaseMutex, public SidebarPanelBase {
public:
    SidebarPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                 css::uno::Reference<css::frame::XFrame> frame,
                 css::uno::Reference<css::awt::XWindow> parent,
                 css::uno::Reference<css::ui::XSidebar> sidebar, rtl::OUString resource_url);
    ~SidebarPanel() override;

    // The window to build the content in: a plain window filling the parent. The sidebar's
    // parent is a layout bin that takes its child's preferred size as its natural width, and a
    // window of controls prefers its current size: laid out directly in the parent, a panel
    // could never become narrower than it once was. A plain window prefers no size at all.
    css::uno::Reference<css::awt::XWindowPeer> host() const;

    // Takes the content and starts following the parent's size.
    void set_content(std::unique_ptr<PanelContent> content);

    // Lays the content out again and asks the sidebar for a new layout when its height changed.
    void relayout();

    // Panels alive and not yet disposed, in this office.
    static int open_count();

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    rtl::OUString SAL_CALL getResourceURL() override { return resource_url_; }
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XWindowListener (the parent window)
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    void SAL_CALL disposing() override;  // from dispose(): undo everything
    void place(int width);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    css::uno::Reference<css::awt::XWindow> host_;
    css::uno::Reference<css::ui::XSidebar> sidebar_;
    rtl::OUString resource_url_;
    std::unique_ptr<PanelContent> content_;
    rtl::Reference<PanelKeyboard> keyboard_;
    int width_ = 0;
    int height_ = 0;
    bool counted_ = true;
};

}  // namespace prevent::sidebar
