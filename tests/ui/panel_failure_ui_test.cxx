// A panel that fails to build shows one line in its place and logs why, instead of vanishing;
// the other panels are unharmed. The office runs with PREVENT_TOOLKIT_FAIL_PANEL=RisksPanel, the
// test hook that makes building that panel throw.
#include "office_environment.hxx"
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using namespace prevent::ui_testing;

TEST(PanelFailure, TheFailedPanelSaysSoAndTheOthersWork)
{
    const auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    EXPECT_THAT(panel_ids(*doc), ::testing::Contains("org.preventtoolkit.RisksPanel"))
        << "the panel vanished";

    const auto failed = panel_controls(*doc, "org.preventtoolkit.RisksPanel");
    const auto message = failed->getControl("Message");
    ASSERT_TRUE(message.is()) << "no message in place of the panel";
    EXPECT_EQ(utf8(Reference<css::awt::XFixedText>(message->getPeer(), UNO_QUERY_THROW)->getText()),
              "This panel could not be shown. The reason is in prevent-toolkit.log in your "
              "LibreOffice profile.");

    const auto coverage = panel_controls(*doc, "org.preventtoolkit.CoveragePanel");
    EXPECT_TRUE(coverage->getControl("AreaList").is()) << "the other panels are built as usual";

    std::ifstream log(office().user_installation() / "user" / "prevent-toolkit.log");
    std::stringstream text;
    text << log.rdbuf();
    EXPECT_THAT(text.str(),
                ::testing::HasSubstr(
                    "panel RisksPanel: PREVENT_TOOLKIT_FAIL_PANEL asked this panel to fail"));
    screenshot("risks-panel-failed");
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.visible = true;
    options.extra_environment = {"PREVENT_TOOLKIT_FAIL_PANEL=RisksPanel"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
