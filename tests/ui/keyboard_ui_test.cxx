// The Prevent deck with the keyboard alone, as a user who cannot use a mouse would: F6 from the
// document to the sidebar, then Tab and Shift+Tab through the deck, the focused accessible object
// read after each key (docs/sidebar.md, "The keyboard").
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XPanel.hpp>

#include <gmock/gmock.h>

#include <set>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;
namespace role = css::accessibility::AccessibleRole;

namespace {

struct Stop {
    sal_Int16 role = -1;
    std::string name;
    std::string description;
    bool in_view = true;  // inside the visible part of the deck's scrolled area
    bool operator==(const Stop& o) const { return role == o.role && name == o.name; }
};

std::string describe(const Stop& s)
{
    return "role " + std::to_string(s.role) + " \"" + s.name + "\"";
}

// The focused object below root (the document's text is not searched: its paragraphs are many).
Reference<css::accessibility::XAccessibleContext> focused_below(
    const Reference<css::accessibility::XAccessibleContext>& root, int depth)
{
    if (!root.is() || depth < 0)
        return nullptr;
    const auto states = root->getAccessibleStateSet();
    if (states.is() && states->contains(css::accessibility::AccessibleStateType::FOCUSED))
        return root;
    if (root->getAccessibleRole() == role::DOCUMENT_TEXT)
        return nullptr;
    const sal_Int32 count =
        std::min<sal_Int32>(static_cast<sal_Int32>(root->getAccessibleChildCount()), 300);
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto child = root->getAccessibleChild(i);
        if (const auto found =
                focused_below(child.is() ? child->getAccessibleContext() : nullptr, depth - 1);
            found.is())
            return found;
    }
    return nullptr;
}

// Whether the object shows inside the scrolled area it is in (its first ancestor with a scroll
// bar among its children), vertically.
bool in_view(const Reference<css::accessibility::XAccessibleContext>& object)
{
    const Reference<css::accessibility::XAccessibleComponent> component(object, UNO_QUERY);
    if (!component.is())
        return true;
    auto parent = object->getAccessibleParent();
    for (int level = 0; parent.is() && level < 12; ++level) {
        const auto c = parent->getAccessibleContext();
        for (sal_Int32 i = 0; i < std::min<sal_Int32>(c->getAccessibleChildCount(), 8); ++i) {
            const auto child = c->getAccessibleChild(i);
            const auto cc = child.is() ? child->getAccessibleContext() : nullptr;
            if (!cc.is() || cc->getAccessibleRole() != role::SCROLL_BAR)
                continue;
            const Reference<css::accessibility::XAccessibleComponent> bar(cc, UNO_QUERY_THROW);
            const int top = bar->getLocationOnScreen().Y;
            const int y = component->getLocationOnScreen().Y;
            return y >= top && y + component->getSize().Height <= top + bar->getSize().Height;
        }
        parent = c->getAccessibleParent();
    }
    return true;
}

Stop focused()
{
    const Reference<css::awt::XExtendedToolkit> toolkit(
        css::awt::Toolkit::create(office().context()), UNO_QUERY_THROW);
    const Reference<css::accessibility::XAccessible> window(toolkit->getActiveTopWindow(),
                                                            UNO_QUERY);
    const auto context = focused_below(window.is() ? window->getAccessibleContext() : nullptr, 16);
    if (!context.is())
        return {};
    return {context->getAccessibleRole(), utf8(context->getAccessibleName()),
            utf8(context->getAccessibleDescription()), in_view(context)};
}

std::unique_ptr<Document> assessment_with_the_deck()
{
    auto doc = open_window("private:factory/swriter");
    WriterBuilder(doc->model())
        .heading("1. Leadership and governance")
        .body("The Pro Vice-Chancellor chairs the Prevent Steering Group.")
        .heading("2. Welfare")
        .body("TBC");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();
    return doc;
}

// What the user reaches and hears: the focused object's role and name.
std::vector<Stop> tab_from(const Stop& start, const char* key, int presses)
{
    std::vector<Stop> stops;
    for (int i = 0; i < presses; ++i) {
        xdotool({"key", key});
        stops.push_back(focused());
        // A look at the deck scrolled to the focus, low in the heat map.
        static bool shown = false;
        if (!shown && stops.back().name.rfind("Likelihood 1 (", 0) == 0) {
            shown = true;
            screenshot("keyboard-heat-map-cell-in-view");
        }
        if (stops.back() == start)
            break;
    }
    return stops;
}

// The controls of an open panel that a user can operate, by their accessible names.
std::vector<std::string> operable(const Document& doc, const std::string& id)
{
    std::vector<std::string> names;
    const auto controls = panel_controls(doc, id.c_str());
    for (const auto& control : controls->getControls()) {
        const Reference<css::awt::XWindow2> window(control, UNO_QUERY);
        const Reference<css::lang::XServiceInfo> model(control->getModel(), UNO_QUERY);
        if (!window.is() || !model.is() || !window->isVisible() || !window->isEnabled() ||
            model->supportsService("com.sun.star.awt.UnoControlFixedTextModel"))
            continue;
        names.push_back(
            utf8(Reference<css::accessibility::XAccessible>(control->getPeer(), UNO_QUERY_THROW)
                     ->getAccessibleContext()
                     ->getAccessibleName()));
    }
    return names;
}

}  // namespace

TEST(KeyboardUi, TabAndShiftTabWalkTheWholeDeck)
{
    const auto doc = assessment_with_the_deck();
    Reference<css::awt::XWindow>(doc->frame()->getContainerWindow(), UNO_QUERY_THROW)->setFocus();
    settle();
    // F6 goes from the document through the toolbars to the sidebar's deck.
    Stop at;
    for (int i = 0; i < 8 && at.name != "Close Sidebar Deck"; ++i) {
        xdotool({"key", "F6"});
        at = focused();
    }
    ASSERT_EQ(at.name, "Close Sidebar Deck") << "F6 never reached the deck";

    // Tab: each panel's title, its controls, the next panel's title... until the walk comes
    // round to the first title again.
    xdotool({"key", "Tab"});
    const Stop first = focused();
    ASSERT_EQ(first.name, "Coverage") << "Tab from the deck's title bar: the first panel's title";
    auto walk = tab_from(first, "Tab", 200);
    ASSERT_FALSE(walk.empty());
    ASSERT_EQ(walk.back(), first) << "Tab never came round: the last stop was "
                                  << describe(walk.back());
    walk.insert(walk.begin(), first);
    walk.pop_back();
    std::set<std::string> reached;
    for (std::size_t i = 0; i < walk.size(); ++i) {
        SCOPED_TRACE("stop " + std::to_string(i) + ": " + describe(walk[i]));
        EXPECT_NE(walk[i].role, -1) << "the focus went where no accessible object says it is";
        EXPECT_FALSE(walk[i].name.empty()) << "a stop with no name";
        EXPECT_FALSE(i > 0 && walk[i] == walk[i - 1]) << "Tab did not move on: a trap";
        EXPECT_TRUE(walk[i].in_view) << "the focused control is outside the visible part";
        reached.insert(walk[i].name);
    }
    for (const auto& title : {"Coverage", "Risks", "Approval"})
        EXPECT_TRUE(reached.count(title)) << "the title of " << title << " was never reached";
    for (const auto& name : panel_ids(*doc)) {
        if (!panel(*doc, name.c_str())->isExpanded())
            continue;
        for (const auto& control : operable(*doc, name))
            EXPECT_TRUE(reached.count(control))
                << "\"" << control << "\" in " << name << " was never reached by Tab";
    }

    // Shift+Tab from the first title (where the walk came round to): the same stops the other
    // way round, and back to that title.
    const auto back = tab_from(first, "shift+Tab", static_cast<int>(walk.size()) + 5);
    ASSERT_EQ(back.size(), walk.size()) << "Shift+Tab did not go round the same stops";
    for (std::size_t k = 0; k < back.size(); ++k) {
        EXPECT_EQ(describe(back[k]), describe(walk[(walk.size() - 1 - k)]))
            << "Shift+Tab number " << k + 1 << " from the first title";
        EXPECT_TRUE(back[k].in_view) << describe(back[k]) << " is outside the visible part";
    }
    screenshot("keyboard-shift-tab-walk");
}
