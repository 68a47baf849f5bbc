// org.preventtoolkit.RiskRegister in a real office: inserting each style, adding rows, reading
// tables typed by hand (merged two-row headers, tracked changes, a .docx round trip), checking,
// recalculating, the heat map, and refusals that leave the document as it was.
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>

using css::lang::IllegalArgumentException;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using ::testing::UnorderedElementsAreArray;

namespace {

Reference<org::preventtoolkit::XRiskRegister> risks()
{
    return Reference<org::preventtoolkit::XRiskRegister>(
        office().create("org.preventtoolkit.RiskRegister"), UNO_QUERY_THROW);
}

Reference<css::text::XTextTable> table(const Reference<css::frame::XModel>& model,
                                       const OUString& name)
{
    return Reference<css::text::XTextTable>(
        Reference<css::text::XTextTablesSupplier>(model, UNO_QUERY_THROW)
            ->getTextTables()
            ->getByName(name),
        UNO_QUERY_THROW);
}

std::string cell(const Reference<css::frame::XModel>& model, const OUString& name,
                 const char* address)
{
    return utf8(
        Reference<css::text::XText>(
            table(model, name)->getCellByName(OUString::createFromAscii(address)), UNO_QUERY_THROW)
            ->getString());
}

void set_cell(const Reference<css::frame::XModel>& model, const OUString& name, const char* address,
              const char* text)
{
    Reference<css::text::XText>(
        table(model, name)->getCellByName(OUString::createFromAscii(address)), UNO_QUERY_THROW)
        ->setString(OUString::fromUtf8(text));
}

int table_count(const Reference<css::frame::XModel>& model)
{
    return Reference<css::text::XTextTablesSupplier>(model, UNO_QUERY_THROW)
        ->getTextTables()
        ->getElementNames()
        .getLength();
}

void undo(const Reference<css::frame::XModel>& model)
{
    Reference<css::document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
}

std::vector<std::string> codes(const css::uno::Sequence<org::preventtoolkit::Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(utf8(f.Code) + "@" + utf8(f.Location));
    return out;
}

std::string body_text(const Reference<css::frame::XModel>& model)
{
    return utf8(
        Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText()->getString());
}

}  // namespace

TEST(RiskRegister, InsertsEachStyleNamedWithAFreshRefAsOneUndoStep)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model()).heading("External speakers").body("Our events policy.");
    const auto text_before = body_text(doc.model());
    const auto scored = risks()->insertRiskTable(doc.model(), "speakers-events", "scored");
    EXPECT_EQ(utf8(scored), "PreventRisk_speakers-events_1");
    EXPECT_EQ(cell(doc.model(), scored, "A1"), "Ref");
    EXPECT_EQ(cell(doc.model(), scored, "O1"), "Status");
    EXPECT_EQ(cell(doc.model(), scored, "A2"), "R1");
    bool repeat = false;
    Reference<css::beans::XPropertySet>(table(doc.model(), scored), UNO_QUERY_THROW)
        ->getPropertyValue("RepeatHeadline") >>= repeat;
    EXPECT_TRUE(repeat);
    OUString style;
    Reference<css::beans::XPropertySet>(table(doc.model(), scored), UNO_QUERY_THROW)
        ->getPropertyValue("TableTemplateName") >>= style;
    EXPECT_FALSE(style.isEmpty()) << "the table has a table style";

    const auto rag = risks()->insertRiskTable(doc.model(), "speakers-events", "rag");
    EXPECT_EQ(utf8(rag), "PreventRisk_speakers-events_2");
    EXPECT_EQ(cell(doc.model(), rag, "A2"), "R2") << "refs are unique in the document";
    EXPECT_EQ(cell(doc.model(), rag, "F1"), "RAG");
    const auto narrative = risks()->insertRiskTable(doc.model(), "leadership", "narrative");
    EXPECT_EQ(utf8(narrative), "PreventRisk_leadership_1");
    EXPECT_EQ(cell(doc.model(), narrative, "A1"), "Category");
    EXPECT_EQ(cell(doc.model(), narrative, "G1"), "Date for completion");
    EXPECT_EQ(risks()->readRisks(doc.model()).getLength(), 0) << "new rows wait to be filled";

    EXPECT_EQ(table_count(doc.model()), 3);
    undo(doc.model());
    undo(doc.model());
    undo(doc.model());
    EXPECT_EQ(table_count(doc.model()), 0) << "each insertion was one undo step";
    EXPECT_EQ(body_text(doc.model()), text_before) << "the user's text is untouched";
}

TEST(RiskRegister, AddsRowsWithFreshRefs)
{
    Document doc(office(), "private:factory/swriter");
    const auto name = risks()->insertRiskTable(doc.model(), "it-filtering", "rag");
    EXPECT_EQ(utf8(risks()->addRiskRow(doc.model(), name)), "R2");
    EXPECT_EQ(cell(doc.model(), name, "A3"), "R2");
    EXPECT_EQ(utf8(risks()->addRiskRow(doc.model(), name)), "R3");
    undo(doc.model());
    EXPECT_EQ(utf8(risks()->addRiskRow(doc.model(), name)), "R3")
        << "the undone row's ref is free again";
    EXPECT_THROW(risks()->addRiskRow(doc.model(), "NoSuchTable"), IllegalArgumentException);
}

TEST(RiskRegister, ReadsTablesTypedByHandWithTheAreaOfTheirSection)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("External speakers and events")
        .table(
            {{"No", "Risk Title", "Summary", "Gross Score", "Existing Controls", "Residual Score",
              "Further Action Needed", "RAG rating", "Lead officer", "By when"},
             {"1", "Extremist speaker", "Unvetted booking", "4 x 5 = 20", "Events panel", "10",
              "Train the panel", "Amber", "Director", "31 March 2027"}})
        .heading("Staff training")
        .table({{"Name", "Role"}, {"Alex", "Trainer"}});
    const auto rows = risks()->readRisks(doc.model());
    ASSERT_EQ(rows.getLength(), 1) << "a contacts table is not a risk table";
    const auto& r = rows[0];
    EXPECT_EQ(utf8(r.Ref), "1");
    EXPECT_EQ(r.Row, 1);
    EXPECT_EQ(utf8(r.AreaId), "speakers-events");
    EXPECT_EQ(utf8(r.Risk), "Extremist speaker");
    EXPECT_EQ(r.InherentScore, 20);
    EXPECT_EQ(r.ResidualScore, 10);
    EXPECT_EQ(utf8(r.Rag), "Amber");
    EXPECT_EQ(utf8(r.Owner), "Director");
    EXPECT_EQ(utf8(r.TargetDate), "2027-03-31");
}

TEST(RiskRegister, ReadsATwoRowHeaderWithMergedGroupCells)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Information sharing")
        .table({{"Risk", "Inherent risk", "", "", "Existing controls", "Residual risk", "", "",
                 "Owner"},
                {"", "L", "I", "Score", "", "L", "I", "Score", ""},
                {"Late referral", "3", "4", "12", "Procedure", "2", "4", "8", "Prevent lead"}});
    const auto t = table(doc.model(), "Table1");
    // Merge B1:D1 and F1:H1, as a provider's group row is.
    for (const char* range :
         {"F1:H1", "B1:D1"}) {  // right first: a merge renames the cells to its right
        const std::string from(range, 2), to(range + 3, 2);
        const auto cursor = t->createCursorByCellName(OUString::createFromAscii(from.c_str()));
        cursor->gotoCellByName(OUString::createFromAscii(to.c_str()), true);
        cursor->mergeRange();
    }
    const auto rows = risks()->readRisks(doc.model());
    ASSERT_EQ(rows.getLength(), 1);
    EXPECT_EQ(rows[0].InherentLikelihood, 3);
    EXPECT_EQ(rows[0].InherentImpact, 4);
    EXPECT_EQ(rows[0].InherentScore, 12);
    EXPECT_EQ(rows[0].ResidualScore, 8);
    EXPECT_EQ(utf8(rows[0].Owner), "Prevent lead");
    EXPECT_EQ(utf8(rows[0].AreaId), "information-sharing");
}

TEST(RiskRegister, ReadsANestedTableAndLeavesOutTrackedDeletions)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model()).heading("Prayer rooms").table({{"Layout"}});
    // A risk table inside the layout table's only cell.
    const Reference<css::text::XText> outer(table(doc.model(), "Table1")->getCellByName("A1"),
                                            UNO_QUERY_THROW);
    const Reference<css::text::XTextTable> inner(
        Reference<css::lang::XMultiServiceFactory>(doc.model(), UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.TextTable"),
        UNO_QUERY_THROW);
    inner->initialize(2, 4);
    outer->insertTextContent(outer->getEnd(),
                             Reference<css::text::XTextContent>(inner, UNO_QUERY_THROW), false);
    const char* const cells[2][4] = {{"Risk", "Existing controls", "Owner", "RAG"},
                                     {"Misuse of the room", "Booking policy", "Director", "Green"}};
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 4; ++c)
            Reference<css::text::XText>(
                inner->getCellByName(OUString::createFromAscii(
                    (std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1)).c_str())),
                UNO_QUERY_THROW)
                ->setString(OUString::createFromAscii(cells[r][c]));
    // The owner changes with change tracking on: "Director" is a tracked deletion.
    const Reference<css::beans::XPropertySet> settings(doc.model(), UNO_QUERY_THROW);
    settings->setPropertyValue("RecordChanges", Any(true));
    const Reference<css::text::XText> owner(inner->getCellByName("C2"), UNO_QUERY_THROW);
    owner->setString("Chaplain");
    settings->setPropertyValue("RecordChanges", Any(false));

    const auto rows = risks()->readRisks(doc.model());
    ASSERT_EQ(rows.getLength(), 1);
    EXPECT_EQ(utf8(rows[0].Risk), "Misuse of the room");
    EXPECT_EQ(utf8(rows[0].Owner), "Chaplain") << "the tracked deletion is not read";
    EXPECT_EQ(utf8(rows[0].AreaId), "prayer-faith-facilities");
}

TEST(RiskRegister, TheSameRowsAfterADocxRoundTrip)
{
    const auto path = office().folder() / "risks.docx";
    std::vector<std::string> before;
    {
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model()).heading("Online safety");
        const auto name = risks()->insertRiskTable(doc.model(), "it-filtering", "scored");
        for (const auto& [address, text] :
             {std::pair{"B2", "Extremist sites"}, std::pair{"D2", "3"}, std::pair{"E2", "4"},
              std::pair{"G2", "Web filter"}, std::pair{"H2", "2"}, std::pair{"I2", "4"},
              std::pair{"M2", "CIO"}})
            set_cell(doc.model(), name, address, text);
        risks()->recalculate(doc.model());
        for (const auto& r : risks()->readRisks(doc.model()))
            before.push_back(
                utf8(r.Ref) + " " + utf8(r.AreaId) + " " + std::to_string(r.InherentScore) + " " +
                std::to_string(r.ResidualScore) + " " + utf8(r.Rag) + " " + utf8(r.Owner));
        doc.store_as(path, "MS Word 2007 XML");
    }
    Document reloaded(office(), prevent::testing::file_url(path));
    std::vector<std::string> after;
    for (const auto& r : risks()->readRisks(reloaded.model()))
        after.push_back(utf8(r.Ref) + " " + utf8(r.AreaId) + " " + std::to_string(r.InherentScore) +
                        " " + std::to_string(r.ResidualScore) + " " + utf8(r.Rag) + " " +
                        utf8(r.Owner));
    EXPECT_THAT(before, ElementsAre("R1 it-filtering 12 8 Amber CIO"));
    EXPECT_EQ(after, before) << "the header decides, not the table's name";
}

TEST(RiskRegister, ChecksTheRisks)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Staff training")
        .body("All staff complete the e-learning.")
        .heading("External speakers")
        .table({{"Ref", "Risk", "Likelihood", "Impact", "Score", "Existing controls", "RAG",
                 "Owner", "Target date", "Status"},
                {"R1", "Speaker", "4", "5", "18", "", "Green", "", "01/01/2026", "Open"},
                {"R1", "Event", "2", "2", "4", "Panel", "Green", "Head", "", ""}});
    // The office runs on the real date, after 1 January 2026: R1's target date has passed.
    const auto found = codes(risks()->checkRisks(doc.model()));
    EXPECT_THAT(found, UnorderedElementsAre(
                           "risk-score-mismatch@table:Table1!E2",
                           "risk-no-controls@table:Table1!F2", "risk-rag-mismatch@table:Table1!G2",
                           "risk-no-owner@table:Table1!H2", "risk-overdue@table:Table1!I2",
                           "risk-duplicate-ref@table:Table1!A3", "area-without-risks@heading:1"));

    const auto review = risks()->reviewRisks(doc.model());
    EXPECT_THAT(codes(review.Findings), UnorderedElementsAreArray(found))
        << "the same findings, read once";
    ASSERT_EQ(review.Risks.getLength(), 2);
    EXPECT_EQ(utf8(review.Risks[0].Risk), "Speaker");
    EXPECT_EQ(review.Risks[1].InherentScore, 4);
}

TEST(RiskRegister, RecalculatesScoresAndRagAsOneUndoStep)
{
    Document doc(office(), "private:factory/swriter");
    const auto name = risks()->insertRiskTable(doc.model(), "leadership", "scored");
    for (const auto& [address, text] :
         {std::pair{"B2", "Weak oversight"}, std::pair{"D2", "4"}, std::pair{"E2", "5"},
          std::pair{"F2", "12"}, std::pair{"H2", "Unlikely"}, std::pair{"I2", "Major"}})
        set_cell(doc.model(), name, address, text);
    EXPECT_EQ(risks()->recalculate(doc.model()), 3) << "inherent score, residual score, RAG";
    EXPECT_EQ(cell(doc.model(), name, "F2"), "20");
    EXPECT_EQ(cell(doc.model(), name, "J2"), "8");
    EXPECT_EQ(cell(doc.model(), name, "K2"), "Amber");
    EXPECT_EQ(risks()->recalculate(doc.model()), 0) << "nothing left to change";
    undo(doc.model());
    EXPECT_EQ(cell(doc.model(), name, "F2"), "12");
    EXPECT_EQ(cell(doc.model(), name, "J2"), "");
    EXPECT_EQ(cell(doc.model(), name, "K2"), "");
}

TEST(RiskRegister, InsertsAHeatMapOfResidualScores)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Risks")
        .table({{"Ref", "Risk", "Residual L", "Residual I", "Owner"},
                {"R1", "A", "4", "5", "X"},
                {"R2", "B", "4", "5", "X"},
                {"R3", "C", "1", "1", "X"}});
    const auto name = risks()->insertHeatMap(doc.model());
    EXPECT_EQ(utf8(name), "PreventHeatMap_1");
    EXPECT_EQ(cell(doc.model(), name, "F3"), "2") << "likelihood 4 (second row), impact 5";
    EXPECT_EQ(cell(doc.model(), name, "B6"), "1") << "likelihood 1, impact 1";
    EXPECT_EQ(cell(doc.model(), name, "A2"), "5 Almost certain");
    sal_Int32 colour = 0;
    Reference<css::beans::XPropertySet>(table(doc.model(), name)->getCellByName("F2"),
                                        UNO_QUERY_THROW)
        ->getPropertyValue("BackColor") >>= colour;
    EXPECT_EQ(colour, 0xE0301E) << "25 is red";
}

TEST(RiskRegister, RefusesAndLeavesTheDocumentAsItWas)
{
    Document writer(office(), "private:factory/swriter");
    Document calc(office(), "private:factory/scalc");
    EXPECT_THROW(risks()->readRisks(calc.model()), IllegalArgumentException);
    EXPECT_THROW(risks()->insertRiskTable(writer.model(), "fire-safety", "scored"),
                 IllegalArgumentException);
    EXPECT_THROW(risks()->insertRiskTable(writer.model(), "leadership", "fancy"),
                 IllegalArgumentException);
    EXPECT_EQ(table_count(writer.model()), 0);

    const auto name = risks()->insertRiskTable(writer.model(), "leadership", "rag");
    Reference<css::beans::XPropertySet>(table(writer.model(), name)->getCellByName("A2"),
                                        UNO_QUERY_THROW)
        ->setPropertyValue("IsProtected", Any(true));
    EXPECT_THROW(risks()->addRiskRow(writer.model(), name), IllegalArgumentException)
        << "a protected table";
    EXPECT_EQ(table(writer.model(), name)->getCellNames().getLength(), 12) << "no row was added";

    const auto path = office().folder() / "read-only-risks.odt";
    writer.store_as(path, "writer8");
    Document read_only(office(), prevent::testing::file_url(path), true, true);
    EXPECT_THROW(risks()->insertRiskTable(read_only.model(), "leadership", "rag"),
                 IllegalArgumentException);
    EXPECT_THROW(risks()->recalculate(read_only.model()), IllegalArgumentException);
    EXPECT_THROW(risks()->insertHeatMap(read_only.model()), IllegalArgumentException);
    EXPECT_EQ(table_count(read_only.model()), 1);
}
