// The Prevent deck in a Welsh office (interface language cy) in real Writer and Calc windows
// (Xvfb): every panel's words in Welsh, and at the deck's default width nothing cut off and
// nothing overlapping, though Welsh runs longer than English. Screenshots go to the build folder.
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>

#include <gmock/gmock.h>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::utf8;
using rtl::OUString;
using namespace prevent::ui_testing;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

namespace {

std::string text_property(const Reference<css::beans::XPropertySet>& model, const char* name)
{
    OUString text;
    if (model->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(name)))
        model->getPropertyValue(OUString::createFromAscii(name)) >>= text;
    return utf8(text);
}

void expect_welsh_and_whole(const Document& doc, const char* id)
{
    SCOPED_TRACE(id);
    const auto controls = panel_controls(doc, id);
    EXPECT_THAT(layout_problems(controls), IsEmpty());
    std::string all;
    for (const auto& control : controls->getControls()) {
        const Reference<css::accessibility::XAccessible> a(control, UNO_QUERY);
        if (a.is())
            all += utf8(a->getAccessibleContext()->getAccessibleName()) + "\n";
    }
    for (const char* english : {"Choose", "Insert", "Record", "Check", "the ", "Profile"})
        EXPECT_THAT(all, ::testing::Not(HasSubstr(english))) << all;
}

}  // namespace

TEST(WelshSidebarUi, WriterDeckInWelshNothingCutOrOverlapping)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();
    EXPECT_EQ(utf8(panel(*doc, "org.preventtoolkit.CoveragePanel")->getTitle()), "Cwmpas");
    EXPECT_EQ(utf8(panel(*doc, "org.preventtoolkit.RisksPanel")->getTitle()), "Risgiau");
    for (const char* id : {"org.preventtoolkit.CoveragePanel", "org.preventtoolkit.RisksPanel",
                           "org.preventtoolkit.ApprovalPanel"})
        expect_welsh_and_whole(*doc, id);
    const auto coverage = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    EXPECT_THAT(items_of(coverage, "ProfileList"), ::testing::Contains("Addysg uwch"));
    screenshot("welsh-writer-deck");
    // Each panel on its own, whole, for the eye.
    for (const auto& [id, name] :
         {std::pair<const char*, const char*>{"org.preventtoolkit.RisksPanel", "welsh-risks"},
          {"org.preventtoolkit.ApprovalPanel", "welsh-approval"}}) {
        panel(*doc, id)->expand(true);
        settle();
        expect_welsh_and_whole(*doc, id);
        screenshot(name);
    }
}

TEST(WelshSidebarUi, CalcDeckInWelshNothingCutOrOverlapping)
{
    const auto doc = open_window("private:factory/scalc");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();
    for (const char* id :
         {"org.preventtoolkit.ActionPlanPanel", "org.preventtoolkit.ApprovalPanel"})
        expect_welsh_and_whole(*doc, id);
    screenshot("welsh-calc-deck");
    panel(*doc, "org.preventtoolkit.ApprovalPanel")->expand(true);
    settle();
    screenshot("welsh-calc-approval");
}

// The Prevent menu and its dialogs in Welsh, opened as a user does (screenshots to look at).
TEST(WelshSidebarUi, TheMenuOpensTheDialogsInWelsh)
{
    const auto doc = open_window("private:factory/swriter");
    struct Dialog {
        const char *item, *title, *shot;
    };
    for (const auto& d :
         {Dialog{"Asesiad Risg Newydd...", "Asesiad risg Prevent newydd", "welsh-new-assessment"},
          Dialog{"Cofnodi Cymeradwyaeth...", "Cofnodi cymeradwyaeth", "welsh-record-approval"},
          Dialog{"Paratoi Pecyn y Bwrdd...", "Paratoi pecyn y bwrdd", "welsh-board-pack"}}) {
        SCOPED_TRACE(d.title);
        choose_menu_item(*doc, "Prevent", d.item);
        focus_window((std::string("^") + d.title + "$").c_str());
        screenshot(d.shot);
        xdotool({"key", "Escape"});
        settle();
    }
}

// The check above is no formality: the English deck passes it too, and a label made narrower
// than its words fails it.
TEST(WelshSidebarUi, TheLayoutCheckFindsACutLabel)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();
    const auto controls = panel_controls(*doc, "org.preventtoolkit.RisksPanel");
    for (const auto& control : controls->getControls()) {
        const Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY_THROW);
        bool multiline = false;
        if (model->getPropertySetInfo()->hasPropertyByName("MultiLine"))
            model->getPropertyValue("MultiLine") >>= multiline;
        if (text_property(model, "Label").size() < 6 || multiline)
            continue;
        const Reference<css::awt::XWindow> window(control, UNO_QUERY_THROW);
        const auto place = window->getPosSize();
        window->setPosSize(place.X, place.Y, 12, place.Height, css::awt::PosSize::WIDTH);
        EXPECT_THAT(layout_problems(controls), ::testing::Not(IsEmpty()));
        window->setPosSize(place.X, place.Y, place.Width, place.Height, css::awt::PosSize::WIDTH);
        return;
    }
    FAIL() << "no one-line label to narrow";
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.visible = true;
    options.interface_language = "cy";
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
