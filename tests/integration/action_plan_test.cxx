// org.preventtoolkit.ActionPlan in a real office whose clock says 29 November 2026: creating
// and adopting plans (validity, formats and the database range surviving .ods and .xlsx),
// checks, checks against a Writer assessment, bringing actions in twice, the summary, undo, and
// refusals.
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/XDesktop.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XActionPlanFiles.hpp>
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
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

Reference<org::preventtoolkit::XActionPlan> plans()
{
    return Reference<org::preventtoolkit::XActionPlan>(
        office().create("org.preventtoolkit.ActionPlan"), UNO_QUERY_THROW);
}

OUString u(const std::string& s) { return OUString::fromUtf8(s.c_str()); }

Reference<css::sheet::XSpreadsheet> sheet(const Reference<css::frame::XModel>& model,
                                          const std::string& name)
{
    return Reference<css::sheet::XSpreadsheet>(
        Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY_THROW)
            ->getSheets()
            ->getByName(u(name)),
        UNO_QUERY_THROW);
}

bool has_sheet(const Reference<css::frame::XModel>& model, const std::string& name)
{
    return Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY_THROW)
        ->getSheets()
        ->hasByName(u(name));
}

std::string text_at(const Reference<css::sheet::XSpreadsheet>& s, const char* address)
{
    const auto cell = Reference<css::table::XCellRange>(s, UNO_QUERY_THROW)
                          ->getCellRangeByName(OUString::createFromAscii(address));
    return utf8(
        Reference<css::text::XText>(
            Reference<css::table::XCellRange>(cell, UNO_QUERY_THROW)->getCellByPosition(0, 0),
            UNO_QUERY_THROW)
            ->getString());
}

Reference<css::table::XCell> cell_at(const Reference<css::sheet::XSpreadsheet>& s,
                                     const char* address)
{
    return Reference<css::table::XCellRange>(
               Reference<css::table::XCellRange>(s, UNO_QUERY_THROW)
                   ->getCellRangeByName(OUString::createFromAscii(address)),
               UNO_QUERY_THROW)
        ->getCellByPosition(0, 0);
}

void put(const Reference<css::sheet::XSpreadsheet>& s, const char* address, const char* text)
{
    Reference<css::text::XText>(cell_at(s, address), UNO_QUERY_THROW)->setString(u(text));
}

// The validity of a cell: its type, and its list or formula.
std::pair<css::sheet::ValidationType, std::string> validity(
    const Reference<css::sheet::XSpreadsheet>& s, const char* address)
{
    const Reference<css::beans::XPropertySet> v(
        Reference<css::beans::XPropertySet>(cell_at(s, address), UNO_QUERY_THROW)
            ->getPropertyValue("Validation"),
        UNO_QUERY_THROW);
    css::sheet::ValidationType type = css::sheet::ValidationType_ANY;
    v->getPropertyValue("Type") >>= type;
    return {type, utf8(Reference<css::sheet::XSheetCondition>(v, UNO_QUERY_THROW)->getFormula1())};
}

int conditions(const Reference<css::sheet::XSpreadsheet>& s, const char* address)
{
    const Reference<css::container::XIndexAccess> entries(
        Reference<css::beans::XPropertySet>(cell_at(s, address), UNO_QUERY_THROW)
            ->getPropertyValue("ConditionalFormat"),
        UNO_QUERY_THROW);
    return entries->getCount();
}

bool has_autofilter(const Reference<css::frame::XModel>& model)
{
    const Reference<css::sheet::XDatabaseRanges> ranges(
        Reference<css::beans::XPropertySet>(model, UNO_QUERY_THROW)
            ->getPropertyValue("DatabaseRanges"),
        UNO_QUERY_THROW);
    for (const auto& name : ranges->getElementNames()) {
        bool on = false;
        Reference<css::beans::XPropertySet>(ranges->getByName(name), UNO_QUERY_THROW)
            ->getPropertyValue("AutoFilter") >>= on;
        if (on)
            return true;
    }
    return false;
}

std::vector<std::string> codes(const css::uno::Sequence<org::preventtoolkit::Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(utf8(f.Code) + " " + utf8(f.Location));
    return out;
}

// The plan's rows 2..n as text, for comparing before and after.
std::vector<std::vector<std::string>> contents(const Reference<css::sheet::XSpreadsheet>& s,
                                               const char* range)
{
    const auto data = Reference<css::sheet::XCellRangeData>(
                          Reference<css::table::XCellRange>(s, UNO_QUERY_THROW)
                              ->getCellRangeByName(OUString::createFromAscii(range)),
                          UNO_QUERY_THROW)
                          ->getDataArray();
    std::vector<std::vector<std::string>> out;
    for (const auto& row : data) {
        out.emplace_back();
        for (const auto& v : row) {
            OUString t;
            double d = 0;
            if (v >>= t)
                out.back().push_back(utf8(t));
            else if (v >>= d)
                out.back().push_back(std::to_string(d));
        }
    }
    return out;
}

// An assessment with a scored risk table: R1 and R2 with further actions, R3 without.
std::unique_ptr<Document> assessment()
{
    auto doc = std::make_unique<Document>(office(), "private:factory/swriter");
    WriterBuilder(doc->model())
        .heading("Online safety")
        .table(
            {{"Ref", "Risk", "Existing controls", "Further actions", "Owner", "Target date", "RAG"},
             {"R1", "Extremist sites reached", "Web filter", "Review the filter categories",
              "IT manager", "31/03/2027", "Amber"},
             {"R2", "Staff unaware of referral route", "Induction", "Refresher training for tutors",
              "HR lead", "30/06/2027", "Amber"},
             {"R3", "Unvetted speakers", "Speaker policy", "", "Events", "", "Green"}});
    return doc;
}

std::filesystem::path scratch(const char* name) { return office().folder() / name; }

Reference<org::preventtoolkit::XActionPlanFiles> plan_files()
{
    return Reference<org::preventtoolkit::XActionPlanFiles>(plans(), UNO_QUERY_THROW);
}

// How many documents the office has open, hidden ones too.
int open_documents()
{
    const Reference<css::frame::XDesktop> desktop(office().create("com.sun.star.frame.Desktop"),
                                                  UNO_QUERY_THROW);
    int n = 0;
    for (const auto items = desktop->getComponents()->createEnumeration(); items->hasMoreElements();
         items->nextElement())
        ++n;
    return n;
}

// A plan with an action for R1 and one for R9, which no assessment here has.
void plan_for_r1_and_r9(const Reference<css::frame::XModel>& calc)
{
    plans()->createSheet(calc);
    const auto s = sheet(calc, "Action plan");
    put(s, "A2", "A001");
    put(s, "B2", "R1");
    put(s, "D2", "Review the filter categories");
    put(s, "F2", "IT manager");
    cell_at(s, "H2")->setValue(46477);
    put(s, "A3", "A002");
    put(s, "B3", "R9");
    put(s, "D3", "An action for a risk since removed");
    put(s, "F3", "Registrar");
    cell_at(s, "H3")->setValue(46477);
}

// The message of the refusal, or "" when the call was not refused.
template <typename Call>
std::string refusal(Call&& call)
{
    try {
        call();
    } catch (const IllegalArgumentException& e) {
        return utf8(e.Message);
    }
    return "";
}

}  // namespace

TEST(ActionPlan, CreateLaysOutTheSheet)
{
    Document doc(office(), "private:factory/scalc");
    const auto name = plans()->createSheet(doc.model());
    EXPECT_EQ(utf8(name), "Action plan");
    const auto s = sheet(doc.model(), "Action plan");
    EXPECT_EQ(text_at(s, "A1"), "Action ID");
    EXPECT_EQ(text_at(s, "H1"), "Due date");
    EXPECT_EQ(text_at(s, "N1"), "Last updated");
    EXPECT_EQ(validity(s, "C2").first, css::sheet::ValidationType_LIST);
    EXPECT_THAT(validity(s, "C2").second, HasSubstr("\"Leadership"));
    EXPECT_EQ(validity(s, "I2"),
              std::pair(css::sheet::ValidationType_LIST,
                        std::string("\"Not started\";\"In progress\";\"Complete\";\"Ongoing\"")));
    EXPECT_EQ(validity(s, "J500").first, css::sheet::ValidationType_LIST);
    EXPECT_EQ(validity(s, "H2").first, css::sheet::ValidationType_DATE);
    EXPECT_EQ(validity(s, "G2").first, css::sheet::ValidationType_DATE);
    EXPECT_EQ(validity(s, "D2").first, css::sheet::ValidationType_ANY) << "free text";
    EXPECT_EQ(conditions(s, "A2"), 1) << "overdue rows";
    {
        // The formula is written for the first row and the entry says so: row 2 tests H2.
        const Reference<css::container::XIndexAccess> entries(
            Reference<css::beans::XPropertySet>(cell_at(s, "A2"), UNO_QUERY_THROW)
                ->getPropertyValue("ConditionalFormat"),
            UNO_QUERY_THROW);
        const Reference<css::sheet::XSheetCondition> overdue(entries->getByIndex(0),
                                                             UNO_QUERY_THROW);
        EXPECT_EQ(utf8(overdue->getFormula1()), "AND(ISNUMBER($H2);$H2<TODAY();$I2<>\"Complete\")");
        EXPECT_EQ(overdue->getSourcePosition().Row, 1);
        EXPECT_EQ(overdue->getSourcePosition().Column, 0);
    }
    EXPECT_EQ(conditions(s, "J2"), 4) << "overdue and the three RAG colours";
    EXPECT_TRUE(has_autofilter(doc.model()));
    EXPECT_EQ(utf8(plans()->createSheet(doc.model())), "Action plan 2") << "a free name";
}

TEST(ActionPlan, ListsAndFormatsSurviveOdsAndXlsx)
{
    for (const auto& [file, filter] :
         {std::pair{"plan.ods", "calc8"}, std::pair{"plan.xlsx", "Calc MS Excel 2007 XML"}}) {
        const auto path = scratch(file);
        {
            Document doc(office(), "private:factory/scalc");
            plans()->createSheet(doc.model());
            doc.store_as(path, filter);
        }
        Document reloaded(office(), prevent::testing::file_url(path));
        const auto s = sheet(reloaded.model(), "Action plan");
        EXPECT_EQ(validity(s, "I2").first, css::sheet::ValidationType_LIST) << file;
        EXPECT_THAT(validity(s, "I2").second, HasSubstr("In progress")) << file;
        EXPECT_EQ(validity(s, "H2").first, css::sheet::ValidationType_DATE) << file;
        EXPECT_GE(conditions(s, "J2"), 3) << file;
        EXPECT_TRUE(has_autofilter(reloaded.model())) << file;
    }
}

TEST(ActionPlan, AdoptsAHandTypedPlanWithoutChangingAValue)
{
    Document doc(office(), "private:factory/scalc");
    const auto s = sheet(doc.model(), "Sheet1");
    put(s, "A1", "Prevent action plan 2026-27");
    put(s, "A3", "Category");
    put(s, "B3", "Action");
    put(s, "C3", "Person responsible");
    put(s, "D3", "progress report");
    put(s, "E3", "status/deadline");
    put(s, "A4", "Governance");
    put(s, "B4", "Report to the board");
    put(s, "C4", "Registrar");
    put(s, "D4", "Drafted");
    put(s, "E4", "31/12/2026");
    put(s, "A5", "Training");
    put(s, "B5", "Refresher for tutors");
    const auto before = contents(s, "A1:F6");
    EXPECT_EQ(utf8(plans()->adoptSheet(doc.model(), "Sheet1")), "Sheet1");
    EXPECT_EQ(contents(s, "A1:F6"), before);
    EXPECT_EQ(validity(s, "A4").first, css::sheet::ValidationType_LIST)
        << "the category is the area";
    EXPECT_EQ(validity(s, "E4").first, css::sheet::ValidationType_DATE);
    EXPECT_TRUE(has_autofilter(doc.model()));
    EXPECT_THAT(
        codes(plans()->check(doc.model(), nullptr)),
        ElementsAre("action-no-owner sheet:Sheet1!C5", "action-no-due-date sheet:Sheet1!E5"));
}

TEST(ActionPlan, AdoptsTheDfeStyleColumns)
{
    Document doc(office(), "private:factory/scalc");
    const auto s = sheet(doc.model(), "Sheet1");
    const char* titles[] = {"Outcome", "Risk/Vulnerability",   "Action to address risk",
                            "Owner",   "Evidence of progress", "RAG"};
    for (int c = 0; c < 6; ++c)
        Reference<css::text::XText>(s->getCellByPosition(c, 0), UNO_QUERY_THROW)
            ->setString(OUString::createFromAscii(titles[c]));
    put(s, "C2", "Train staff on referrals");
    put(s, "F2", "Amber");
    const auto before = contents(s, "A1:F3");
    plans()->adoptSheet(doc.model(), "Sheet1");
    EXPECT_EQ(contents(s, "A1:F3"), before);
    EXPECT_EQ(validity(s, "F2").first, css::sheet::ValidationType_LIST);
    EXPECT_EQ(conditions(s, "F2"), 3);
}

TEST(ActionPlan, AdoptRefusesASheetThatIsNoPlan)
{
    Document doc(office(), "private:factory/scalc");
    put(sheet(doc.model(), "Sheet1"), "A1", "Name");
    put(sheet(doc.model(), "Sheet1"), "B1", "Phone");
    EXPECT_THROW(plans()->adoptSheet(doc.model(), "Sheet1"), IllegalArgumentException);
    EXPECT_THROW(plans()->adoptSheet(doc.model(), "No such sheet"), IllegalArgumentException);
}

TEST(ActionPlan, ChecksThePlanWithTodayTheTwentyNinthOfNovember)
{
    Document doc(office(), "private:factory/scalc");
    plans()->createSheet(doc.model());
    const auto s = sheet(doc.model(), "Action plan");
    put(s, "A2", "A001");
    put(s, "D2", "Train governors");
    put(s, "F2", "Clerk");
    cell_at(s, "H2")->setValue(46325);  // 30 October 2026
    put(s, "I2", "In progress");
    put(s, "A3", "A001");
    put(s, "D3", "Review the filter");
    put(s, "F3", "IT manager");
    cell_at(s, "H3")->setValue(46385);  // 29 December 2026
    put(s, "I3", "Complete");
    put(s, "J3", "Red");
    EXPECT_THAT(codes(plans()->check(doc.model(), nullptr)),
                ElementsAre("action-overdue sheet:Action plan!H2",
                            "action-duplicate-id sheet:Action plan!A3",
                            "action-complete-no-date sheet:Action plan!M3",
                            "action-complete-red sheet:Action plan!J3"));
}

TEST(ActionPlan, InStepWithTheAssessment)
{
    const auto writer = assessment();
    Document doc(office(), "private:factory/scalc");
    plan_for_r1_and_r9(doc.model());
    EXPECT_THAT(
        codes(plans()->check(doc.model(), writer->model())),
        ElementsAre("action-unknown-risk sheet:Action plan!B3", "risk-without-action document"));

    // The risks are kept between checks until the assessment changes: each edit is seen, the
    // second too (the document is then already modified), and so is an undo.
    const Reference<css::text::XTextTable> table(
        Reference<css::container::XIndexAccess>(
            Reference<css::text::XTextTablesSupplier>(writer->model(), UNO_QUERY_THROW)
                ->getTextTables(),
            UNO_QUERY_THROW)
            ->getByIndex(0),
        UNO_QUERY_THROW);
    const auto set_ref = [&](const char* cell, const char* ref) {
        Reference<css::text::XText>(table->getCellByName(OUString::createFromAscii(cell)),
                                    UNO_QUERY_THROW)
            ->setString(OUString::createFromAscii(ref));
    };
    set_ref("A3", "R9");
    EXPECT_THAT(codes(plans()->check(doc.model(), writer->model())), ElementsAre());
    set_ref("A2", "R7");
    EXPECT_THAT(
        codes(plans()->check(doc.model(), writer->model())),
        ElementsAre("action-unknown-risk sheet:Action plan!B2", "risk-without-action document"));
    Reference<css::document::XUndoManagerSupplier>(writer->model(), UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
    EXPECT_THAT(codes(plans()->check(doc.model(), writer->model())), ElementsAre());
}

// The assessment as a file the user picks: read hidden and closed again, re-read when it changes
// on disk, and read from the office's own window when the office has it open (unsaved edits too).
TEST(ActionPlan, InStepWithAnAssessmentFile)
{
    const auto path = scratch("assessment-on-disk.odt");
    const auto url = prevent::testing::file_url(path);
    assessment()->store_as(path, "writer8");
    Document doc(office(), "private:factory/scalc");
    plan_for_r1_and_r9(doc.model());
    const int before = open_documents();
    EXPECT_THAT(
        codes(plan_files()->checkAgainstFile(doc.model(), url)),
        ElementsAre("action-unknown-risk sheet:Action plan!B3", "risk-without-action document"));
    EXPECT_EQ(open_documents(), before) << "the file was closed again";

    {  // The file changes on disk: R2 goes, R9 comes.
        Document changed(office(), "private:factory/swriter");
        WriterBuilder(changed.model())
            .heading("Online safety")
            .table({{"Ref", "Risk", "Existing controls", "Further actions", "Owner", "Target date",
                     "RAG"},
                    {"R1", "Extremist sites reached", "Web filter", "Review the filter categories",
                     "IT manager", "31/03/2027", "Amber"},
                    {"R9", "Visiting speakers unvetted", "Speaker policy", "Brief the events team",
                     "Registrar", "31/03/2027", "Amber"}});
        changed.store_as(path, "writer8");
    }
    EXPECT_THAT(codes(plan_files()->checkAgainstFile(doc.model(), url)), ElementsAre())
        << "read again";

    {  // Open in this office and edited, not saved: what the user sees counts.
        Document open(office(), url);
        const Reference<css::container::XIndexAccess> tables(
            Reference<css::text::XTextTablesSupplier>(open.model(), UNO_QUERY_THROW)
                ->getTextTables(),
            UNO_QUERY_THROW);
        const Reference<css::text::XTextTable> table(tables->getByIndex(0), UNO_QUERY_THROW);
        Reference<css::text::XText>(table->getCellByName("A3"), UNO_QUERY_THROW)->setString("R7");
        EXPECT_THAT(codes(plan_files()->checkAgainstFile(doc.model(), url)),
                    ElementsAre("action-unknown-risk sheet:Action plan!B3",
                                "risk-without-action document"));
        EXPECT_EQ(open_documents(), before + 1) << "the user's window is left open";
    }

    Document fresh(office(), "private:factory/scalc");
    EXPECT_EQ(plan_files()->importActionsFromFile(fresh.model(), url), 2);
    EXPECT_EQ(text_at(sheet(fresh.model(), "Action plan"), "B3"), "R9");
    EXPECT_EQ(plan_files()->importActionsFromFile(fresh.model(), url), 0) << "nothing twice";
    EXPECT_EQ(open_documents(), before + 1);
}

TEST(ActionPlan, AssessmentFilesThatCannotBeReadAreRefusedSayingWhy)
{
    Document doc(office(), "private:factory/scalc");
    plan_for_r1_and_r9(doc.model());
    const auto before_plan = contents(sheet(doc.model(), "Action plan"), "A1:N4");
    const int before = open_documents();

    const auto missing = prevent::testing::file_url(scratch("no-such-assessment.odt"));
    EXPECT_THAT(refusal([&] { plan_files()->checkAgainstFile(doc.model(), missing); }),
                HasSubstr("there is no file"));
    EXPECT_THAT(refusal([&] { plan_files()->checkAgainstFile(doc.model(), ""); }),
                HasSubstr("choose the assessment file"));

    const auto spreadsheet = scratch("not-an-assessment.ods");
    Document(office(), "private:factory/scalc").store_as(spreadsheet, "calc8");
    EXPECT_THAT(refusal([&] {
                    plan_files()->checkAgainstFile(doc.model(),
                                                   prevent::testing::file_url(spreadsheet));
                }),
                HasSubstr("is not a Writer text document"));

    const auto locked = scratch("locked-assessment.odt");
    assessment()->store_as(locked, "writer8", "secret");
    EXPECT_THAT(refusal([&] {
                    plan_files()->checkAgainstFile(doc.model(), prevent::testing::file_url(locked));
                }),
                HasSubstr("could not be opened"));

    const auto damaged = scratch("damaged-assessment.odt");
    assessment()->store_as(damaged, "writer8");
    std::filesystem::resize_file(damaged, std::filesystem::file_size(damaged) / 2);
    EXPECT_THAT(refusal([&] {
                    plan_files()->checkAgainstFile(doc.model(),
                                                   prevent::testing::file_url(damaged));
                }),
                HasSubstr("could not be opened"));

    const auto good = scratch("good-assessment.odt");
    assessment()->store_as(good, "writer8");
    const auto plan_path = scratch("read-only-plan-for-files.ods");
    doc.store_as(plan_path, "calc8");
    {
        Document read_only(office(), prevent::testing::file_url(plan_path), true, true);
        EXPECT_THAT(refusal([&] {
                        plan_files()->importActionsFromFile(read_only.model(),
                                                            prevent::testing::file_url(good));
                    }),
                    HasSubstr("read-only"));
        Document writer(office(), "private:factory/swriter");
        EXPECT_THAT(refusal([&] {
                        plan_files()->checkAgainstFile(writer.model(),
                                                       prevent::testing::file_url(good));
                    }),
                    HasSubstr("not a Calc spreadsheet"));
    }
    EXPECT_EQ(open_documents(), before) << "every file opened was closed again";
    EXPECT_EQ(contents(sheet(doc.model(), "Action plan"), "A1:N4"), before_plan)
        << "the plan is as it was";
}

TEST(ActionPlan, BringingActionsInTwiceAddsThemOnceAndKeepsUserEdits)
{
    const auto writer = assessment();
    Document doc(office(), "private:factory/scalc");
    EXPECT_EQ(plans()->importActions(doc.model(), writer->model()), 2)
        << "a plan sheet is made for them";
    const auto s = sheet(doc.model(), "Action plan");
    EXPECT_EQ(text_at(s, "A2"), "A001");
    EXPECT_EQ(text_at(s, "B2"), "R1");
    EXPECT_EQ(text_at(s, "C2"), "IT policies, filtering and online safety");
    EXPECT_EQ(text_at(s, "D2"), "Review the filter categories");
    EXPECT_EQ(text_at(s, "F2"), "IT manager");
    EXPECT_EQ(cell_at(s, "H2")->getValue(), 46477) << "31 March 2027 as a date";
    EXPECT_EQ(text_at(s, "I2"), "Not started");
    EXPECT_EQ(text_at(s, "B3"), "R2");
    put(s, "I2", "In progress");
    put(s, "K2", "Categories reviewed with the DSL");
    const auto edited = contents(s, "A2:N3");
    EXPECT_EQ(plans()->importActions(doc.model(), writer->model()), 0);
    EXPECT_EQ(contents(s, "A2:N4"), [&] {
        auto rows = edited;
        rows.push_back(std::vector<std::string>(14, ""));
        return rows;
    }()) << "nothing added, nothing overwritten";
    EXPECT_THAT(codes(plans()->check(doc.model(), writer->model())), ElementsAre());
}

// Undoing a sheet's insertion needs a window: LibreOffice 7.4's ScUndoInsertTab::Undo uses the
// active view shell without checking it, and a headless office has none (it crashes). So this
// office undoes the steps that add no sheet; the UI test undoes "Create action plan sheet".
TEST(ActionPlan, EachActionIsOneUndoStep)
{
    const auto writer = assessment();
    Document doc(office(), "private:factory/scalc");
    const auto undo = Reference<css::document::XUndoManagerSupplier>(doc.model(), UNO_QUERY_THROW)
                          ->getUndoManager();
    plans()->createSheet(doc.model());
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Create action plan sheet");
    EXPECT_EQ(plans()->importActions(doc.model(), writer->model()), 2);
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Bring in actions from the assessment");
    undo->undo();
    const auto s = sheet(doc.model(), "Action plan");
    EXPECT_EQ(text_at(s, "A2"), "") << "the rows are gone";
    EXPECT_EQ(text_at(s, "A1"), "Action ID") << "the sheet stays";
    undo->redo();
    EXPECT_EQ(text_at(s, "A3"), "A002");

    const auto other = sheet(doc.model(), "Sheet1");
    put(other, "A1", "Action");
    put(other, "B1", "Owner");
    put(other, "C1", "Status");
    plans()->adoptSheet(doc.model(), "Sheet1");
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Adopt action plan sheet");
    EXPECT_EQ(validity(other, "C2").first, css::sheet::ValidationType_LIST);
    undo->undo();
    EXPECT_EQ(validity(other, "C2").first, css::sheet::ValidationType_ANY) << "the list is gone";
    EXPECT_EQ(text_at(other, "C1"), "Status");
}

TEST(ActionPlan, TheSummaryCountsByAreaAndStatus)
{
    const auto writer = assessment();
    Document doc(office(), "private:factory/scalc");
    plans()->importActions(doc.model(), writer->model());
    const auto s = sheet(doc.model(), "Action plan");
    put(s, "I3", "Complete");
    const auto name = plans()->insertSummary(doc.model());
    EXPECT_EQ(utf8(name), "Action plan summary");
    const auto summary = sheet(doc.model(), "Action plan summary");
    EXPECT_THAT(text_at(summary, "A1"), HasSubstr("29 November 2026"));
    EXPECT_EQ(text_at(summary, "B3"), "Not started");
    EXPECT_EQ(text_at(summary, "G3"), "Total");
    EXPECT_EQ(text_at(summary, "A4"), "IT policies, filtering and online safety");
    EXPECT_EQ(cell_at(summary, "B4")->getValue(), 1) << "one not started";
    EXPECT_EQ(cell_at(summary, "D4")->getValue(), 1) << "one complete";
    EXPECT_EQ(cell_at(summary, "G5")->getValue(), 2) << "the total";
    EXPECT_EQ(text_at(summary, "A7"), "Open actions");
    EXPECT_EQ(cell_at(summary, "B7")->getValue(), 1);
}

TEST(ActionPlan, RefusalsLeaveTheSpreadsheetAsItWas)
{
    const auto writer = assessment();
    const auto path = scratch("read-only-plan.ods");
    {
        Document doc(office(), "private:factory/scalc");
        plans()->createSheet(doc.model());
        doc.store_as(path, "calc8");
    }
    Document read_only(office(), prevent::testing::file_url(path), true, true);
    EXPECT_THROW(plans()->createSheet(read_only.model()), IllegalArgumentException);
    EXPECT_THROW(plans()->adoptSheet(read_only.model(), "Action plan"), IllegalArgumentException);
    EXPECT_THROW(plans()->importActions(read_only.model(), writer->model()),
                 IllegalArgumentException);
    EXPECT_THROW(plans()->insertSummary(read_only.model()), IllegalArgumentException);
    EXPECT_FALSE(has_sheet(read_only.model(), "Action plan 2"));
    EXPECT_NO_THROW(plans()->check(read_only.model(), writer->model())) << "reading is allowed";

    Document calc(office(), "private:factory/scalc");
    EXPECT_THROW(plans()->createSheet(writer->model()), IllegalArgumentException)
        << "a text document is no spreadsheet";
    EXPECT_THROW(plans()->check(calc.model(), calc.model()), IllegalArgumentException)
        << "a spreadsheet is no assessment";
    EXPECT_THROW(plans()->importActions(calc.model(), nullptr), IllegalArgumentException);
    EXPECT_THROW(plans()->insertSummary(calc.model()), IllegalArgumentException)
        << "no plan to summarise";
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
