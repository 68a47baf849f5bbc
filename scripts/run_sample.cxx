// The main job behind scripts/run: installs the built .oxt into a LibreOffice profile, asks the
// running office what the extension answers, reads the sample assessment there, and, when a
// display is available, leaves LibreOffice open on the sample with the Prevent sidebar.
#include "office.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/CoverageChecker.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::file_url;
using prevent::testing::utf8;
using rtl::OUString;
namespace fs = std::filesystem;

namespace {

struct Arguments {
    fs::path oxt, document, folder, user_installation;
    bool open = false;
};

Arguments parse(int argc, char** argv)
{
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> fs::path {
            if (i + 1 >= argc)
                throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--oxt")
            a.oxt = value();
        else if (arg == "--document")
            a.document = value();
        else if (arg == "--folder")
            a.folder = value();
        else if (arg == "--user-installation")
            a.user_installation = value();
        else if (arg == "--open")
            a.open = true;
        else
            throw std::invalid_argument("unknown argument " + arg);
    }
    if (a.oxt.empty() || a.document.empty() || a.folder.empty())
        throw std::invalid_argument(
            "usage: run-sample --oxt FILE --document FILE --folder DIR "
            "[--user-installation DIR] [--open]");
    return a;
}

void report_extension(const prevent::testing::Office& office)
{
    const auto manager = css::deployment::ExtensionManager::get(office.context());
    const auto layer =
        office.install_layer() == prevent::testing::InstallLayer::User ? "user" : "shared";
    for (const auto& package : manager->getDeployedExtensions(
             OUString::createFromAscii(layer), manager->createAbortChannel(), nullptr)) {
        const auto id = package->getIdentifier();
        if (id.IsPresent && id.Value == "org.preventtoolkit.extension") {
            const auto registered = package->isRegistered(nullptr, nullptr);
            std::cout << "Extension: " << utf8(package->getDisplayName()) << " "
                      << utf8(package->getVersion()) << " (" << utf8(id.Value) << "), " << layer
                      << " layer, "
                      << (registered.IsPresent && registered.Value.Value ? "registered"
                                                                         : "NOT registered")
                      << "\n";
            return;
        }
    }
    throw std::runtime_error(
        "the office does not list org.preventtoolkit.extension after installing it");
}

void report_catalogue(const prevent::testing::Office& office)
{
    const Reference<org::preventtoolkit::XCatalogue> catalogue(
        office.create("org.preventtoolkit.Catalogue"), UNO_QUERY_THROW);
    std::cout << "Catalogue (org.preventtoolkit.Catalogue, from the office's configuration):\n";
    for (const auto& profile : catalogue->getProfiles()) {
        const auto areas = catalogue->getAreas(profile);
        int expected = 0;
        for (const auto& a : areas)
            expected += a.Expectation == "expected" ? 1 : 0;
        std::printf("  %-8s %2d areas: %2d expected, %2d recommended\n", utf8(profile).c_str(),
                    static_cast<int>(areas.getLength()), expected,
                    static_cast<int>(areas.getLength()) - expected);
    }
}

Reference<css::lang::XComponent> load(const prevent::testing::Office& office,
                                      const fs::path& document, bool hidden)
{
    const Reference<css::frame::XComponentLoader> loader(office.desktop(), UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= hidden;
    return loader->loadComponentFromURL(file_url(document), "_blank", 0, args);
}

void report_document(const prevent::testing::Office& office, const fs::path& document)
{
    const auto component = load(office, document, true);
    const Reference<css::text::XTextDocument> text(component, UNO_QUERY_THROW);
    int paragraphs = 0, headings = 0;
    const Reference<css::container::XEnumerationAccess> access(text->getText(), UNO_QUERY_THROW);
    for (const auto e = access->createEnumeration(); e->hasMoreElements();) {
        const Reference<css::lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph"))
            continue;
        ++paragraphs;
        sal_Int16 level = 0;
        Reference<css::beans::XPropertySet>(info, UNO_QUERY_THROW)
            ->getPropertyValue("OutlineLevel") >>= level;
        headings += level > 0 ? 1 : 0;
    }
    const Reference<css::text::XTextTablesSupplier> tables(component, UNO_QUERY_THROW);
    const auto properties =
        Reference<css::document::XDocumentPropertiesSupplier>(component, UNO_QUERY_THROW)
            ->getDocumentProperties();
    OUString profile;
    Reference<css::beans::XPropertySet>(properties->getUserDefinedProperties(), UNO_QUERY_THROW)
        ->getPropertyValue("Prevent.Profile") >>= profile;
    std::cout << "Sample assessment: " << document.string() << "\n"
              << "  \"" << utf8(properties->getTitle()) << "\"\n"
              << "  " << paragraphs << " paragraphs, " << headings << " headings, "
              << tables->getTextTables()->getElementNames().getLength()
              << " table(s); Prevent.Profile = " << utf8(profile) << "\n";
    // The approval as the Approval panel shows it (org.preventtoolkit.Approval).
    const Reference<org::preventtoolkit::XApproval> approval(
        office.context()->getServiceManager()->createInstanceWithContext(
            "org.preventtoolkit.Approval", office.context()),
        UNO_QUERY_THROW);
    const auto status =
        approval->getStatus(Reference<css::frame::XModel>(component, UNO_QUERY_THROW));
    std::cout << "  Approval: " << utf8(status.State) << ", " << status.History.getLength()
              << " recorded; content digest " << utf8(status.CurrentDigest).substr(0, 16)
              << "\u2026\n";
    // The coverage as the Coverage panel shows it (org.preventtoolkit.CoverageChecker): each
    // area's state, and why it counts.
    const auto checker = org::preventtoolkit::CoverageChecker::create(office.context());
    const auto coverage =
        checker->check(Reference<css::frame::XModel>(component, UNO_QUERY_THROW), "");
    int covered = 0;
    for (const auto& a : coverage.Areas)
        covered += a.State == "covered" ? 1 : 0;
    std::cout << "  Coverage (" << utf8(coverage.Profile) << "): " << covered << " of "
              << coverage.Areas.getLength() << " areas covered\n";
    for (const auto& a : coverage.Areas) {
        std::printf("    %-15s %s\n", utf8(a.State).c_str(), utf8(a.Title).c_str());
        for (const auto& line : a.Evidence)
            std::cout << "                    " << utf8(line) << "\n";
    }
    Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(true);
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        const Arguments args = parse(argc, argv);
        const char* display = std::getenv("DISPLAY");
        const bool show = args.open && display && *display;
        prevent::testing::OfficeOptions options;
        options.oxt = args.oxt;
        options.folder = args.folder;
        options.user_installation = args.user_installation;
        options.visible = show;
        options.display = show ? display : "";
        if (!args.user_installation.empty() && fs::exists(args.user_installation / ".lock"))
            throw std::runtime_error(
                "LibreOffice is running with the profile " + args.user_installation.string() +
                ": close it and run again (or delete its .lock if no LibreOffice runs)");
        prevent::testing::Office office;
        const auto started = std::chrono::steady_clock::now();
        office.start(options);
        const auto seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::printf("LibreOffice profile: %s (install and start: %.1f s)\n",
                    office.user_installation().c_str(), seconds);
        report_extension(office);
        report_catalogue(office);
        report_document(office, args.document);
        if (!show) {
            office.stop();
            std::cout << "No display: ran headless and stopped the office. With a display, "
                         "scripts/run leaves "
                         "LibreOffice open on the sample with the Prevent sidebar.\n";
            return 0;
        }
        const Reference<css::frame::XModel> opened(load(office, args.document, false),
                                                   UNO_QUERY_THROW);
        css::frame::DispatchHelper::create(office.context())
            ->executeDispatch(Reference<css::frame::XDispatchProvider>(
                                  opened->getCurrentController()->getFrame(), UNO_QUERY_THROW),
                              "org.preventtoolkit:ShowDeck", "", 0, {});
        office.detach();
        std::cout << "LibreOffice is open on the sample with the Prevent sidebar (display "
                  << display << "); close it when you are done.\n";
        return 0;
    } catch (const css::uno::Exception& e) {
        std::cerr << "run-sample: " << utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "run-sample: " << e.what() << "\n";
    }
    return 1;
}
