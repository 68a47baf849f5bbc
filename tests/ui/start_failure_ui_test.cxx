// Where the component library cannot be loaded (here: it needs a library the .oxt lacks, as it
// once needed ICU 72 on Debian 13), the deck must not be an empty grey body: every panel says
// "Prevent Toolkit could not start" with the dynamic loader's reason, and the log has it too.
#include "office_environment.hxx"
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/loader/CannotActivateFactoryException.hpp>

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using namespace prevent::ui_testing;

namespace {

std::string message_of(const Document& doc, const char* panel)
{
    const auto message = panel_controls(doc, panel)->getControl("Message");
    if (!message.is())
        return "(no message)";
    return utf8(Reference<css::awt::XFixedText>(message->getPeer(), UNO_QUERY_THROW)->getText());
}

}  // namespace

TEST(StartFailure, EveryPanelOfTheDeckSaysWhyInWriterAndCalc)
{
    EXPECT_THROW(office().create("org.preventtoolkit.Catalogue"), css::uno::Exception)
        << "the broken component must not load, or this test proves nothing";
    for (const auto& [factory, panels] :
         {std::pair{"private:factory/swriter",
                    std::vector<const char*>{"org.preventtoolkit.CoveragePanel",
                                             "org.preventtoolkit.RisksPanel",
                                             "org.preventtoolkit.ApprovalPanel"}},
          std::pair{"private:factory/scalc",
                    std::vector<const char*>{"org.preventtoolkit.ActionPlanPanel",
                                             "org.preventtoolkit.ApprovalPanel"}}}) {
        SCOPED_TRACE(factory);
        const auto doc = open_window(factory);
        // The menu's command is in the component too: the deck is opened as by its tab (the
        // sidebar's own API).
        sidebar_of(*doc)->setVisible(true);
        prevent_deck(*doc)->activate(true);
        settle();
        for (const char* panel : panels) {
            const std::string text = message_of(*doc, panel);
            EXPECT_THAT(text, StartsWith("Prevent Toolkit could not start: ")) << panel;
            EXPECT_THAT(text, HasSubstr("libprevent_absent.so: cannot open shared object file"))
                << panel << ": the loader's reason";
            EXPECT_THAT(text, HasSubstr("whoever looks after LibreOffice")) << panel;
        }
        screenshot(std::string("start-failed-").append(factory + 16).c_str());
    }
    std::ifstream log(office().user_installation() / "user" / "prevent-toolkit.log");
    std::stringstream text;
    text << log.rdbuf();
    EXPECT_THAT(text.str(), HasSubstr("Prevent Toolkit could not start: libprevent_absent.so"));
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_BROKEN_OXT;
    options.visible = true;
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
