#include "prevent_deck.hxx"

#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <stdexcept>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

const char* const kDeckId = "org.preventtoolkit.Deck";

void open_prevent_deck(const Reference<css::frame::XFrame>& frame)
{
    const Reference<css::frame::XController2> controller(
        frame.is() ? frame->getController() : nullptr, UNO_QUERY);
    if (!controller.is())
        throw std::runtime_error("this window has no document, so it has no sidebar");
    const auto sidebar = controller->getSidebar();
    if (!sidebar.is())
        throw std::runtime_error("this window has no sidebar");
    sidebar->setVisible(true);
    const Reference<css::ui::XDeck> deck(
        sidebar->getDecks()->getByName(rtl::OUString::createFromAscii(kDeckId)), UNO_QUERY_THROW);
    // Activate before showing: the other order leaves Calc's deck collapsed.
    deck->activate(true);
    sidebar->showDecks(true);
}

void open_panel(const Reference<css::frame::XFrame>& frame, const char* panel_id)
{
    open_prevent_deck(frame);
    const Reference<css::frame::XController2> controller(frame->getController(), UNO_QUERY_THROW);
    const Reference<css::ui::XDeck> deck(
        controller->getSidebar()->getDecks()->getByName(rtl::OUString::createFromAscii(kDeckId)),
        UNO_QUERY_THROW);
    const auto panels = deck->getPanels();
    const auto id = rtl::OUString::createFromAscii(panel_id);
    if (panels->hasByName(id))
        Reference<css::ui::XPanel>(panels->getByName(id), UNO_QUERY_THROW)->expand(false);
}

void open_coverage_panel(const Reference<css::frame::XFrame>& frame)
{
    open_panel(frame, "org.preventtoolkit.CoveragePanel");
}

}  // namespace prevent::sidebar
