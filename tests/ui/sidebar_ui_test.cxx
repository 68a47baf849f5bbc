// The Prevent deck in real Writer and Calc windows (Xvfb): the deck and its panels through the
// sidebar API, the Coverage panel's profile and checklist, the menu, resizing, and 50 documents
// opened and closed without leaking panels. Screenshots go to the build folder.
#include "child_process.hxx"
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>
#include <org/preventtoolkit/XPanelCensus.hpp>

#include <gmock/gmock.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using namespace prevent::ui_testing;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

namespace {

Reference<css::beans::XPropertySet> model_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return Reference<css::beans::XPropertySet>(controls->getControl(rtl::OUString::createFromAscii(name))->getModel(),
                                               UNO_QUERY_THROW);
}

std::vector<std::string> items_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    css::uno::Sequence<rtl::OUString> items;
    model_of(controls, name)->getPropertyValue("StringItemList") >>= items;
    return utf8(items);
}

// The text the user sees: the window's (the model of an .xdl label keeps its resource key).
std::string label_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    const auto control = controls->getControl(rtl::OUString::createFromAscii(name));
    return utf8(Reference<css::awt::XFixedText>(control->getPeer(), UNO_QUERY_THROW)->getText());
}

int selected_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    css::uno::Sequence<sal_Int16> selected;
    model_of(controls, name)->getPropertyValue("SelectedItems") >>= selected;
    return selected.getLength() == 1 ? selected[0] : -1;
}

void select(const Reference<css::awt::XControlContainer>& controls, const char* name, sal_Int16 position)
{
    model_of(controls, name)->setPropertyValue("SelectedItems", Any(css::uno::Sequence<sal_Int16>(&position, 1)));
    settle();
}

int width_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return Reference<css::awt::XWindow>(controls->getControl(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW)
        ->getPosSize()
        .Width;
}

int height_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return Reference<css::awt::XWindow>(controls->getControl(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW)
        ->getPosSize()
        .Height;
}

Reference<css::accessibility::XAccessibleContext> accessible(const Reference<css::awt::XControlContainer>& controls,
                                                             const char* name)
{
    const auto control = controls->getControl(rtl::OUString::createFromAscii(name));
    return Reference<css::accessibility::XAccessible>(control->getPeer(), UNO_QUERY_THROW)->getAccessibleContext();
}

bool has_focus(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return accessible(controls, name)->getAccessibleStateSet()->contains(css::accessibility::AccessibleStateType::FOCUSED);
}

// Drags the sidebar's left edge (just left of the deck's panels) by dx pixels.
void drag_sidebar_edge(const Document& doc, int dx)
{
    const auto panel_rect = screen_rectangle(panel(doc, "org.preventtoolkit.CoveragePanel")->getDialog());
    const int x = panel_rect.X - 6;
    const int y = panel_rect.Y + 200;
    xdotool({"mousemove", std::to_string(x), std::to_string(y), "mousedown", "1", "mousemove",
             std::to_string(x + dx / 2), std::to_string(y), "mousemove", std::to_string(x + dx), std::to_string(y),
             "mouseup", "1"});
}

// The first accessible below root with this role and name (depth-first, a few levels deep).
Reference<css::accessibility::XAccessibleContext> find_accessible(
    const Reference<css::accessibility::XAccessibleContext>& root, sal_Int16 role, const std::string& name, int depth = 8)
{
    if (!root.is() || depth < 0)
        return nullptr;
    if (root->getAccessibleRole() == role && utf8(root->getAccessibleName()) == name)
        return root;
    const sal_Int32 count = std::min<sal_Int32>(static_cast<sal_Int32>(root->getAccessibleChildCount()), 200);
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto child = root->getAccessibleChild(i);
        const auto found = find_accessible(child.is() ? child->getAccessibleContext() : nullptr, role, name, depth - 1);
        if (found.is())
            return found;
    }
    return nullptr;
}

std::string document_profile(const Document& doc)
{
    const Reference<org::preventtoolkit::XDocumentProfile> profiles(office().create("org.preventtoolkit.DocumentProfile"),
                                                                    UNO_QUERY_THROW);
    return utf8(profiles->getProfile(doc.model()));
}

}  // namespace

TEST(SidebarUi, WriterShowsTheDeckWithCoverageRisksAndApproval)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    EXPECT_TRUE(sidebar_of(*doc)->isVisible());
    EXPECT_TRUE(prevent_deck(*doc)->isActive());
    EXPECT_EQ(utf8(prevent_deck(*doc)->getTitle()), "Prevent");
    EXPECT_THAT(panel_ids(*doc), UnorderedElementsAre("org.preventtoolkit.CoveragePanel", "org.preventtoolkit.RisksPanel",
                                                      "org.preventtoolkit.ApprovalPanel"));
    for (const char* id : {"org.preventtoolkit.CoveragePanel", "org.preventtoolkit.RisksPanel",
                           "org.preventtoolkit.ApprovalPanel"}) {
        SCOPED_TRACE(id);
        EXPECT_TRUE(panel(*doc, id)->isExpanded());
        const Reference<css::awt::XWindow> window(panel(*doc, id)->getDialog(), UNO_QUERY_THROW);
        EXPECT_GT(window->getPosSize().Height, 20) << "the panel reported its height";
        EXPECT_GT(window->getPosSize().Width, 150);
    }
    screenshot("writer-deck");
}

TEST(SidebarUi, CalcShowsTheDeckWithActionPlanAndApproval)
{
    const auto doc = open_window("private:factory/scalc");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    EXPECT_TRUE(prevent_deck(*doc)->isActive());
    EXPECT_THAT(panel_ids(*doc),
                UnorderedElementsAre("org.preventtoolkit.ActionPlanPanel", "org.preventtoolkit.ApprovalPanel"));
    const auto controls = panel_controls(*doc, "org.preventtoolkit.ActionPlanPanel");
    EXPECT_THAT(label_of(controls, "Purpose"), ::testing::HasSubstr("action plan"));
    screenshot("calc-deck");
}

TEST(SidebarUi, CoveragePanelListsTheProfileAreasAndStoresTheChoice)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto controls = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    EXPECT_THAT(items_of(controls, "ProfileList"), ElementsAre("Higher education", "Further education and skills", "Schools"));
    EXPECT_EQ(selected_of(controls, "ProfileList"), 0);
    const auto he = items_of(controls, "AreaList");
    ASSERT_EQ(he.size(), 17u);
    EXPECT_EQ(he.front(), "\u2610 Leadership and governance oversight");
    EXPECT_THAT(he, ::testing::Contains("\u2610 Related policies and procedures (recommended)"));
    EXPECT_EQ(label_of(controls, "Summary"), "17 areas for Higher education: 16 expected, 1 recommended.");
    screenshot("coverage-he");

    select(controls, "ProfileList", 2);
    const auto schools = items_of(controls, "AreaList");
    EXPECT_EQ(schools.size(), 15u);
    EXPECT_THAT(schools, ::testing::Not(::testing::Contains(::testing::HasSubstr("Prayer"))));
    EXPECT_EQ(label_of(controls, "Summary"), "15 areas for Schools: 9 expected, 6 recommended.");
    EXPECT_EQ(document_profile(*doc), "schools") << "the choice is stored in the document";
    screenshot("coverage-schools");
}

TEST(SidebarUi, KeyboardReachesAndChangesEveryControl)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto controls = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    Reference<css::awt::XWindow>(controls->getControl("ProfileList"), UNO_QUERY_THROW)->setFocus();
    settle();
    ASSERT_TRUE(has_focus(controls, "ProfileList"));

    xdotool({"key", "Down"});  // a real key press on the display
    EXPECT_EQ(selected_of(controls, "ProfileList"), 1);
    EXPECT_EQ(items_of(controls, "AreaList").size(), 18u) << "further education";
    EXPECT_EQ(document_profile(*doc), "fe");

    xdotool({"key", "Tab"});
    EXPECT_TRUE(has_focus(controls, "AreaList")) << "Tab moves from the profile to the areas";
    xdotool({"key", "Down"});
    EXPECT_EQ(selected_of(controls, "AreaList"), 0) << "arrow keys move through the areas";
    xdotool({"key", "alt+p"});
    EXPECT_TRUE(has_focus(controls, "ProfileList")) << "Alt+P, the label's mnemonic, reaches the profile";
    xdotool({"key", "alt+a"});
    EXPECT_TRUE(has_focus(controls, "AreaList")) << "Alt+A reaches the areas";
    screenshot("coverage-keyboard");
}

TEST(SidebarUi, ControlsHaveAccessibleNames)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto controls = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    EXPECT_EQ(utf8(accessible(controls, "ProfileList")->getAccessibleName()), "Profile:");
    EXPECT_EQ(utf8(accessible(controls, "AreaList")->getAccessibleName()), "Areas to cover:");
}

TEST(SidebarUi, PanelFollowsTheSidebarWhenItIsResized)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto controls = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    const Reference<css::awt::XWindow> window(panel(*doc, "org.preventtoolkit.CoveragePanel")->getDialog(), UNO_QUERY_THROW);
    const int narrow = window->getPosSize().Width;
    const int narrow_list = width_of(controls, "AreaList");
    const int narrow_summary = height_of(controls, "Summary");
    EXPECT_EQ(narrow, 250) << "the deck opens at the panels' minimal width";
    EXPECT_LT(narrow_list, narrow);

    drag_sidebar_edge(*doc, -200);
    const int wide = window->getPosSize().Width;
    EXPECT_GE(wide, narrow + 150) << "the panel widened with the sidebar";
    EXPECT_EQ(width_of(controls, "AreaList") - narrow_list, wide - narrow) << "the list follows the width";
    EXPECT_EQ(width_of(controls, "ProfileList"), width_of(controls, "AreaList"));
    EXPECT_LT(height_of(controls, "Summary"), narrow_summary) << "the summary needs fewer lines when wide";
    screenshot("coverage-wide");

    drag_sidebar_edge(*doc, 400);
    EXPECT_EQ(window->getPosSize().Width, narrow) << "no narrower than the minimal width";
    EXPECT_EQ(width_of(controls, "AreaList"), narrow_list);
    EXPECT_EQ(height_of(controls, "Summary"), narrow_summary);
    screenshot("coverage-narrow");
}

TEST(SidebarUi, ThePreventMenuOpensTheDeck)
{
    const auto doc = open_window("private:factory/swriter");
    sidebar_of(*doc)->setVisible(false);
    settle();
    ASSERT_FALSE(sidebar_of(*doc)->isVisible());
    const Reference<css::accessibility::XAccessible> top(doc->frame()->getContainerWindow(), UNO_QUERY_THROW);
    const auto menu = find_accessible(top->getAccessibleContext(), css::accessibility::AccessibleRole::MENU, "Prevent");
    ASSERT_TRUE(menu.is()) << "no Prevent menu in the menu bar";
    const auto item = find_accessible(menu, css::accessibility::AccessibleRole::MENU_ITEM, "Show Prevent Sidebar", 2);
    ASSERT_TRUE(item.is()) << "no Show Prevent Sidebar in the Prevent menu";
    Reference<css::accessibility::XAccessibleAction>(item, UNO_QUERY_THROW)->doAccessibleAction(0);
    settle();
    EXPECT_TRUE(sidebar_of(*doc)->isVisible());
    EXPECT_TRUE(prevent_deck(*doc)->isActive());
}

TEST(SidebarUi, ThePanelFollowsAProfileSetByAMacro)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto controls = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    const Reference<org::preventtoolkit::XDocumentProfile> profiles(office().create("org.preventtoolkit.DocumentProfile"),
                                                                    UNO_QUERY_THROW);
    profiles->setProfile(doc->model(), "schools");
    settle();
    EXPECT_EQ(selected_of(controls, "ProfileList"), 2);
    EXPECT_EQ(items_of(controls, "AreaList").size(), 15u);
    profiles->setProfile(doc->model(), "fe");
    settle();
    EXPECT_EQ(selected_of(controls, "ProfileList"), 1);
    EXPECT_EQ(items_of(controls, "AreaList").size(), 18u);
}

// Every document window gets its own panels; closing it must dispose them (and their listeners on
// the document, the controls and the sidebar), or the office grows with every document.
TEST(SidebarUi, FiftyDocumentsOpenAndCloseWithoutLeavingPanelsBehind)
{
    const Reference<org::preventtoolkit::XPanelCensus> census(office().create("org.preventtoolkit.comp.PanelFactory"),
                                                              UNO_QUERY_THROW);
    settle();
    const int panels_before = census->getOpenPanelCount();
    const pid_t soffice = prevent::testing::find_in_group(office().process_group(), "soffice.bin");
    ASSERT_GT(soffice, 0);
    long memory_after_warm_up = 0;
    int most_panels = 0;
    for (int i = 0; i < 50; ++i) {
        auto doc = open_window(i % 5 == 4 ? "private:factory/scalc" : "private:factory/swriter");
        dispatch(*doc, "org.preventtoolkit:ShowDeck");
        most_panels = std::max(most_panels, census->getOpenPanelCount());
        ASSERT_GE(census->getOpenPanelCount(), panels_before + 2) << "document " << i << " has no Prevent panels";
        doc.reset();
        settle();
        if (i == 9)
            memory_after_warm_up = prevent::testing::resident_kib(soffice);
    }
    settle();
    EXPECT_EQ(census->getOpenPanelCount(), panels_before) << "panels outlived their documents";
    const long memory_at_end = prevent::testing::resident_kib(soffice);
    std::printf("panels at most %d; office memory after 10 documents %ld KiB, after 50 %ld KiB (+%ld KiB)\n", most_panels,
                memory_after_warm_up, memory_at_end, memory_at_end - memory_after_warm_up);
    // The census is the precise check; this one catches what it cannot see (windows, caches).
    EXPECT_LT(memory_at_end - memory_after_warm_up, 16 * 1024) << "the office grew with every document";
    EXPECT_TRUE(prevent::testing::group_alive(office().process_group()));
}
