// The boundaries LibreOffice calls in a real window: panels (building, showing snapshots,
// buttons, lists), the Prevent menu's protocol handler and the document listeners, while the
// office's adapters throw through the PREVENT_TOOLKIT_FAULTS hook (src/uno/fault_point.hxx),
// one adapter at a time. The office must go on answering; every fault must be met (the log
// names it) and logged, not shown as a crash; and with the faults gone the panels work again.
#include "fault_hook.hxx"
#include "office_environment.hxx"
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/ApprovalRecord.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>

#include <gmock/gmock.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;

namespace {

const prevent::testing::FaultHook* g_faults = nullptr;  // armed and disarmed between calls

std::string office_log()
{
    std::ifstream in(office().user_installation() / "user" / "prevent-toolkit.log");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A UI action whose own failure (a control disabled at that moment) is not the point; the
// office dying is, and is caught by the check after each round.
template <typename Action>
void attempt(Action&& action)
{
    try {
        action();
    } catch (const css::lang::DisposedException&) {
        throw;
    } catch (const css::uno::Exception&) {
    }
}

// The first finding's Go to, and the first Fix a panel offers, when the panel shows them (a
// panel whose reading failed shows none).
void press_finding_buttons(const Reference<css::awt::XControlContainer>& controls)
{
    if (controls->getControl("GoTo0").is())
        attempt([&] { go_to_finding(controls, 0); });
    for (int i = 0; i < 30; ++i)
        if (controls->getControl(rtl::OUString::fromUtf8(("Fix" + std::to_string(i)).c_str()))
                .is()) {
            attempt([&] { fix_finding(controls, i); });
            return;
        }
}

const char* const kAdapters[] = {"outline",           "tables",         "digest",
                                 "properties",        "plan-sheet",     "plan-shaping",
                                 "section-insertion", "approval-block", "assessment-risks",
                                 "catalogue",         "locations",      "cursor",
                                 "plan-status",       "panel-show"};

}  // namespace

TEST(PanelBoundaries, PanelsCommandsAndListenersSurviveAFaultInEveryAdapter)
{
    const auto writer = open_window("private:factory/swriter");
    WriterBuilder(writer->model())
        .heading("Leadership")
        .body("The board leads.")
        .heading("Staff training")
        .body("Yearly.");
    // Approved, so that Insert block and the menu's Insert approval block have work to do.
    org::preventtoolkit::ApprovalRecord record;
    record.ApprovingBody = "Board of Governors";
    record.ApprovedBy = "Jane Smith, Chair of Governors";
    record.ApprovalDate = css::util::Date(10, 11, 2026);
    Reference<org::preventtoolkit::XApproval>(office().create("org.preventtoolkit.Approval"),
                                              UNO_QUERY_THROW)
        ->stamp(writer->model(), record);
    dispatch(*writer, "org.preventtoolkit:ShowDeck");
    const auto calc = open_window("private:factory/scalc");
    dispatch(*calc, "org.preventtoolkit:ShowDeck");
    const Reference<css::sheet::XSpreadsheet> sheet(
        Reference<css::container::XIndexAccess>(
            Reference<css::sheet::XSpreadsheetDocument>(calc->model(), UNO_QUERY_THROW)
                ->getSheets(),
            UNO_QUERY_THROW)
            ->getByIndex(0),
        UNO_QUERY_THROW);
    const auto catalogue = Reference<org::preventtoolkit::XCatalogue>(
        office().create("org.preventtoolkit.Catalogue"), UNO_QUERY_THROW);
    int round = 0;
    for (const char* adapter : kAdapters) {
        SCOPED_TRACE(adapter);
        const std::string kind = round++ % 2 ? "uno" : "std";  // both name the adapter in the log
        g_faults->arm(adapter, kind);
        // The document listeners and the snapshot after the pause, in both applications.
        attempt([&] {
            WriterBuilder(writer->model()).body("Typed while " + std::string(adapter) + " fails.");
        });
        attempt([&] { sheet->getCellByPosition(0, round)->setFormula("Typed"); });
        wait_for_the_pause();
        // The Prevent menu, through the protocol handler.
        for (const char* command :
             {"org.preventtoolkit:CheckCoverage", "org.preventtoolkit:InsertApprovalBlock",
              "org.preventtoolkit:ShowDeck"})
            attempt([&] { dispatch(*writer, command); });
        // The panels' lists and buttons (none that opens a dialog).
        attempt([&] {
            const auto coverage = panel_controls(*writer, "org.preventtoolkit.CoveragePanel");
            attempt([&] { select(coverage, "AreaList", 0); });
            attempt([&] { press_finding_buttons(coverage); });
            attempt([&] { select(coverage, "AreaList", 5); });
            attempt([&] { press(coverage, "InsertSection"); });
            attempt([&] { press(coverage, "ClearMark"); });
        });
        attempt([&] {
            const auto risks = panel_controls(*writer, "org.preventtoolkit.RisksPanel");
            for (const char* button : {"InsertTable", "AddRow", "Recalculate", "InsertHeatMap"})
                attempt([&] { press(risks, button); });
            attempt([&] { press_finding_buttons(risks); });
        });
        attempt([&] {
            press(panel_controls(*writer, "org.preventtoolkit.ApprovalPanel"), "InsertBlock");
        });
        attempt([&] {
            const auto plan = panel_controls(*calc, "org.preventtoolkit.ActionPlanPanel");
            for (const char* button : {"CreateSheet", "ImportActions", "InsertSummary"})
                attempt([&] { press(plan, button); });
            attempt([&] { press_finding_buttons(plan); });
        });
        wait_for_the_pause();
        g_faults->disarm();
        ASSERT_NO_THROW(catalogue->getProfiles()) << "the office no longer answers";
        EXPECT_THAT(office_log(), ::testing::HasSubstr("a " + kind + " fault in " + adapter))
            << "the fault was never met: the hook is not wired there, or nothing logged it";
    }

    // With the faults gone the panels follow the document again: after an edit and the pause,
    // the Coverage panel shows what the service says of the document now.
    WriterBuilder(writer->model())
        .heading("Prayer and faith facilities")
        .body("A multi-faith room on each campus.");
    wait_for_the_pause();
    const auto report = Reference<org::preventtoolkit::XCoverageChecker>(
                            office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW)
                            ->check(writer->model(), "");
    const auto items =
        items_of(panel_controls(*writer, "org.preventtoolkit.CoveragePanel"), "AreaList");
    ASSERT_EQ(items.size(), static_cast<std::size_t>(report.Areas.getLength()));
    for (sal_Int32 i = 0; i < report.Areas.getLength(); ++i)
        EXPECT_EQ(items[static_cast<std::size_t>(i)].find("(missing)") != std::string::npos,
                  report.Areas[i].State == "missing")
            << items[static_cast<std::size_t>(i)] << " against " << utf8(report.Areas[i].State);
    screenshot("boundaries-calc-after-faults");
    calc->close();  // the Writer window comes to the front
    settle();
    screenshot("boundaries-writer-after-faults");
}

// A failure while a panel fills its own lists must not leave it taking the user's next choice
// for one of its own selections (the panels' Refill guard ends with its scope, exception or not).
TEST(PanelBoundaries, AFailureWhileAPanelFillsItsListsLeavesItFollowingTheUser)
{
    const auto writer = open_window("private:factory/swriter");
    WriterBuilder(writer->model())
        .heading("Leadership")
        .body("The board leads.")
        .heading("Staff training")
        .body("Yearly.");
    dispatch(*writer, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();
    const auto coverage = panel_controls(*writer, "org.preventtoolkit.CoveragePanel");

    g_faults->arm("panel-show", "std");
    WriterBuilder(writer->model()).body("Typed while the panel cannot fill its lists.");
    wait_for_the_pause();
    g_faults->disarm();
    ASSERT_THAT(office_log(), ::testing::HasSubstr("a std fault in panel-show"))
        << "the fault was never met inside the panel's refill";

    // The user's choice is still the user's: choosing an area goes to its heading.
    const auto areas = items_of(coverage, "AreaList");
    const auto training = std::find_if(areas.begin(), areas.end(), [](const std::string& item) {
        return item.find("Staff training") != std::string::npos;
    });
    ASSERT_NE(training, areas.end());
    select(coverage, "AreaList", static_cast<sal_Int16>(training - areas.begin()));
    EXPECT_EQ(view_selection(*writer), "Staff training");
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    const prevent::testing::FaultHook faults;
    g_faults = &faults;
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.visible = true;
    options.extra_environment = {faults.environment()};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
