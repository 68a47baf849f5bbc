#include "message_panel_content.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

namespace {

Reference<css::uno::XInterface> make(const Reference<css::uno::XComponentContext>& context,
                                     const char* service)
{
    return context->getServiceManager()->createInstanceWithContext(
        rtl::OUString::createFromAscii(service), context);
}

}  // namespace

MessagePanelContent::MessagePanelContent(const Reference<css::uno::XComponentContext>& context,
                                         const Reference<css::awt::XWindowPeer>& parent,
                                         const rtl::OUString& message)
{
    const Reference<css::awt::XControl> container(
        make(context, "com.sun.star.awt.UnoControlContainer"), UNO_QUERY_THROW);
    container->setModel(Reference<css::awt::XControlModel>(
        make(context, "com.sun.star.awt.UnoControlContainerModel"), UNO_QUERY_THROW));
    container->createPeer(
        Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW), parent);

    const Reference<css::awt::XControl> label(make(context, "com.sun.star.awt.UnoControlFixedText"),
                                              UNO_QUERY_THROW);
    const Reference<css::beans::XPropertySet> model(
        make(context, "com.sun.star.awt.UnoControlFixedTextModel"), UNO_QUERY_THROW);
    model->setPropertyValue("Label", Any(message));
    model->setPropertyValue("MultiLine", Any(true));
    label->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
    const Reference<css::awt::XControlContainer> controls(container, UNO_QUERY_THROW);
    controls->addControl("Message", label);
    Reference<css::awt::XWindow>(label, UNO_QUERY_THROW)
        ->setPosSize(8, 8, 200, 16, css::awt::PosSize::POSSIZE);

    window_.set(container, UNO_QUERY_THROW);
    stack_ = std::make_unique<ControlStack>(controls);
    window_->setVisible(true);
}

int MessagePanelContent::layout(int width, bool apply) { return stack_->layout(width, apply); }

void MessagePanelContent::dispose()
{
    stack_.reset();
    if (const Reference<css::lang::XComponent> component{window_, UNO_QUERY}; component.is())
        component->dispose();
    window_.clear();
}

}  // namespace prevent::sidebar
