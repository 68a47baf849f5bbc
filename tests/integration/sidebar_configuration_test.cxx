// The office's configuration, as our .xcu files leave it: the Prevent deck and its panels for
// the right applications, the panel factory, the command handler and the Prevent menu.
#include "office_environment.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>

#include <gmock/gmock.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

namespace {

// A value of the office's configuration, e.g. ("/org.openoffice.Office.UI.Sidebar", "Content/...").
Any configured(const char* root, const std::string& path)
{
    const auto provider = css::configuration::theDefaultProvider::get(office().context());
    css::uno::Sequence<Any> args(1);
    args[0] <<= css::beans::NamedValue("nodepath", Any(OUString::createFromAscii(root)));
    const Reference<css::container::XHierarchicalNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              args),
        UNO_QUERY_THROW);
    return access->getByHierarchicalName(OUString::fromUtf8(path.c_str()));
}

std::string text(const char* root, const std::string& path)
{
    OUString value;
    configured(root, path) >>= value;
    return utf8(value);
}

// "WriterVariants, any, visible ; Calc, any, visible ;" -> {"WriterVariants", "Calc"}
std::vector<std::string> applications(const std::string& path)
{
    std::vector<std::string> out;
    css::uno::Sequence<OUString> entries;
    configured("/org.openoffice.Office.UI.Sidebar", path + "/ContextList") >>= entries;
    for (const auto& entry : entries) {
        const std::string e = utf8(entry.trim());
        if (!e.empty())
            out.push_back(e.substr(0, e.find(',')));
        EXPECT_THAT(e, ::testing::AnyOf(::testing::EndsWith("any, visible"), ::testing::IsEmpty()))
            << path;
    }
    return out;
}

const char* const kSidebar = "/org.openoffice.Office.UI.Sidebar";

}  // namespace

TEST(SidebarConfiguration, HasThePreventDeckInWriterAndCalc)
{
    const std::string deck = "Content/DeckList/org.preventtoolkit.Deck";
    EXPECT_EQ(text(kSidebar, deck + "/Id"), "org.preventtoolkit.Deck");
    EXPECT_EQ(text(kSidebar, deck + "/Title"), "Prevent");
    EXPECT_THAT(applications(deck), UnorderedElementsAre("WriterVariants", "Calc"));
    EXPECT_EQ(text(kSidebar, deck + "/IconURL"),
              "vnd.sun.star.extension://org.preventtoolkit.extension/icons/deck.png");
    EXPECT_EQ(text(kSidebar, deck + "/HighContrastIconURL"),
              "vnd.sun.star.extension://org.preventtoolkit.extension/icons/deck-hc.png");
}

TEST(SidebarConfiguration, ShowsEachPanelInItsApplications)
{
    const std::map<std::string, std::vector<std::string>> expected = {
        {"CoveragePanel", {"WriterVariants"}},
        {"RisksPanel", {"WriterVariants"}},
        {"ApprovalPanel", {"WriterVariants", "Calc"}},
        {"ActionPlanPanel", {"Calc"}},
    };
    for (const auto& [name, apps] : expected) {
        SCOPED_TRACE(name);
        const std::string panel = "Content/PanelList/org.preventtoolkit." + name;
        EXPECT_EQ(text(kSidebar, panel + "/Id"), "org.preventtoolkit." + name);
        EXPECT_EQ(text(kSidebar, panel + "/DeckId"), "org.preventtoolkit.Deck");
        EXPECT_EQ(applications(panel), apps);
        EXPECT_EQ(text(kSidebar, panel + "/ImplementationURL"),
                  "private:resource/toolpanel/org.preventtoolkit.PanelFactory/" + name);
    }
}

TEST(SidebarConfiguration, NamesOurFactoryForThePanels)
{
    const std::string node = "Registered/UIElementFactories/org.preventtoolkit.PanelFactory";
    EXPECT_EQ(text("/org.openoffice.Office.UI.Factories", node + "/Type"), "toolpanel");
    EXPECT_EQ(text("/org.openoffice.Office.UI.Factories", node + "/Name"),
              "org.preventtoolkit.PanelFactory");
    // The start library's factory, which hands every panel to the component's (src/start).
    EXPECT_EQ(text("/org.openoffice.Office.UI.Factories", node + "/FactoryImplementation"),
              "org.preventtoolkit.comp.StartPanelFactory");
}

TEST(SidebarConfiguration, RoutesOurCommandsAndHasThePreventMenu)
{
    css::uno::Sequence<OUString> protocols;
    configured("/org.openoffice.Office.ProtocolHandler",
               "HandlerSet/org.preventtoolkit.comp.PreventCommands/Protocols") >>= protocols;
    EXPECT_THAT(utf8(protocols), ElementsAre("org.preventtoolkit:*"));
    const std::string menu = "AddonUI/OfficeMenuBar/org.preventtoolkit.menu";
    EXPECT_EQ(text("/org.openoffice.Office.Addons", menu + "/Title"), "~Prevent");
    EXPECT_EQ(text("/org.openoffice.Office.Addons", menu + "/Submenu/m010-ShowDeck/URL"),
              "org.preventtoolkit:ShowDeck");
}

// The sidebar swallows what the factory throws; these refusals are what the interface declares,
// from the component's factory and, passed on, from the start library's that the sidebar asks.
TEST(PanelFactory, RefusesForeignUrlsAndAMissingParentWindow)
{
    for (const char* name :
         {"org.preventtoolkit.comp.PanelFactory", "org.preventtoolkit.comp.StartPanelFactory"}) {
        SCOPED_TRACE(name);
        const Reference<css::ui::XUIElementFactory> factory(office().create(name), UNO_QUERY_THROW);
        EXPECT_THROW(
            factory->createUIElement(
                "private:resource/toolpanel/org.preventtoolkit.PanelFactory/NoSuchPanel", {}),
            css::container::NoSuchElementException);
        EXPECT_THROW(factory->createUIElement("private:resource/toolpanel/Other/CoveragePanel", {}),
                     css::container::NoSuchElementException);
        EXPECT_THROW(
            factory->createUIElement(
                "private:resource/toolpanel/org.preventtoolkit.PanelFactory/CoveragePanel", {}),
            css::lang::IllegalArgumentException);
    }
}
