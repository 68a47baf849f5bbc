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
#include <cppuhelper/weakref.hxx>
#include <org/preventtoolkit/XDocumentProfile.hpp>
#include <org/preventtoolkit/XPanelCensus.hpp>

#include <gmock/gmock.h>

#include <functional>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using namespace prevent::ui_testing;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

namespace {

std::string document_profile(const Document& doc)
{
    const Reference<org::preventtoolkit::XDocumentProfile> profiles(
        office().create("org.preventtoolkit.DocumentProfile"), UNO_QUERY_THROW);
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
    EXPECT_THAT(panel_ids(*doc), UnorderedElementsAre("org.preventtoolkit.CoveragePanel",
                                                      "org.preventtoolkit.RisksPanel",
                                                      "org.preventtoolkit.ApprovalPanel"));
    for (const char* id : {"org.preventtoolkit.CoveragePanel", "org.preventtoolkit.RisksPanel",
                           "org.preventtoolkit.ApprovalPanel"}) {
        SCOPED_TRACE(id);
        EXPECT_TRUE(panel(*doc, id)->isExpanded());
        const Reference<css::awt::XWindow> window(panel(*doc, id)->getDialog(), UNO_QUERY_THROW);
        EXPECT_GT(window->getPosSize().Height, 20) << "the panel reported its height";
        EXPECT_GT(window->getPosSize().Width, 150);
        EXPECT_THAT(layout_problems(panel_controls(*doc, id)), ::testing::IsEmpty())
            << "nothing cut or overlapping";
    }
    screenshot("writer-deck");
}

TEST(SidebarUi, CalcShowsTheDeckWithActionPlanAndApproval)
{
    const auto doc = open_window("private:factory/scalc");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    EXPECT_TRUE(prevent_deck(*doc)->isActive());
    EXPECT_THAT(panel_ids(*doc), UnorderedElementsAre("org.preventtoolkit.ActionPlanPanel",
                                                      "org.preventtoolkit.ApprovalPanel"));
    const auto controls = panel_controls(*doc, "org.preventtoolkit.ActionPlanPanel");
    EXPECT_THAT(label_of(controls, "Counts"),
                ::testing::HasSubstr("No action plan in this spreadsheet yet"));
    for (const char* id :
         {"org.preventtoolkit.ActionPlanPanel", "org.preventtoolkit.ApprovalPanel"})
        EXPECT_THAT(layout_problems(panel_controls(*doc, id)), ::testing::IsEmpty()) << id;
    screenshot("calc-deck");
}

TEST(SidebarUi, CoveragePanelListsTheProfileAreasAndStoresTheChoice)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto controls = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    EXPECT_THAT(items_of(controls, "ProfileList"),
                ElementsAre("Higher education", "Further education and skills", "Schools"));
    EXPECT_EQ(selected_of(controls, "ProfileList"), 0);
    const auto he = items_of(controls, "AreaList");
    ASSERT_EQ(he.size(), 17u);
    EXPECT_EQ(he.front(), "\u25a1 Leadership and governance oversight (missing)");
    EXPECT_THAT(
        he, ::testing::Contains("\u25a1 Related policies and procedures, recommended (missing)"));
    EXPECT_EQ(label_of(controls, "Summary"),
              "0 of 17 areas covered for Higher education: 0 empty, 17 missing, 0 not applicable.");
    screenshot("coverage-he");

    select(controls, "ProfileList", 2);
    const auto schools = items_of(controls, "AreaList");
    EXPECT_EQ(schools.size(), 15u);
    EXPECT_THAT(schools, ::testing::Not(::testing::Contains(::testing::HasSubstr("Prayer"))));
    EXPECT_EQ(label_of(controls, "Summary"),
              "0 of 15 areas covered for Schools: 0 empty, 15 missing, 0 not applicable.");
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
    EXPECT_TRUE(has_focus(controls, "ProfileList"))
        << "Alt+P, the label's mnemonic, reaches the profile";
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
    const Reference<css::awt::XWindow> window(
        panel(*doc, "org.preventtoolkit.CoveragePanel")->getDialog(), UNO_QUERY_THROW);
    const int narrow = window->getPosSize().Width;
    const int narrow_list = width_of(controls, "AreaList");
    const int narrow_summary = height_of(controls, "Summary");
    EXPECT_LE(narrow, 250) << "the deck opens at the panels' minimal width (less its scroll bar)";
    EXPECT_GE(narrow, 220);
    EXPECT_LT(narrow_list, narrow);

    drag_sidebar_edge(*doc, -200);
    const int wide = window->getPosSize().Width;
    EXPECT_GE(wide, narrow + 150) << "the panel widened with the sidebar";
    EXPECT_EQ(width_of(controls, "AreaList") - narrow_list, wide - narrow)
        << "the list follows the width";
    EXPECT_EQ(width_of(controls, "ProfileList"), width_of(controls, "AreaList"));
    EXPECT_LT(height_of(controls, "Summary"), narrow_summary)
        << "the summary needs fewer lines when wide";
    screenshot("coverage-wide");

    drag_sidebar_edge(*doc, 400);
    EXPECT_EQ(window->getPosSize().Width, narrow) << "no narrower than the minimal width";
    EXPECT_EQ(width_of(controls, "AreaList"), narrow_list);
    EXPECT_EQ(height_of(controls, "Summary"), narrow_summary);
    screenshot("coverage-narrow");
}

namespace {

// Gives a button words that grow, a word at a time, until `enough` says they are long enough;
// the words are measured in the font the button draws, so the test holds in any font.
int grow_label(const Reference<css::awt::XControlContainer>& controls, const char* name,
               const std::string& start, const std::function<bool(int)>& enough)
{
    std::string words = start;
    for (int i = 0; i < 40; ++i) {
        model_of(controls, name)
            ->setPropertyValue("Label", Any(rtl::OUString::fromUtf8((words + "\u2026").c_str())));
        const int width = words_width(controls, name);
        if (enough(width))
            return width;
        words += " more";
    }
    ADD_FAILURE() << name << ": no words long enough";
    return 0;
}

void lay_out_again(const Document& doc)
{
    drag_sidebar_edge(doc, -100);
    drag_sidebar_edge(doc, 200);  // back at the narrowest
}

}  // namespace

// Buttons designed side by side share their row equally while their words fit; words too long
// for half the row (a longer language, a wider font) get more of it, and words too long for
// that get a row of their own. Words are sized against this font, so the test holds in any.
TEST(SidebarUi, ButtonsSideBySideGiveLongWordsRoomOrARowOfTheirOwn)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    const auto coverage = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    const auto left = place_of(coverage, "CoveredBy");
    const auto right = place_of(coverage, "ClearMark");
    ASSERT_EQ(left.Y, right.Y);
    const int row = right.X + right.Width - left.X;
    // "Insert section" and "Not applicable…" share their row here; in a wide font they may not.
    const bool shared_at_first =
        place_of(coverage, "NotApplicable").Y == place_of(coverage, "InsertSection").Y;
    const int half = left.Width;
    constexpr int kButtonRoom = 8;  // the frame and a little air, as layout_problems asks

    // Too long for half the row, short enough to share it with "Clear mark".
    const int longer = grow_label(coverage, "CoveredBy", "Covered by",
                                  [&](int width) { return width + kButtonRoom > half; });
    ASSERT_LT(longer + words_width(coverage, "ClearMark") + 4 * kButtonRoom, row)
        << "these words should still share the row";
    lay_out_again(*doc);
    EXPECT_EQ(place_of(coverage, "CoveredBy").Y, place_of(coverage, "ClearMark").Y)
        << "side by side";
    EXPECT_GT(place_of(coverage, "CoveredBy").Width, place_of(coverage, "ClearMark").Width)
        << "the longer words take more of the row";
    EXPECT_THAT(layout_problems(coverage), ::testing::IsEmpty());

    // Too long to share the row with "Insert section", short enough for a row of its own.
    const int insert_words = words_width(coverage, "InsertSection");
    grow_label(coverage, "NotApplicable", "Not applicable", [&](int width) {
        return width + insert_words + 2 * 14 + 4 > row;  // beyond what the row can share
    });
    ASSERT_LE(words_width(coverage, "NotApplicable") + kButtonRoom, row);
    lay_out_again(*doc);
    const auto insert = place_of(coverage, "InsertSection");
    const auto not_applicable = place_of(coverage, "NotApplicable");
    EXPECT_GT(not_applicable.Y, insert.Y) << "below, not beside";
    EXPECT_EQ(not_applicable.X, insert.X);
    EXPECT_EQ(not_applicable.Width, row) << "across the panel";
    EXPECT_EQ(insert.Width, row);
    EXPECT_GT(place_of(coverage, "CoveredBy").Y, not_applicable.Y) << "the rows below moved down";
    EXPECT_THAT(layout_problems(coverage), ::testing::IsEmpty());
    screenshot("coverage-long-button");

    // Back to its own words, the button stands where it stood at first.
    model_of(coverage, "NotApplicable")
        ->setPropertyValue("Label", Any(rtl::OUString::fromUtf8("Not applicable\u2026")));
    lay_out_again(*doc);
    EXPECT_EQ(place_of(coverage, "NotApplicable").Y == place_of(coverage, "InsertSection").Y,
              shared_at_first);

    const auto approval = panel_controls(*doc, "org.preventtoolkit.ApprovalPanel");
    EXPECT_THAT(layout_problems(approval), ::testing::IsEmpty()) << "Record approval…, whole";
}

TEST(SidebarUi, ThePreventMenuOpensTheDeck)
{
    const auto doc = open_window("private:factory/swriter");
    sidebar_of(*doc)->setVisible(false);
    settle();
    ASSERT_FALSE(sidebar_of(*doc)->isVisible());
    const Reference<css::accessibility::XAccessible> top(doc->frame()->getContainerWindow(),
                                                         UNO_QUERY_THROW);
    const auto menu = find_accessible(top->getAccessibleContext(),
                                      css::accessibility::AccessibleRole::MENU, "Prevent");
    ASSERT_TRUE(menu.is()) << "no Prevent menu in the menu bar";
    const auto item = find_accessible(menu, css::accessibility::AccessibleRole::MENU_ITEM,
                                      "Show Prevent Sidebar", 2);
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
    const Reference<org::preventtoolkit::XDocumentProfile> profiles(
        office().create("org.preventtoolkit.DocumentProfile"), UNO_QUERY_THROW);
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
    const Reference<org::preventtoolkit::XPanelCensus> census(
        office().create("org.preventtoolkit.comp.PanelFactory"), UNO_QUERY_THROW);
    settle();
    const int panels_before = census->getOpenPanelCount();
    const pid_t soffice = prevent::testing::find_in_group(office().process_group(), "soffice.bin");
    ASSERT_GT(soffice, 0);
    long memory_after_warm_up = 0;
    int most_panels = 0;
    for (int i = 0; i < 50; ++i) {
        try {
            auto doc =
                open_window(i % 5 == 4 ? "private:factory/scalc" : "private:factory/swriter");
            dispatch(*doc, "org.preventtoolkit:ShowDeck");
            most_panels = std::max(most_panels, census->getOpenPanelCount());
            ASSERT_GE(census->getOpenPanelCount(), panels_before + 2)
                << "document " << i << " has no Prevent panels";
            // Watched from inside the office: a weak reference held here, across the bridge, made
            // the office call this test back as each model died, and under load that lost the
            // connection.
            census->watchForRelease(doc->model());
            doc.reset();
            settle();
            if (i == 9)
                memory_after_warm_up = prevent::testing::resident_kib(soffice);
        } catch (const css::uno::Exception& e) {
            FAIL() << "document " << i << ": " << utf8(e.Message);
        }
    }
    settle();
    EXPECT_EQ(census->getOpenPanelCount(), panels_before) << "panels outlived their documents";
    EXPECT_EQ(census->getWatchedAliveCount(), 0) << "something still holds closed documents";
    const long memory_at_end = prevent::testing::resident_kib(soffice);
    std::printf(
        "panels at most %d; office memory after 10 documents %ld KiB, after 50 %ld KiB (+%ld "
        "KiB)\n",
        most_panels, memory_after_warm_up, memory_at_end, memory_at_end - memory_after_warm_up);
    // The census is the precise check; this one catches what it cannot see (windows, control
    // models, caches). Without the deck the office grows about 1 MB over these 40 documents; a
    // panel whose dialog model outlived it cost 16 MB.
    EXPECT_LT(memory_at_end - memory_after_warm_up, 8 * 1024)
        << "the office grew with every document";
    EXPECT_TRUE(prevent::testing::group_alive(office().process_group()));
}
