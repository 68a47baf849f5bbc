// The Prevent deck in real Writer and Calc windows (Xvfb): the deck and its panels through the
// sidebar API, the Coverage panel's profile and checklist, the menu, resizing, and 50 documents
// opened and closed without leaking panels. Screenshots go to the build folder.
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>

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
