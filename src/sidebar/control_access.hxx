// Small reads and writes on a panel's controls through their models, shared by the panels, and
// the listeners a panel keeps on its controls (removed together when the panel goes).
#pragma once

#include "listener_relay.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <string>
#include <vector>

namespace prevent::sidebar {

css::uno::Reference<css::beans::XPropertySet> model_of(
    const css::uno::Reference<css::awt::XControl>& control);

// The one selected position of a list box, or -1.
int selected(const css::uno::Reference<css::awt::XControl>& list);
void set_selected(const css::uno::Reference<css::awt::XControl>& list, int position);
void enable(const css::uno::Reference<css::awt::XControl>& control, bool on);
void set_label(const css::uno::Reference<css::awt::XControl>& control, const rtl::OUString& label);
// The control's tooltip (its model's HelpText).
void set_tooltip(const css::uno::Reference<css::awt::XControl>& control, const rtl::OUString& text);
// The name a screen reader says for the control, when its label (the text before it) is not it.
void set_accessible_name(const css::uno::Reference<css::awt::XControl>& control,
                         const rtl::OUString& name);
void set_items(const css::uno::Reference<css::awt::XControl>& list,
               const std::vector<rtl::OUString>& items);

// Disposes a dialog or container window made from an .xdl and its model: disposing the control
// alone leaves the model and every control model in it alive.
void dispose_with_model(const css::uno::Reference<css::uno::XInterface>& dialog_control);

class ControlEvents {
public:
    using ControlByName = std::function<css::uno::Reference<css::awt::XControl>(const char*)>;
    explicit ControlEvents(ControlByName control) : control_(std::move(control)) {}

    // Follows a property of the control's model: a change made with the mouse, the keyboard or
    // by a macro on the model all end there.
    void on_property(const char* control, const char* property, std::function<void()> call);
    void on_button(const char* control, std::function<void()> call);
    void stop();  // no more calls; the listeners are removed

private:
    struct Listening {
        std::string control;
        std::string property;  // empty: a button's action
        rtl::Reference<ListenerRelay> relay;
    };
    ControlByName control_;
    std::vector<Listening> listening_;
};

}  // namespace prevent::sidebar
