// The Risks panel in a real Writer window (Xvfb), on an assessment with risks in every band and
// some findings: the heat map's counts against readRisks, a cell and a risk leading to its row, a
// finding to its cell, Recalculate followed after the pause, inserting a table for the section
// the cursor is in and adding a row to the table the cursor is in. Screenshots go to the build
// folder.
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>

#include <map>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

const char* const kRisks = "org.preventtoolkit.RisksPanel";

// Green (1 x 2), amber twice (3 x 3), red (4 x 5); R4 has a wrong score, no controls, no owner.
std::unique_ptr<Document> assessment_with_risks()
{
    auto doc = open_window("private:factory/swriter");
    WriterBuilder(doc->model())
        .heading("External speakers and events")
        .body("Every external speaker is booked through the events team.")
        .table({{"Ref", "Risk", "Residual likelihood", "Residual impact", "Residual score",
                 "Existing controls", "RAG", "Owner"},
                {"R1", "Speaker cancels late", "1", "2", "2", "Booking policy", "Green",
                 "Events manager"},
                {"R2", "Extremist material shared", "3", "3", "9", "Web filtering", "Amber",
                 "IT director"},
                {"R3", "Online grooming", "4", "5", "20", "Staff training", "Red", "DSL"},
                {"R4", "Unvetted speaker", "3", "3", "6", "", "Amber", ""}})
        .heading("Staff training")
        .body("All staff complete the e-learning module.");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    panel(*doc, "org.preventtoolkit.CoveragePanel")->collapse();  // the Risks panel in full view
    wait_for_the_pause();
    return doc;
}

std::string button_label(const Reference<css::awt::XControlContainer>& controls,
                         const std::string& name)
{
    rtl::OUString label;
    model_of(controls, name.c_str())->getPropertyValue("Label") >>= label;
    return utf8(label);
}

bool enabled(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    bool on = false;
    model_of(controls, name)->getPropertyValue("Enabled") >>= on;
    return on;
}

// "Table1!A3": the table and cell the view cursor is in.
std::string cursor_cell(const Document& doc)
{
    const Reference<css::text::XTextViewCursorSupplier> supplier(
        doc.model()->getCurrentController(), UNO_QUERY_THROW);
    const Reference<css::beans::XPropertySet> cursor(supplier->getViewCursor(), UNO_QUERY_THROW);
    Reference<css::container::XNamed> table;
    Reference<css::beans::XPropertySet> cell;
    cursor->getPropertyValue("TextTable") >>= table;
    cursor->getPropertyValue("Cell") >>= cell;
    if (!table.is() || !cell.is())
        return "";
    rtl::OUString name;
    cell->getPropertyValue("CellName") >>= name;
    return utf8(table->getName()) + "!" + utf8(name);
}

void put_cursor_in(const Document& doc, const char* table, const char* cell)
{
    const auto tables =
        Reference<css::text::XTextTablesSupplier>(doc.model(), UNO_QUERY_THROW)->getTextTables();
    const Reference<css::text::XTextTable> t(
        tables->getByName(rtl::OUString::createFromAscii(table)), UNO_QUERY_THROW);
    const Reference<css::text::XText> text(t->getCellByName(rtl::OUString::createFromAscii(cell)),
                                           UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier>(doc.model()->getCurrentController(),
                                                  UNO_QUERY_THROW)
        ->getViewCursor()
        ->gotoRange(text->getStart(), false);
    settle();
}

Reference<org::preventtoolkit::XRiskRegister> risk_register()
{
    return Reference<org::preventtoolkit::XRiskRegister>(
        office().create("org.preventtoolkit.RiskRegister"), UNO_QUERY_THROW);
}

int position_of(const std::vector<std::string>& items, const std::string& part)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].find(part) != std::string::npos)
            return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST(RisksPanelUi, TheHeatMapCountsWhatReadRisksReads)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    std::map<std::pair<int, int>, int> expected;
    const auto risks = risk_register()->readRisks(doc->model());
    ASSERT_EQ(risks.getLength(), 4);
    for (const auto& r : risks)
        ++expected[{r.ResidualLikelihood, r.ResidualImpact}];
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            const auto it = expected.find({l, i});
            EXPECT_EQ(button_label(controls, "Cell" + std::to_string(l) + std::to_string(i)),
                      it == expected.end() ? "" : std::to_string(it->second))
                << "likelihood " << l << ", impact " << i;
        }
    }
    sal_Int32 red = 0, green = 0;
    model_of(controls, "Cell45")->getPropertyValue("BackgroundColor") >>= red;
    model_of(controls, "Cell12")->getPropertyValue("BackgroundColor") >>= green;
    EXPECT_NE(red, green) << "cells take their band's colour";
    EXPECT_EQ(
        label_of(controls, "Legend"),
        "Green 1\u20134: 1\u2002\u00b7\u2002Amber 5\u201312: 2\u2002\u00b7\u2002Red 15\u201325: 1");
    EXPECT_THAT(items_of(controls, "AreaCountList"),
                ElementsAre("External speakers and events: 4"));
    screenshot("risks-heat-map");
}

TEST(RisksPanelUi, ACellListsItsRisksAndARiskLeadsToItsRow)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    press(controls, "Cell33");
    EXPECT_EQ(button_label(controls, "Cell33"), "[2]") << "the chosen cell is marked";
    const auto listed = items_of(controls, "CellRiskList");
    EXPECT_THAT(listed,
                ElementsAre("R2 Extremist material shared (IT director)", "R4 Unvetted speaker"));
    rtl::OUString tip;
    model_of(controls, "CellRiskList")->getPropertyValue("HelpText") >>= tip;
    EXPECT_THAT(utf8(tip),
                HasSubstr("\nR2 Extremist material shared (IT director)\nR4 Unvetted speaker"))
        << "the tooltip carries each risk whole, however narrow the list";
    select(controls, "CellRiskList", 1);
    settle();
    EXPECT_EQ(cursor_cell(*doc), "Table1!A5") << "R4 is the fourth row below the header";
    screenshot("risks-cell-chosen");
}

TEST(RisksPanelUi, AFindingLeadsToItsCell)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    const auto findings = finding_texts(controls);
    const int mismatch = position_of(findings, "has a score of 6");
    ASSERT_GE(mismatch, 0);
    EXPECT_THAT(findings, Contains(HasSubstr("Risk R4 has no owner")));
    go_to_finding(controls, mismatch);
    EXPECT_EQ(cursor_cell(*doc), "Table1!E5");
}

TEST(RisksPanelUi, AScoreMismatchsFixRecalculates)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    const int mismatch = position_of(finding_texts(controls), "has a score of 6");
    ASSERT_GE(mismatch, 0);
    const int no_owner = position_of(finding_texts(controls), "Risk R4 has no owner");
    ASSERT_GE(no_owner, 0);
    EXPECT_FALSE(
        controls->getControl(rtl::OUString::fromUtf8(("Fix" + std::to_string(no_owner)).c_str()))
            .is())
        << "only what the toolkit can put right has a Fix";
    fix_finding(controls, mismatch);
    EXPECT_EQ(label_of(controls, "Status"), "Recalculate changed 1 cell.");
    wait_for_the_pause();
    EXPECT_THAT(finding_texts(controls), Not(Contains(HasSubstr("has a score of"))));
}

TEST(RisksPanelUi, RecalculateSaysWhatItChangedAndThePanelFollows)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    press(controls, "Recalculate");
    EXPECT_EQ(label_of(controls, "Status"), "Recalculate changed 1 cell.");
    wait_for_the_pause();
    EXPECT_THAT(finding_texts(controls), Not(Contains(HasSubstr("has a score of"))));
    EXPECT_EQ(button_label(controls, "Cell33"), "2");
    press(controls, "Recalculate");
    EXPECT_EQ(label_of(controls, "Status"), "Recalculate found nothing to change.");
}

TEST(RisksPanelUi, InsertsATableForTheCursorsSectionAndAddsRowsWhereTheCursorIs)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    EXPECT_FALSE(enabled(controls, "AddRow")) << "the cursor is not in a risk table";
    put_cursor_in(*doc, "Table1", "B3");
    EXPECT_TRUE(enabled(controls, "AddRow"));
    press(controls, "AddRow");
    EXPECT_EQ(label_of(controls, "Status"), "Added row R5.");

    // The end of the document is in the staff training section.
    Reference<css::text::XTextViewCursorSupplier>(doc->model()->getCurrentController(),
                                                  UNO_QUERY_THROW)
        ->getViewCursor()
        ->gotoRange(
            Reference<css::text::XTextDocument>(doc->model(), UNO_QUERY_THROW)->getText()->getEnd(),
            false);
    settle();
    wait_for_the_pause();
    EXPECT_FALSE(enabled(controls, "AddRow"));
    press(controls, "InsertTable");
    EXPECT_EQ(label_of(controls, "Status"), "Inserted PreventRisk_staff-training_1.");
    wait_for_the_pause();
    screenshot("risks-table-inserted");
}

TEST(RisksPanelUi, ControlsAreNamedForScreenReaders)
{
    const auto doc = assessment_with_risks();
    const auto controls = panel_controls(*doc, kRisks);
    EXPECT_EQ(utf8(accessible(controls, "AreaChoice")->getAccessibleName()),
              "Insert a risk table for:");
    EXPECT_EQ(utf8(accessible(controls, "StyleChoice")->getAccessibleName()),
              "Style of the risk table:");
    EXPECT_EQ(utf8(accessible(controls, "CellRiskList")->getAccessibleName()),
              "Risks in the chosen cell:");
    EXPECT_EQ(utf8(accessible(controls, "AreaCountList")->getAccessibleName()), "Risks by area:");
    EXPECT_EQ(utf8(accessible(controls, "Recalculate")->getAccessibleName()), "Recalculate");
    // A heat map cell says where it is and how many risks it holds, not just its count.
    const auto cell = accessible(controls, "Cell45");
    EXPECT_EQ(utf8(cell->getAccessibleName()),
              "Likelihood 4 (Very likely), impact 5 (Catastrophic): 1 risk");
    EXPECT_EQ(utf8(accessible(controls, "Cell11")->getAccessibleName()),
              "Likelihood 1 (Improbable), impact 1 (None or trivial): 0 risks");
}
