// Tools ▸ Options ▸ Prevent Toolkit ▸ Provider in a real window: the options dialog shows the
// page, filled from the options; a value typed and OK is kept. Screenshot options-page.png.
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <gmock/gmock.h>

#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using namespace prevent::ui_testing;

namespace {

std::string option(const char* name)
{
    css::uno::Sequence<Any> args(1);
    args[0] <<= css::beans::NamedValue("nodepath",
                                       Any(rtl::OUString("/org.preventtoolkit.Options/Provider")));
    const Reference<css::container::XNameAccess> node(
        css::configuration::theDefaultProvider::get(office().context())
            ->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
        UNO_QUERY_THROW);
    rtl::OUString value;
    node->getByName(rtl::OUString::createFromAscii(name)) >>= value;
    Reference<css::lang::XComponent>(node, UNO_QUERY_THROW)->dispose();
    return utf8(value);
}

}  // namespace

TEST(OptionsPageUi, TheExtensionsOptionsShowTheProviderPageAndOkKeepsWhatIsTyped)
{
    const auto doc = open_window("private:factory/swriter");
    // The dialog is modal: the dispatch returns when it closes, so it runs beside the test.
    std::thread dialog([&] {
        css::beans::PropertyValue id;
        id.Name = "ExtensionId";
        id.Value <<= rtl::OUString("org.preventtoolkit.extension");
        css::frame::DispatchHelper::create(office().context())
            ->executeDispatch(
                Reference<css::frame::XDispatchProvider>(doc->frame(), UNO_QUERY_THROW),
                ".uno:OptionsTreeDialog", "", 0,
                css::uno::Sequence<css::beans::PropertyValue>(&id, 1));
    });
    xdotool({"search", "--sync", "--name", "^Options", "windowfocus", "--sync"});
    settle();
    // The tree has the focus: Prevent Toolkit is its last node; open it and go to Provider.
    xdotool({"key", "End", "key", "Right", "key", "Down"});
    settle();
    std::this_thread::sleep_for(std::chrono::seconds(1));
    screenshot("options-page");
    // The page's first field has the focus once the page is shown: type the provider's name.
    xdotool({"key", "alt+n", "key", "ctrl+a"});
    xdotool({"type", "--delay", "10", "Northbridge University"});
    screenshot("options-page-typed");
    xdotool({"key", "Return"});  // OK
    dialog.join();
    EXPECT_EQ(option("ProviderName"), "Northbridge University");
}
