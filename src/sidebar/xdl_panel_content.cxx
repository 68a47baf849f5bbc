#include "xdl_panel_content.hxx"

#include "control_access.hxx"
#include "extension_files.hxx"

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <stdexcept>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

XdlPanelContent::XdlPanelContent(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::awt::XWindowPeer>& parent,
                                 const char* dialog_name)
{
    const rtl::OUString url = dialog_url(context, dialog_name);
    window_ = css::awt::ContainerWindowProvider::create(context)->createContainerWindow(
        url, rtl::OUString(), parent, nullptr);
    controls_.set(window_, UNO_QUERY);
    if (!window_.is() || !controls_.is())
        throw std::runtime_error(std::string("the dialog ") + dialog_name +
                                 " did not give a window of controls");
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

int XdlPanelContent::layout(int width, bool apply) { return stack_->layout(width, apply); }

void XdlPanelContent::dispose()
{
    stack_.reset();
    controls_.clear();
    // The model too, or each closed document's panels cost memory for good.
    dispose_with_model(window_);
    window_.clear();
}

}  // namespace prevent::sidebar
