#include "sidebar_panel.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <atomic>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

PanelPlace read_panel_place(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                            const css::uno::Reference<css::uno::XInterface>& caller)
{
    PanelPlace place;
    for (const auto& argument : arguments) {
        if (argument.Name == "Frame")
            argument.Value >>= place.frame;
        else if (argument.Name == "ParentWindow")
            argument.Value >>= place.parent;
        else if (argument.Name == "Sidebar")
            argument.Value >>= place.sidebar;
    }
    if (!css::uno::Reference<css::awt::XWindowPeer>(place.parent, css::uno::UNO_QUERY).is())
        throw css::lang::IllegalArgumentException("a panel needs a ParentWindow", caller, 1);
    return place;
}

namespace {

std::atomic<int> open_panels{0};
// The sidebar opens the deck at its panels' largest minimal width and never narrower: wide
// enough for most area titles in one line. Wider sidebars are laid out to their width.
constexpr int kMinimalWidth = 250;

}  // namespace

SidebarPanel::SidebarPanel(const Reference<css::uno::XComponentContext>& context,
                           Reference<css::frame::XFrame> frame, Reference<css::awt::XWindow> parent,
                           Reference<css::ui::XSidebar> sidebar, rtl::OUString resource_url)
    : SidebarPanelBase(m_aMutex),
      context_(context),
      frame_(std::move(frame)),
      parent_(std::move(parent)),
      sidebar_(std::move(sidebar)),
      resource_url_(std::move(resource_url))
{
    ++open_panels;
    const auto size = parent_->getPosSize();
    css::awt::WindowDescriptor descriptor;
    descriptor.Type = css::awt::WindowClass_SIMPLE;
    descriptor.WindowServiceName = "window";
    descriptor.Parent.set(parent_, UNO_QUERY_THROW);
    descriptor.ParentIndex = -1;
    descriptor.Bounds = css::awt::Rectangle(0, 0, size.Width, size.Height);
    descriptor.WindowAttributes = css::awt::WindowAttribute::SHOW;
    host_.set(css::awt::Toolkit::create(context)->createWindow(descriptor), UNO_QUERY_THROW);
}

Reference<css::awt::XWindowPeer> SidebarPanel::host() const
{
    return Reference<css::awt::XWindowPeer>(host_, UNO_QUERY);
}

SidebarPanel::~SidebarPanel()
{
    if (counted_)
        --open_panels;
}

int SidebarPanel::open_count() { return open_panels.load(); }

void SidebarPanel::set_content(std::unique_ptr<PanelContent> content)
{
    content_ = std::move(content);
    parent_->addWindowListener(this);
    place(parent_->getPosSize().Width);
    // The panel's id in the deck: the last part of its resource URL, in the toolkit's names.
    const rtl::OUString part = resource_url_.copy(resource_url_.lastIndexOf('/') + 1);
    keyboard_ = new PanelKeyboard(context_, frame_, "org.preventtoolkit." + uno::to_utf8(part),
                                  content_->window(),
                                  [content = content_.get()] { return content->tab_stops(); });
    keyboard_->start();
}

void SidebarPanel::place(int width)
{
    if (!content_ || width <= 0)
        return;
    width_ = width;
    height_ = content_->layout(width, true);
    content_->window()->setPosSize(0, 0, width, height_, css::awt::PosSize::POSSIZE);
    host_->setPosSize(0, 0, width, height_, css::awt::PosSize::SIZE);
}

void SidebarPanel::relayout()
{
    const int before = height_;
    place(width_);
    if (height_ != before && sidebar_.is())
        sidebar_->requestLayout();
}

sal_Int16 SAL_CALL SidebarPanel::getType() { return css::ui::UIElementType::TOOLPANEL; }

Reference<css::uno::XInterface> SAL_CALL SidebarPanel::getRealInterface()
{
    return static_cast<css::ui::XToolPanel*>(this);
}

Reference<css::awt::XWindow> SAL_CALL SidebarPanel::getWindow()
{
    return content_ ? content_->window() : nullptr;
}

Reference<css::accessibility::XAccessible> SAL_CALL
SidebarPanel::createAccessible(const Reference<css::accessibility::XAccessible>&)
{
    return Reference<css::accessibility::XAccessible>(getWindow(), UNO_QUERY);
}

css::ui::LayoutSize SAL_CALL SidebarPanel::getHeightForWidth(sal_Int32 width)
{
    int height = height_;  // the last known height, if the content cannot say
    uno::log_if_it_fails("sidebar panel height",
                         [&] { height = content_ ? content_->layout(width, false) : 0; });
    return css::ui::LayoutSize(height, height, height);
}

sal_Int32 SAL_CALL SidebarPanel::getMinimalWidth() { return kMinimalWidth; }

void SAL_CALL SidebarPanel::windowResized(const css::awt::WindowEvent& event)
{
    uno::log_if_it_fails("sidebar panel layout", [&] { place(event.Width); });
}

void SAL_CALL SidebarPanel::disposing(const css::lang::EventObject& event)
{
    if (event.Source == parent_)
        parent_.clear();
}

void SAL_CALL SidebarPanel::disposing()
{
    try {
        if (parent_.is())
            parent_->removeWindowListener(this);
        if (keyboard_.is())
            keyboard_->stop();
        if (content_)
            content_->dispose();
        if (const Reference<css::lang::XComponent> host{host_, UNO_QUERY}; host.is())
            host->dispose();
    } catch (...) {  // the document is closing: nothing may stop it
    }
    keyboard_.clear();
    content_.reset();
    host_.clear();
    parent_.clear();
    frame_.clear();
    sidebar_.clear();
    if (counted_) {
        counted_ = false;
        --open_panels;
    }
}

}  // namespace prevent::sidebar
