// What scripts/compat-check runs inside each minimal system: the office there, with the .oxt
// installed for all users (unopkg add --shared), in a real window on the display given. Every
// service answers on the sample (the catalogue, a coverage check, readRisks, an approval stamp
// and its status, an action plan and its check), the approval survives .docx and .xlsx round
// trips, and the deck shows its panels, with content, in Writer and in Calc; a screenshot of
// each window is asked of the host (which owns the display) through the shots folder.
// One line per step on stdout; exit 1 at the first step that fails, with the reason.
#include "office.hxx"
#include "uno_values.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XBoardPack.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <iostream>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::file_url;
using prevent::testing::utf8;
using rtl::OUString;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Arguments {
    fs::path document, folder, shots;
    std::string display;
};

Arguments parse(int argc, char** argv)
{
    Arguments a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--document")
            a.document = argv[i + 1];
        else if (arg == "--folder")
            a.folder = argv[i + 1];
        else if (arg == "--shots")
            a.shots = argv[i + 1];
        else if (arg == "--display")
            a.display = argv[i + 1];
        else
            throw std::invalid_argument("unknown argument " + arg);
    }
    if (a.document.empty() || a.folder.empty() || a.shots.empty() || a.display.empty())
        throw std::invalid_argument(
            "usage: compat-probe --document FILE --folder DIR --shots DIR --display :N");
    return a;
}

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

class Probe {
public:
    explicit Probe(const Arguments& args) : args_(args) {}

    void run()
    {
        prevent::testing::OfficeOptions options;
        options.folder = args_.folder;
        options.visible = true;
        options.display = args_.display;
        options.use_installed_extensions = true;  // what unopkg add --shared installed
        const auto started = Clock::now();
        office_.start(options);
        std::printf("office started: %.0f ms\n", ms_since(started));
        catalogue();
        writer();
        calc();
        office_.stop();
    }

private:
    template <typename T>
    Reference<T> service(const char* name)
    {
        return Reference<T>(office_.create(name), UNO_QUERY_THROW);
    }

    void settle()
    {
        const Reference<css::awt::XToolkitExperimental> toolkit(
            css::awt::Toolkit::create(office_.context()), UNO_QUERY_THROW);
        for (int i = 0; i < 5; ++i) {
            toolkit->processEventsToIdle();
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }

    Reference<css::frame::XModel> load(const OUString& url, bool hidden = false)
    {
        const Reference<css::frame::XComponentLoader> loader(office_.desktop(), UNO_QUERY_THROW);
        css::uno::Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "Hidden";
        args[0].Value <<= hidden;
        const Reference<css::frame::XModel> model(
            loader->loadComponentFromURL(url, "_blank", 0, args), UNO_QUERY_THROW);
        if (!hidden)
            model->getCurrentController()->getFrame()->getContainerWindow()->setPosSize(
                0, 0, 1280, 900, css::awt::PosSize::POSSIZE);
        return model;
    }

    static void store(const Reference<css::frame::XModel>& model, const fs::path& path,
                      const char* filter)
    {
        css::uno::Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "FilterName";
        args[0].Value <<= OUString::createFromAscii(filter);
        Reference<css::frame::XStorable>(model, UNO_QUERY_THROW)->storeToURL(file_url(path), args);
    }

    static void close(const Reference<css::frame::XModel>& model)
    {
        Reference<css::util::XCloseable>(model, UNO_QUERY_THROW)->close(true);
    }

    static css::util::Date today()
    {
        const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
        std::tm tm{};
        ::localtime_r(&now, &tm);
        return css::util::Date(static_cast<sal_uInt16>(tm.tm_mday),
                               static_cast<sal_uInt16>(tm.tm_mon + 1),
                               static_cast<sal_Int16>(tm.tm_year + 1900));
    }

    static org::preventtoolkit::ApprovalRecord record()
    {
        org::preventtoolkit::ApprovalRecord r;
        r.ApprovingBody = "Board of Governors";
        r.ApprovedBy = "Compat Check, Chair of Governors";
        r.ApprovalDate = today();
        r.MinuteReference = "CC/1";
        r.Version = "compat";
        return r;
    }

    // The first call loads the component library (and its ICU data); the second does not.
    void catalogue()
    {
        auto started = Clock::now();
        auto catalogue = service<org::preventtoolkit::XCatalogue>("org.preventtoolkit.Catalogue");
        const auto profiles = catalogue->getProfiles();
        const double first = ms_since(started);
        started = Clock::now();
        catalogue = service<org::preventtoolkit::XCatalogue>("org.preventtoolkit.Catalogue");
        catalogue->getProfiles();
        std::printf(
            "catalogue: %d profiles, %d areas in %s; first call %.0f ms (loads the "
            "component), second %.1f ms\n",
            static_cast<int>(profiles.getLength()),
            static_cast<int>(catalogue->getAreas(profiles[0]).getLength()),
            utf8(profiles[0]).c_str(), first, ms_since(started));
        // What a provider's preset catalogue changed (compat-check installs one) shows here.
        std::string areas;
        for (const auto& area : catalogue->getAreas(profiles[0]))
            areas += (areas.empty() ? "" : " | ") + utf8(area.Id) + "=" + utf8(area.Title);
        std::printf("catalogue %s: %s\n", utf8(profiles[0]).c_str(), areas.c_str());
    }

    void writer()
    {
        // A copy: the probe stamps it.
        const fs::path copy = args_.folder / "assessment.odt";
        fs::copy_file(args_.document, copy, fs::copy_options::overwrite_existing);
        const auto model = load(file_url(copy));
        const auto report =
            service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker")
                ->check(model, "");
        int covered = 0;
        for (const auto& a : report.Areas)
            covered += a.State == "covered" ? 1 : 0;
        std::printf("coverage (%s): %d of %d areas covered, %d findings\n",
                    utf8(report.Profile).c_str(), covered,
                    static_cast<int>(report.Areas.getLength()),
                    static_cast<int>(report.Findings.getLength()));
        const auto risks =
            service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister")
                ->readRisks(model);
        std::printf("readRisks: %d risks\n", static_cast<int>(risks.getLength()));
        if (risks.getLength() == 0)
            throw std::runtime_error("readRisks found no risk in the sample");

        const auto approval =
            service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
        approval->stamp(model, record());
        approval->insertApprovalBlock(model);
        const auto status = approval->getStatus(model);
        std::printf("approval: stamped and block inserted: %s, digest %s\n",
                    utf8(status.State).c_str(), utf8(status.CurrentDigest).substr(0, 16).c_str());
        if (status.State != "approved")
            throw std::runtime_error("a fresh stamp does not read approved");
        for (const auto& [extension, filter] :
             {std::pair{"docx", "MS Word 2007 XML"}, std::pair{"doc", "MS Word 97"}}) {
            fs::path path = args_.folder / (std::string("governors-copy.") + extension);
            store(model, path, filter);
            auto back = load(file_url(path), true);
            store(back, path, filter);  // and back again
            close(back);
            back = load(file_url(path), true);
            const auto read = approval->getStatus(back);
            close(back);
            std::printf("approval after two %s round trips: %s\n", extension,
                        utf8(read.State).c_str());
            if (read.State != "approved")
                throw std::runtime_error(std::string("the approval does not survive ") + extension);
        }
        board_pack(model);
        deck(model, "writer");
        writer_ = model;
    }

    // The board pack of the stamped sample, exported as PDF/A-2b: the PDF must say it is one.
    void board_pack(const Reference<css::frame::XModel>& model)
    {
        const auto packs = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack");
        org::preventtoolkit::BoardPackOptions options;
        options.MeetingBody = "Board of Governors";
        options.MeetingDate = today();
        const auto pack = packs->create(model, nullptr, options);
        const fs::path pdf = args_.folder / "board-pack.pdf";
        packs->exportPdf(pack, file_url(pdf));
        close(pack);
        std::ifstream in(pdf, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        if (bytes.rfind("%PDF-", 0) != 0 ||
            bytes.find("<pdfaid:part>2</pdfaid:part>") == std::string::npos)
            throw std::runtime_error("the board pack's PDF is not PDF/A-2");
        std::printf("board pack: PDF/A-2b, %zu bytes\n", bytes.size());
    }

    void calc()
    {
        const auto model = load("private:factory/scalc");
        const auto plans =
            service<org::preventtoolkit::XActionPlan>("org.preventtoolkit.ActionPlan");
        const auto sheet = plans->createSheet(model);
        const auto imported = plans->importActions(model, writer_);
        const auto findings = plans->check(model, writer_);
        std::printf(
            "action plan: sheet \"%s\", %d actions brought in from the assessment, %d "
            "findings\n",
            utf8(sheet).c_str(), static_cast<int>(imported),
            static_cast<int>(findings.getLength()));
        const auto approval =
            service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
        approval->stamp(model, record());
        const fs::path path = args_.folder / "plan.xlsx";
        store(model, path, "Calc MS Excel 2007 XML");
        const auto back = load(file_url(path), true);
        const auto read = approval->getStatus(back);
        close(back);
        std::printf("plan approval after an xlsx round trip: %s\n", utf8(read.State).c_str());
        if (read.State != "approved")
            throw std::runtime_error("the plan's approval does not survive xlsx");
        deck(model, "calc");
    }

    // Opens the deck, checks each panel has controls (the component's panels, not an empty grey
    // body), and asks the host for a screenshot.
    void deck(const Reference<css::frame::XModel>& model, const char* name)
    {
        css::frame::DispatchHelper::create(office_.context())
            ->executeDispatch(Reference<css::frame::XDispatchProvider>(
                                  model->getCurrentController()->getFrame(), UNO_QUERY_THROW),
                              "org.preventtoolkit:ShowDeck", "", 0, {});
        settle();
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the panels' pause
        settle();
        const auto sidebar =
            Reference<css::frame::XController2>(model->getCurrentController(), UNO_QUERY_THROW)
                ->getSidebar();
        const Reference<css::ui::XDeck> deck(
            sidebar->getDecks()->getByName("org.preventtoolkit.Deck"), UNO_QUERY_THROW);
        std::string panels;
        for (const auto& id : deck->getPanels()->getElementNames()) {
            const Reference<css::ui::XPanel> panel(deck->getPanels()->getByName(id),
                                                   UNO_QUERY_THROW);
            const Reference<css::awt::XControlContainer> controls(panel->getDialog(), UNO_QUERY);
            const int count =
                controls.is() ? static_cast<int>(controls->getControls().getLength()) : 0;
            if (count == 0)
                throw std::runtime_error("the panel " + utf8(id) + " shows nothing in " + name);
            panels += (panels.empty() ? "" : ", ") + utf8(id) + " (" + std::to_string(count) +
                      " controls)";
        }
        if (panels.empty())
            throw std::runtime_error(std::string("the deck has no panel in ") + name);
        std::printf("deck in %s: %s\n", name, panels.c_str());
        screenshot(name);
    }

    void screenshot(const std::string& name)
    {
        const fs::path png = args_.shots / (name + ".png");
        fs::remove(png);
        std::ofstream(args_.shots / (name + ".request")).put('\n');
        const auto deadline = Clock::now() + std::chrono::seconds(60);
        while (!fs::exists(png) && Clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (!fs::exists(png))
            throw std::runtime_error("the host took no screenshot of " + name);
        std::printf("screenshot: %s\n", png.filename().c_str());
    }

    Arguments args_;
    prevent::testing::Office office_;
    Reference<css::frame::XModel> writer_;
};

}  // namespace

int main(int argc, char** argv)
{
    try {
        const Arguments args = parse(argc, argv);
        Probe(args).run();
        std::cout << "all steps passed\n";
        return 0;
    } catch (const css::uno::Exception& e) {
        std::cout << "FAILED: " << utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cout << "FAILED: " << e.what() << "\n";
    }
    return 1;
}
