#include "panel_keyboard.hxx"

#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/accessibility/AccessibleEventId.hpp>
#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessibleEventBroadcaster.hpp>
#include <com/sun/star/accessibility/XAccessibleValue.hpp>
#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <algorithm>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace role = css::accessibility::AccessibleRole;

namespace prevent::sidebar {

namespace {

constexpr char kDeck[] = "org.preventtoolkit.Deck";

bool has_focus_state(const Reference<css::accessibility::XAccessibleContext>& context)
{
    if (!context.is())
        return false;
    const auto states = context->getAccessibleStateSet();
    return states.is() && states->contains(css::accessibility::AccessibleStateType::FOCUSED);
}

// A panel title: the deck shows each as an expander's button named by the panel's title.
Reference<css::accessibility::XAccessibleComponent> title_named(
    const Reference<css::accessibility::XAccessibleContext>& root, const rtl::OUString& title,
    int depth)
{
    if (!root.is() || depth < 0)
        return nullptr;
    const sal_Int16 r = root->getAccessibleRole();
    if (r == role::CHECK_BOX && root->getAccessibleName() == title)
        return Reference<css::accessibility::XAccessibleComponent>(root, UNO_QUERY);
    if (r == role::DOCUMENT_TEXT || r == role::DOCUMENT || r == role::PARAGRAPH)
        return nullptr;  // the document's content holds no title, and has many children
    const sal_Int32 count =
        std::min<sal_Int32>(static_cast<sal_Int32>(root->getAccessibleChildCount()), 200);
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto child = root->getAccessibleChild(i);
        if (auto found =
                title_named(child.is() ? child->getAccessibleContext() : nullptr, title, depth - 1);
            found.is())
            return found;
    }
    return nullptr;
}

}  // namespace

PanelKeyboard::PanelKeyboard(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame, std::string panel_id,
                             const Reference<css::awt::XWindow>& content, TabStops tab_stops)
    : context_(context),
      frame_(frame),
      panel_id_(std::move(panel_id)),
      content_(content),
      tab_stops_(std::move(tab_stops))
{
}

void PanelKeyboard::start()
{
    // Kept: each toolkit object listens to the office for as long as it lives.
    toolkit_.set(css::awt::Toolkit::create(context_), UNO_QUERY_THROW);
    toolkit_->addKeyHandler(this);
    // The sidebar gives the focus to windows of its own around the panel's, which have no UNO
    // peer to listen to (and the toolkit's focus listeners hear of top windows only): their
    // accessible objects say when they take it.
    const Reference<css::accessibility::XAccessible> inner(content_, UNO_QUERY);
    auto context = inner.is() ? inner->getAccessibleContext() : nullptr;
    for (int level = 0; context.is() && level < 4; ++level) {
        if (const Reference<css::accessibility::XAccessibleEventBroadcaster> b{context, UNO_QUERY};
            b.is()) {
            b->addAccessibleEventListener(this);
            around_.push_back(context);
        }
        const auto parent = context->getAccessibleParent();
        context = parent.is() ? parent->getAccessibleContext() : nullptr;
    }
    started_ = true;
}

void PanelKeyboard::stop()
{
    if (!started_)
        return;
    started_ = false;
    tab_stops_ = nullptr;
    content_.clear();
    for (const auto& context : around_)
        try {
            Reference<css::accessibility::XAccessibleEventBroadcaster>(context, UNO_QUERY_THROW)
                ->removeAccessibleEventListener(this);
        } catch (...) {
        }
    around_.clear();
    titles_.clear();
    if (showing_.is())
        showing_->cut();
    showing_.clear();
    try {
        if (toolkit_.is())
            toolkit_->removeKeyHandler(this);
    } catch (...) {  // the office is closing
    }
    toolkit_.clear();
}

void SAL_CALL PanelKeyboard::notifyEvent(const css::accessibility::AccessibleEventObject& event)
{
    if (event.EventId != css::accessibility::AccessibleEventId::STATE_CHANGED || !tab_stops_)
        return;
    sal_Int64 state = 0;
    if (!(event.NewValue >>= state) || state != css::accessibility::AccessibleStateType::FOCUSED)
        return;
    uno::log_if_it_fails("panel keyboard: entrance", [&] {
        const Reference<css::accessibility::XAccessibleContext> source(event.Source, UNO_QUERY);
        if (has_focus_state(source))
            enter();
    });
}

void PanelKeyboard::enter()
{
    // At once, as VCL's own dialog windows pass the focus on while they receive it.
    if (!tab_stops_)
        return;
    const auto stops = tab_stops_();
    if (!stops.empty())
        stops.front()->setFocus();
}

int PanelKeyboard::focused_stop(const std::vector<Reference<css::awt::XWindow>>& stops) const
{
    for (std::size_t i = 0; i < stops.size(); ++i) {
        if (const Reference<css::awt::XWindow2> w{stops[i], UNO_QUERY}; w.is() && w->hasFocus())
            return static_cast<int>(i);
        // A list box's focus is on the list inside it.
        const Reference<css::accessibility::XAccessible> a(stops[i], UNO_QUERY);
        const auto context = a.is() ? a->getAccessibleContext() : nullptr;
        if (has_focus_state(context))
            return static_cast<int>(i);
        const sal_Int32 children =
            context.is()
                ? std::min<sal_Int32>(static_cast<sal_Int32>(context->getAccessibleChildCount()), 4)
                : 0;
        for (sal_Int32 c = 0; c < children; ++c) {
            const auto child = context->getAccessibleChild(c);
            if (child.is() && has_focus_state(child->getAccessibleContext()))
                return static_cast<int>(i);
        }
    }
    return -1;
}

sal_Bool SAL_CALL PanelKeyboard::keyPressed(const css::awt::KeyEvent& event)
{
    if (event.KeyCode != css::awt::Key::TAB || !tab_stops_ ||
        (event.Modifiers & ~css::awt::KeyModifier::SHIFT) != 0)
        return false;
    bool handled = false;
    // Once the key has moved the focus: in view, if it is on one of this panel's controls.
    if (showing_.is())
        showing_->cut();
    showing_ = PostedCall::post(context_, [this] {
        uno::log_if_it_fails("panel keyboard: in view", [&] { show_focused(); });
    });
    uno::log_if_it_fails("panel keyboard: Tab", [&] {
        const bool back = (event.Modifiers & css::awt::KeyModifier::SHIFT) != 0;
        const auto stops = tab_stops_();
        const int at = focused_stop(stops);
        if (at < 0) {
            if (stops.empty())
                return;  // the panel is collapsed, or has nothing to reach
            if (!back && has_focus_state(title(0))) {
                // Tab on the panel's own title: to its first control (the sidebar would give the
                // focus to the panel's empty window first).
                stops.front()->setFocus();
                handled = true;
            } else if (back && has_focus_state(title(1))) {
                // Shift+Tab on the next panel's title: back to this panel's last control.
                stops.back()->setFocus();
                handled = true;
            }
            return;
        }
        if (!back && at == static_cast<int>(stops.size()) - 1)
            handled = focus_title(1);
        else if (back && at == 0)
            handled = focus_title(0);
    });
    return handled;
}

void PanelKeyboard::show_focused()
{
    if (!tab_stops_)
        return;
    // One of this panel's controls, its title, or the next panel's title (where Tab from the last
    // control went).
    Reference<css::accessibility::XAccessibleContext> shown;
    const auto stops = tab_stops_();
    if (const int at = focused_stop(stops); at >= 0) {
        const Reference<css::accessibility::XAccessible> a(stops[static_cast<std::size_t>(at)],
                                                           UNO_QUERY);
        shown = a.is() ? a->getAccessibleContext() : nullptr;
    } else if (const auto own = title(0); has_focus_state(own)) {
        shown = own;
    } else if (const auto next = title(1); has_focus_state(next)) {
        shown = next;
    }
    const Reference<css::accessibility::XAccessibleComponent> control(shown, UNO_QUERY);
    if (!control.is())
        return;
    // Up from the control to the deck's scrolled area: the first ancestor with a scroll bar
    // among its children. The bar's value is the offset of the panels in pixels.
    auto context = shown->getAccessibleParent();
    for (int level = 0; context.is() && level < 12; ++level) {
        const auto c = context->getAccessibleContext();
        const sal_Int32 children = std::min<sal_Int32>(c->getAccessibleChildCount(), 8);
        for (sal_Int32 i = 0; i < children; ++i) {
            const auto child = c->getAccessibleChild(i);
            const auto cc = child.is() ? child->getAccessibleContext() : nullptr;
            if (!cc.is() || cc->getAccessibleRole() != role::SCROLL_BAR)
                continue;
            const Reference<css::accessibility::XAccessibleValue> value(cc, UNO_QUERY);
            const Reference<css::accessibility::XAccessibleComponent> bar(cc, UNO_QUERY);
            if (!value.is() || !bar.is())
                continue;
            // The visible part: as tall as the vertical bar, and where it is.
            const int top = bar->getLocationOnScreen().Y;
            const int bottom = top + bar->getSize().Height;
            const int y = control->getLocationOnScreen().Y;
            const int height = control->getSize().Height;
            constexpr int kMargin = 8;
            sal_Int32 now = 0, lowest = 0, highest = 0;
            value->getCurrentValue() >>= now;
            value->getMinimumValue() >>= lowest;
            value->getMaximumValue() >>= highest;
            sal_Int32 wanted = now;
            if (y + height > bottom)
                wanted = now + (y + height - bottom) + kMargin;
            else if (y < top)
                wanted = now - (top - y) - kMargin;
            wanted = std::clamp(wanted, lowest, highest);
            if (wanted != now)
                value->setCurrentValue(css::uno::Any(wanted));
            return;
        }
        context = c->getAccessibleParent();
    }
}

Reference<css::accessibility::XAccessibleContext> PanelKeyboard::title(int step) const
{
    const Reference<css::frame::XController2> controller(frame_->getController(), UNO_QUERY);
    const auto sidebar = controller.is() ? controller->getSidebar() : nullptr;
    if (!sidebar.is())
        return nullptr;
    const Reference<css::ui::XDeck> deck(sidebar->getDecks()->getByName(kDeck), UNO_QUERY_THROW);
    const auto panels = deck->getPanels();
    std::vector<Reference<css::ui::XPanel>> order;
    for (const auto& name : panels->getElementNames())
        order.emplace_back(panels->getByName(name), UNO_QUERY_THROW);
    std::sort(order.begin(), order.end(),
              [](const auto& a, const auto& b) { return a->getOrderIndex() < b->getOrderIndex(); });
    const auto self = std::find_if(order.begin(), order.end(), [&](const auto& p) {
        return uno::to_utf8(p->getId()) == panel_id_;
    });
    if (self == order.end())
        return nullptr;
    const auto at = static_cast<std::size_t>(self - order.begin());
    const auto& target = order[(at + static_cast<std::size_t>(step)) % order.size()];
    const rtl::OUString name = target->getTitle();
    // Found once: the search walks the window's accessible tree, and every Tab asks.
    if (const auto kept = titles_.find(name); kept != titles_.end()) {
        try {
            if (kept->second->getAccessibleName() == name &&
                kept->second->getAccessibleParent().is())
                return kept->second;
        } catch (const css::uno::RuntimeException&) {  // gone with a new layout of the deck
        }
        titles_.erase(kept);
    }
    const Reference<css::accessibility::XAccessible> window(frame_->getContainerWindow(),
                                                            UNO_QUERY);
    const Reference<css::accessibility::XAccessibleContext> found(
        title_named(window.is() ? window->getAccessibleContext() : nullptr, name, 16), UNO_QUERY);
    if (found.is())
        titles_[name] = found;
    return found;
}

bool PanelKeyboard::focus_title(int step) const
{
    const Reference<css::accessibility::XAccessibleComponent> component(title(step), UNO_QUERY);
    if (!component.is())
        return false;
    component->grabFocus();
    return true;
}

}  // namespace prevent::sidebar
