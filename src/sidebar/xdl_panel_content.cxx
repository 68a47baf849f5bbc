#include "xdl_panel_content.hxx"

#include "control_access.hxx"
#include "extension_files.hxx"

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
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

std::vector<Reference<css::awt::XWindow>> XdlPanelContent::tab_stops() const
{
    std::vector<std::pair<sal_Int16, Reference<css::awt::XWindow>>> stops;
    if (!controls_.is())
        return {};
    for (const auto& control : controls_->getControls()) {
        const Reference<css::awt::XWindow2> window(control, UNO_QUERY);
        const Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY);
        if (!window.is() || !model.is() || !window->isVisible() || !window->isEnabled())
            continue;
        const auto info = model->getPropertySetInfo();
        bool tab_stop = false;
        if (info->hasPropertyByName("Tabstop") &&
            !(model->getPropertyValue("Tabstop") >>= tab_stop)) {
            // Not set: VCL's own default, which every control but a label takes.
            const Reference<css::lang::XServiceInfo> kind(model, UNO_QUERY);
            tab_stop =
                !(kind.is() && kind->supportsService("com.sun.star.awt.UnoControlFixedTextModel"));
        }
        sal_Int16 index = 0;
        if (info->hasPropertyByName("TabIndex"))
            model->getPropertyValue("TabIndex") >>= index;
        if (tab_stop)
            stops.emplace_back(index, Reference<css::awt::XWindow>(window, UNO_QUERY));
    }
    std::stable_sort(stops.begin(), stops.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Reference<css::awt::XWindow>> out;
    for (auto& [index, window] : stops)
        out.push_back(std::move(window));
    return out;
}

void XdlPanelContent::set_flow(const char* anchor, std::vector<ControlStack::FlowRow> rows)
{
    stack_->set_flow(control(anchor), std::move(rows));
}

void XdlPanelContent::dispose()
{
    stack_.reset();
    controls_.clear();
    // The model too, or each closed document's panels cost memory for good.
    dispose_with_model(window_);
    window_.clear();
}

}  // namespace prevent::sidebar
