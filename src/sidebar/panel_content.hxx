// What fills a sidebar panel: a window of controls that lays itself out for a width. The panel
// frame (SidebarPanel) owns one and knows nothing of what is inside.
#pragma once

#include <vector>

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace prevent::sidebar {

class PanelContent {
public:
    virtual ~PanelContent() = default;

    virtual css::uno::Reference<css::awt::XWindow> window() const = 0;

    // Places the controls for this width (pixels) when apply is true; returns the height needed.
    virtual int layout(int width, bool apply) = 0;

    // The controls that take the focus now (shown, enabled, tab stops), in tab order.
    virtual std::vector<css::uno::Reference<css::awt::XWindow>> tab_stops() const { return {}; }

    // Releases listeners and windows; the content is not used afterwards.
    virtual void dispose() = 0;
};

}  // namespace prevent::sidebar
