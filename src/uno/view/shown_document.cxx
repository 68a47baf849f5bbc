#include "uno/view/shown_document.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>

using css::uno::Reference;

namespace prevent::uno {

void show_document(const Reference<css::frame::XModel>& document)
{
    const Reference<css::frame::XController> controller(document->getCurrentController());
    const Reference<css::frame::XFrame> frame(controller.is() ? controller->getFrame() : nullptr);
    if (!frame.is())
        return;
    const auto window = frame->getContainerWindow();
    window->setVisible(true);
    window->setFocus();
}

}  // namespace prevent::uno
