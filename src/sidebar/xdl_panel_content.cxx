#include "xdl_panel_content.hxx"

#include "panel_strings.hxx"

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <stdexcept>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

XdlPanelContent::XdlPanelContent(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::awt::XWindowPeer>& parent, const char* dialog_name)
{
    const rtl::OUString url =
        extension_location(context) + "/dialogs/" + rtl::OUString::createFromAscii(dialog_name) + ".xdl";
    window_ = css::awt::ContainerWindowProvider::create(context)->createContainerWindow(url, rtl::OUString(), parent,
                                                                                        nullptr);
    controls_.set(window_, UNO_QUERY);
    if (!window_.is() || !controls_.is())
        throw std::runtime_error(std::string("the dialog ") + dialog_name + " did not give a window of controls");
    stack_ = std::make_unique<ControlStack>(controls_);
    window_->setVisible(true);
}

Reference<css::awt::XControl> XdlPanelContent::control(const char* name) const
{
    const auto found = controls_->getControl(rtl::OUString::createFromAscii(name));
    if (!found.is())
        throw std::runtime_error(std::string("the panel has no control ") + name);
    return found;
}

int XdlPanelContent::layout(int width, bool apply)
{
    return stack_->layout(width, apply);
}

void XdlPanelContent::dispose()
{
    stack_.reset();
    controls_.clear();
    // Disposing the dialog's control leaves its model (and every control model in it) alive,
    // held by the dialog provider's cycle: dispose it too, or each panel costs memory for good.
    Reference<css::lang::XComponent> model;
    if (const Reference<css::awt::XControl> control{window_, UNO_QUERY}; control.is())
        model.set(control->getModel(), UNO_QUERY);
    if (const Reference<css::lang::XComponent> component{window_, UNO_QUERY}; component.is())
        component->dispose();
    if (model.is())
        model->dispose();
    window_.clear();
}

}  // namespace prevent::sidebar
