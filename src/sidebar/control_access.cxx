#include "control_access.hxx"

#include <com/sun/star/awt/XVclWindowPeer.hpp>

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/lang/XComponent.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::sidebar {

Reference<css::beans::XPropertySet> model_of(const Reference<css::awt::XControl>& control)
{
    return Reference<css::beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW);
}

int selected(const Reference<css::awt::XControl>& list)
{
    Sequence<sal_Int16> items;
    model_of(list)->getPropertyValue("SelectedItems") >>= items;
    return items.getLength() == 1 ? items[0] : -1;
}

void set_selected(const Reference<css::awt::XControl>& list, int position)
{
    Sequence<sal_Int16> items;
    if (position >= 0) {
        const sal_Int16 p = static_cast<sal_Int16>(position);
        items = Sequence<sal_Int16>(&p, 1);
    }
    model_of(list)->setPropertyValue("SelectedItems", Any(items));
}

void enable(const Reference<css::awt::XControl>& control, bool on)
{
    model_of(control)->setPropertyValue("Enabled", Any(on));
}

void set_label(const Reference<css::awt::XControl>& control, const OUString& label)
{
    model_of(control)->setPropertyValue("Label", Any(label));
}

void set_items(const Reference<css::awt::XControl>& list, const std::vector<OUString>& items)
{
    model_of(list)->setPropertyValue(
        "StringItemList",
        Any(Sequence<OUString>(items.data(), static_cast<sal_Int32>(items.size()))));
}

void dispose_with_model(const Reference<css::uno::XInterface>& dialog_control)
{
    Reference<css::lang::XComponent> model;
    if (const Reference<css::awt::XControl> control{dialog_control, UNO_QUERY}; control.is())
        model.set(control->getModel(), UNO_QUERY);
    if (const Reference<css::lang::XComponent> component{dialog_control, UNO_QUERY}; component.is())
        component->dispose();
    if (model.is())
        model->dispose();
}

void set_tooltip(const Reference<css::awt::XControl>& control, const OUString& text)
{
    model_of(control)->setPropertyValue("HelpText", css::uno::Any(text));
}

void set_accessible_name(const Reference<css::awt::XControl>& control, const OUString& name)
{
    if (const Reference<css::awt::XVclWindowPeer> peer{control->getPeer(), UNO_QUERY}; peer.is())
        peer->setProperty("AccessibleName", css::uno::Any(name));
}

void ControlEvents::on_property(const char* control, const char* property,
                                std::function<void()> call)
{
    rtl::Reference<ListenerRelay> relay(new ListenerRelay(std::move(call)));
    model_of(control_(control))
        ->addPropertyChangeListener(OUString::createFromAscii(property), relay.get());
    listening_.push_back({control, property, relay});
}

void ControlEvents::on_button(const char* control, std::function<void()> call)
{
    rtl::Reference<ListenerRelay> relay(new ListenerRelay(std::move(call)));
    Reference<css::awt::XButton>(control_(control), UNO_QUERY_THROW)
        ->addActionListener(relay.get());
    listening_.push_back({control, "", relay});
}

void ControlEvents::stop()
{
    for (auto& l : listening_) {
        l.relay->cut();
        try {
            if (l.property.empty())
                Reference<css::awt::XButton>(control_(l.control.c_str()), UNO_QUERY_THROW)
                    ->removeActionListener(l.relay.get());
            else
                model_of(control_(l.control.c_str()))
                    ->removePropertyChangeListener(OUString::fromUtf8(l.property.c_str()),
                                                   l.relay.get());
        } catch (...) {  // the control is gone already
        }
    }
    listening_.clear();
}

}  // namespace prevent::sidebar
