// The Action plan panel in a real Calc window (Xvfb), next to an open Writer assessment, in an
// office whose clock says 29 November 2026: create the sheet, bring the assessment's actions in,
// an overdue action found and its cell selected, the summary; and undoing "Create action plan
// sheet", which needs a window. Screenshots go to the build folder.
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <gmock/gmock.h>

#include <filesystem>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

const char* const kPlan = "org.preventtoolkit.ActionPlanPanel";

bool has_sheet(const Document& doc, const char* name)
{
    return Reference<css::sheet::XSpreadsheetDocument>(doc.model(), UNO_QUERY_THROW)
        ->getSheets()
        ->hasByName(rtl::OUString::createFromAscii(name));
}

Reference<css::sheet::XSpreadsheet> sheet(const Document& doc, const char* name)
{
    return Reference<css::sheet::XSpreadsheet>(
        Reference<css::sheet::XSpreadsheetDocument>(doc.model(), UNO_QUERY_THROW)
            ->getSheets()
            ->getByName(rtl::OUString::createFromAscii(name)),
        UNO_QUERY_THROW);
}

// The address of the cell the Calc window has selected, "H2".
std::string selected_cell(const Document& doc)
{
    const Reference<css::view::XSelectionSupplier> view(doc.model()->getCurrentController(),
                                                        UNO_QUERY_THROW);
    const Reference<css::sheet::XCellRangeAddressable> range(view->getSelection(), UNO_QUERY);
    if (!range.is())
        return "";
    const auto a = range->getRangeAddress();
    return std::string(1, static_cast<char>('A' + a.StartColumn)) + std::to_string(a.StartRow + 1);
}

std::unique_ptr<Document> assessment()
{
    auto doc = open_window("private:factory/swriter");
    WriterBuilder(doc->model())
        .heading("Online safety")
        .table(
            {{"Ref", "Risk", "Existing controls", "Further actions", "Owner", "Target date", "RAG"},
             {"R1", "Extremist sites reached", "Web filter", "Review the filter categories",
              "IT manager", "31/03/2027", "Amber"},
             {"R2", "Staff unaware of referral route", "Induction", "Refresher training for tutors",
              "HR lead", "30/06/2027", "Amber"}});
    return doc;
}

}  // namespace

TEST(ActionPlanPanelUi, CreateBringInCheckAndSummarise)
{
    const auto writer = assessment();
    const auto calc = open_window("private:factory/scalc");
    dispatch(*calc, "org.preventtoolkit:ShowDeck");
    panel(*calc, "org.preventtoolkit.ApprovalPanel")->collapse();
    wait_for_the_pause();
    const auto controls = panel_controls(*calc, kPlan);
    EXPECT_THAT(label_of(controls, "Counts"), StartsWith("No action plan in this spreadsheet yet"));
    EXPECT_THAT(items_of(controls, "AssessmentChoice"), Contains(HasSubstr("Untitled")));
    EXPECT_EQ(selected_of(controls, "AssessmentChoice"), 1) << "the one open assessment is chosen";

    press(controls, "CreateSheet");
    EXPECT_EQ(label_of(controls, "Status"), "Sheet \u201cAction plan\u201d created.");
    EXPECT_TRUE(has_sheet(*calc, "Action plan"));
    press(controls, "ImportActions");
    EXPECT_EQ(label_of(controls, "Status"), "2 actions brought in.");
    EXPECT_EQ(label_of(controls, "Counts"), "2 actions: 2 open, 0 overdue, 0 complete.");

    // The first action falls overdue: its due date was 1 November 2026.
    const auto plan = sheet(*calc, "Action plan");
    plan->getCellByPosition(7, 1)->setValue(46327);
    wait_for_the_pause();
    EXPECT_EQ(label_of(controls, "Counts"), "2 actions: 2 open, 1 overdue, 0 complete.");
    const auto findings = finding_texts(controls);
    ASSERT_THAT(findings, Contains(HasSubstr("A001 was due by 2026-11-01")));
    screenshot("action-plan-panel");
    int at = 0;
    while (findings[static_cast<std::size_t>(at)].find("A001 was due") == std::string::npos)
        ++at;
    go_to_finding(controls, at);
    EXPECT_EQ(selected_cell(*calc), "H2") << "the finding's cell is selected";
    screenshot("action-plan-finding-selected");

    press(controls, "InsertSummary");
    EXPECT_EQ(label_of(controls, "Status"), "Summary on sheet \u201cAction plan summary\u201d.");
    EXPECT_TRUE(has_sheet(*calc, "Action plan summary"));
    screenshot("action-plan-summary");
}

// The assessment as a file: chosen in the office's file dialog (with the keyboard, as a user
// would), read hidden and closed again, and the actions brought in from it.
TEST(ActionPlanPanelUi, KeepsInStepWithAnAssessmentFileChosenOnDisk)
{
    const auto path = office().folder() / "Prevent risk assessment.odt";
    {
        Document writer(office(), "private:factory/swriter");
        WriterBuilder(writer.model())
            .heading("Online safety")
            .table({{"Ref", "Risk", "Existing controls", "Further actions", "Owner", "Target date",
                     "RAG"},
                    {"R1", "Extremist sites reached", "Web filter", "Review the filter categories",
                     "IT manager", "31/03/2027", "Amber"},
                    {"R2", "Staff unaware of referral route", "Induction",
                     "Refresher training for tutors", "HR lead", "30/06/2027", "Amber"}});
        writer.store_as(path, "writer8");
    }
    const auto calc = open_window("private:factory/scalc");
    dispatch(*calc, "org.preventtoolkit:ShowDeck");
    panel(*calc, "org.preventtoolkit.ApprovalPanel")->collapse();
    wait_for_the_pause();
    const auto controls = panel_controls(*calc, kPlan);
    press(controls, "CreateSheet");
    EXPECT_EQ(selected_of(controls, "AssessmentChoice"), 0) << "no open assessment: none chosen";

    Reference<css::awt::XWindow>(controls->getControl("ChooseFile"), UNO_QUERY_THROW)->setFocus();
    settle();
    xdotool({"key", "space"});
    // Xvfb has no window manager to give the new dialog the keyboard: focus it as one would.
    xdotool({"search", "--sync", "--name", "^Choose the assessment$", "windowfocus", "--sync"});
    screenshot("action-plan-file-dialog");
    xdotool({"type", "--delay", "10", path.string()});
    xdotool({"key", "Return"});
    settle();
    wait_for_the_pause();

    const auto items = items_of(controls, "AssessmentChoice");
    ASSERT_THAT(items, Contains("Prevent risk assessment.odt (file)"));
    EXPECT_EQ(items[static_cast<std::size_t>(selected_of(controls, "AssessmentChoice"))],
              "Prevent risk assessment.odt (file)");
    EXPECT_EQ(label_of(controls, "Status"),
              "Checking the plan against \u201cPrevent risk assessment.odt\u201d.");
    EXPECT_THAT(finding_texts(controls), Contains(HasSubstr("R1"))) << "its risks lack actions";
    press(controls, "ImportActions");
    EXPECT_EQ(label_of(controls, "Status"), "2 actions brought in.");
    EXPECT_EQ(label_of(controls, "Counts"), "2 actions: 2 open, 0 overdue, 0 complete.");
    EXPECT_EQ(utf8(Reference<css::text::XText>(sheet(*calc, "Action plan")->getCellByPosition(1, 2),
                                               UNO_QUERY_THROW)
                       ->getString()),
              "R2");
    wait_for_the_pause();
    EXPECT_EQ(label_of(controls, "Counts"), "2 actions: 2 open, 0 overdue, 0 complete.");
    EXPECT_THAT(finding_texts(controls), ElementsAre("No findings."));
    screenshot("action-plan-from-file");

    std::filesystem::remove(path);  // gone from disk: said, and the plan checked alone
    wait_for_the_pause();
    sheet(*calc, "Action plan")
        ->getCellByPosition(10, 1)
        ->setValue(1);  // an edit: the next pause looks again
    wait_for_the_pause();
    EXPECT_THAT(label_of(controls, "Status"),
                StartsWith("The assessment file cannot be read: there is no file"));
}

// In a window, "Create action plan sheet" is undone as one step, sheet and all.
TEST(ActionPlanPanelUi, CreatingTheSheetIsOneUndoStep)
{
    const auto calc = open_window("private:factory/scalc");
    dispatch(*calc, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();
    const auto controls = panel_controls(*calc, kPlan);
    press(controls, "CreateSheet");
    ASSERT_TRUE(has_sheet(*calc, "Action plan"));
    const auto undo = Reference<css::document::XUndoManagerSupplier>(calc->model(), UNO_QUERY_THROW)
                          ->getUndoManager();
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Create action plan sheet");
    dispatch(*calc, ".uno:Undo");
    EXPECT_FALSE(has_sheet(*calc, "Action plan"));
    EXPECT_TRUE(has_sheet(*calc, "Sheet1")) << "the user's sheet stays";
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.visible = true;
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
