// The provider's options in real LibreOffice, with an administrator's preset installed (the
// example provider extension): read through the configuration API; the options page's handler
// fills the page from them and, on OK, writes only what the user changed, so the rest keeps
// following the preset; the Record approval defaults and the board pack take them.
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XFlushable.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>
#include <org/preventtoolkit/XDocumentReview.hpp>

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;

namespace {

Reference<css::container::XNameAccess> options()
{
    css::uno::Sequence<Any> args(1);
    args[0] <<=
        css::beans::NamedValue("nodepath", Any(OUString("/org.preventtoolkit.Options/Provider")));
    return Reference<css::container::XNameAccess>(
        css::configuration::theDefaultProvider::get(office().context())
            ->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
        UNO_QUERY_THROW);
}

std::string option(const char* name)
{
    const auto node = options();
    const Any value = node->getByName(OUString::createFromAscii(name));
    Reference<css::lang::XComponent>(node, UNO_QUERY_THROW)->dispose();
    OUString text;
    if (value >>= text)
        return utf8(text);
    sal_Int32 number = 0;
    value >>= number;
    return std::to_string(number);
}

// Whether the user's own layer (registrymodifications.xcu in the profile) holds the option:
// else it comes from the preset or the schema's default.
bool set_by_user(const char* name)
{
    Reference<css::util::XFlushable>(
        css::configuration::theDefaultProvider::get(office().context()), UNO_QUERY_THROW)
        ->flush();
    std::ifstream in(office().folder() / "profile" / "user" / "registrymodifications.xcu");
    std::stringstream text;
    text << in.rdbuf();
    return text.str().find("oor:path=\"/org.preventtoolkit.Options/Provider\"><prop oor:name=\"" +
                           std::string(name) + "\"") != std::string::npos;
}

// The options page as the options dialog makes it: from its .xdl, with the extension's handler.
struct OptionsPage {
    Reference<css::awt::XContainerWindowEventHandler> handler;
    Reference<css::awt::XWindow> window;
    Reference<css::awt::XControlContainer> controls;

    explicit OptionsPage(const Document& host)
    {
        handler.set(office().create("org.preventtoolkit.OptionsPageHandler"), UNO_QUERY_THROW);
        window = css::awt::ContainerWindowProvider::create(office().context())
                     ->createContainerWindow(
                         "vnd.sun.star.extension://org.preventtoolkit.extension/dialogs/"
                         "OptionsPage.xdl",
                         "",
                         Reference<css::awt::XWindowPeer>(host.frame()->getContainerWindow(),
                                                          UNO_QUERY_THROW),
                         handler);
        controls.set(window, UNO_QUERY_THROW);
    }
    ~OptionsPage() { Reference<css::lang::XComponent>(window, UNO_QUERY_THROW)->dispose(); }
    bool event(const char* what)
    {
        return handler->callHandlerMethod(window, Any(OUString::createFromAscii(what)),
                                          "external_event");
    }
    std::string text(const char* name) const
    {
        return utf8(Reference<css::awt::XTextComponent>(
                        controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW)
                        ->getText());
    }
    std::string chosen(const char* name) const
    {
        return utf8(Reference<css::awt::XListBox>(
                        controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW)
                        ->getSelectedItem());
    }
    void type(const char* name, const char* text)
    {
        Reference<css::awt::XTextComponent>(controls->getControl(OUString::createFromAscii(name)),
                                            UNO_QUERY_THROW)
            ->setText(OUString::fromUtf8(text));
    }
};

}  // namespace

TEST(Options, ThePresetIsReadWhereTheUserSetNothing)
{
    EXPECT_EQ(option("ProviderName"), "Northbridge University");
    EXPECT_EQ(option("ApprovingBody"), "Council");
    EXPECT_EQ(option("Committee"), "Audit and Risk Committee");
    EXPECT_EQ(option("DefaultProfile"), "he");
    EXPECT_EQ(option("PreventLead"), "") << "not preset";
    EXPECT_EQ(option("RiskTableStyle"), "scored") << "the schema's default";
    EXPECT_EQ(option("ReviewCycleMonths"), "12");
    EXPECT_FALSE(set_by_user("ApprovingBody"));
}

TEST(Options, ThePageShowsThemAndOkKeepsOnlyWhatTheUserChanged)
{
    Document host(office(), "private:factory/swriter");
    {
        OptionsPage page(host);
        EXPECT_FALSE(page.event("something else"));
        ASSERT_TRUE(page.event("initialize"));
        EXPECT_EQ(page.text("Provider"), "Northbridge University");
        EXPECT_EQ(page.text("Body"), "Council");
        EXPECT_EQ(page.chosen("Profile"), "Higher education") << "the preset's, from the catalogue";
        EXPECT_EQ(page.chosen("Style"), "Scored (likelihood \u00d7 impact)");
        EXPECT_EQ(page.text("Committee"), "Audit and Risk Committee");
        page.type("Lead", "Head of Student Safeguarding");
        page.type("Committee", "Governance Committee");
        ASSERT_TRUE(page.event("ok"));
    }
    EXPECT_EQ(option("PreventLead"), "Head of Student Safeguarding");
    EXPECT_EQ(option("Committee"), "Governance Committee");
    EXPECT_TRUE(set_by_user("PreventLead"));
    EXPECT_TRUE(set_by_user("Committee"));
    EXPECT_FALSE(set_by_user("ApprovingBody")) << "untouched: still the administrator's";
    EXPECT_FALSE(set_by_user("ProviderName"));
    EXPECT_FALSE(set_by_user("DefaultProfile")) << option("DefaultProfile");
    EXPECT_FALSE(set_by_user("RiskTableStyle")) << option("RiskTableStyle");
    EXPECT_FALSE(set_by_user("ReviewCycleMonths"));

    OptionsPage again(host);
    ASSERT_TRUE(again.event("initialize"));
    EXPECT_EQ(again.text("Lead"), "Head of Student Safeguarding");
    again.type("Lead", "Someone else");
    ASSERT_TRUE(again.event("back"));  // the options dialog's Back: the edits undone
    EXPECT_EQ(again.text("Lead"), "Head of Student Safeguarding");
}

// A document that stores no profile is checked with the provider's default (he, preset), not the
// one its first page points at (schools); one that stores a profile keeps it.
TEST(Options, TheDefaultProfileIsUsedForADocumentThatStoresNone)
{
    Document doc(office(), "private:factory/swriter");
    prevent::testing::WriterBuilder(doc.model())
        .body("Northbridge Primary School")
        .heading("Safeguarding and Prevent")
        .body("The headteacher leads.");
    const Reference<org::preventtoolkit::XCoverageChecker> checker(
        office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW);
    auto report = checker->check(doc.model(), "");
    EXPECT_EQ(utf8(report.Profile), "he");
    for (const auto& f : report.Findings)
        EXPECT_NE(utf8(f.Code), "profile-inferred");
    const Reference<org::preventtoolkit::XDocumentReview> review(
        office().create("org.preventtoolkit.DocumentReview"), UNO_QUERY_THROW);
    EXPECT_EQ(utf8(review->review(doc.model(), true, false, false).Coverage.Profile), "he")
        << "what the Coverage panel shows";
    EXPECT_EQ(utf8(checker->check(doc.model(), "fe").Profile), "fe") << "one asked for is kept";
    Reference<org::preventtoolkit::XDocumentProfile>(
        office().create("org.preventtoolkit.DocumentProfile"), UNO_QUERY_THROW)
        ->setProfile(doc.model(), "schools");
    EXPECT_EQ(utf8(checker->check(doc.model(), "").Profile), "schools") << "stored";
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_extensions = {PREVENT_EXAMPLE_OXT};
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
