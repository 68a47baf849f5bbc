#include "message_box.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

void show_message(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, const rtl::OUString& title,
                  const rtl::OUString& text)
{
    const Reference<css::awt::XWindowPeer> parent(
        frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
    if (!parent.is())
        return;
    const Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                          UNO_QUERY_THROW);
    const auto box =
        factory->createMessageBox(parent, css::awt::MessageBoxType_INFOBOX,
                                  css::awt::MessageBoxButtons::BUTTONS_OK, title, text);
    box->execute();
    if (const Reference<css::lang::XComponent> component{box, UNO_QUERY}; component.is())
        component->dispose();
}

}  // namespace prevent::sidebar
