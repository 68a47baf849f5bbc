#include "ui_helpers.hxx"

#include "child_process.hxx"
#include "uno_values.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;

namespace prevent::ui_testing {

std::unique_ptr<Document> open_window(const char* factory)
{
    auto doc = std::make_unique<Document>(office(), rtl::OUString::createFromAscii(factory), false);
    doc->frame()->getContainerWindow()->setPosSize(0, 0, 1280, 900, css::awt::PosSize::POSSIZE);
    settle();
    return doc;
}

void settle()
{
    const Reference<css::awt::XToolkitExperimental> toolkit(css::awt::Toolkit::create(office().context()),
                                                            UNO_QUERY_THROW);
    for (int i = 0; i < 3; ++i) {  // idle handlers (the sidebar's layout among them) post more work
        toolkit->processEventsToIdle();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void dispatch(const Document& doc, const char* command)
{
    css::frame::DispatchHelper::create(office().context())
        ->executeDispatch(Reference<css::frame::XDispatchProvider>(doc.frame(), UNO_QUERY_THROW),
                          rtl::OUString::createFromAscii(command), "", 0, {});
    settle();
}

Reference<css::ui::XSidebarProvider> sidebar_of(const Document& doc)
{
    return Reference<css::frame::XController2>(doc.frame()->getController(), UNO_QUERY_THROW)->getSidebar();
}

Reference<css::ui::XDeck> prevent_deck(const Document& doc)
{
    return Reference<css::ui::XDeck>(sidebar_of(doc)->getDecks()->getByName("org.preventtoolkit.Deck"),
                                     UNO_QUERY_THROW);
}

std::vector<std::string> panel_ids(const Document& doc)
{
    return utf8(prevent_deck(doc)->getPanels()->getElementNames());
}

Reference<css::ui::XPanel> panel(const Document& doc, const char* id)
{
    return Reference<css::ui::XPanel>(prevent_deck(doc)->getPanels()->getByName(rtl::OUString::createFromAscii(id)),
                                      UNO_QUERY_THROW);
}

Reference<css::awt::XControlContainer> panel_controls(const Document& doc, const char* id)
{
    return Reference<css::awt::XControlContainer>(panel(doc, id)->getDialog(), UNO_QUERY_THROW);
}

css::awt::Rectangle screen_rectangle(const Reference<css::uno::XInterface>& control_or_window)
{
    Reference<css::accessibility::XAccessible> accessible(control_or_window, UNO_QUERY);
    if (!accessible.is()) {
        const Reference<css::awt::XControl> control(control_or_window, UNO_QUERY_THROW);
        accessible.set(control->getPeer(), UNO_QUERY_THROW);
    }
    const Reference<css::accessibility::XAccessibleComponent> component(accessible->getAccessibleContext(),
                                                                        UNO_QUERY_THROW);
    const auto place = component->getLocationOnScreen();
    const auto size = component->getSize();
    return css::awt::Rectangle(place.X, place.Y, size.Width, size.Height);
}

void xdotool(const std::vector<std::string>& arguments)
{
    std::vector<std::string> argv{"/usr/bin/xdotool"};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const auto result = prevent::testing::run_command(argv, std::chrono::seconds(30), {"DISPLAY=" + office().display()});
    if (result.exit_code != 0)
        throw std::runtime_error("xdotool failed: " + result.output);
    settle();
}

std::string screenshot(const char* name)
{
    const std::string path = std::string(PREVENT_SCREENSHOT_DIR) + "/" + name + ".png";
    settle();
    office().screenshot(path);
    return path;
}

}  // namespace prevent::ui_testing
