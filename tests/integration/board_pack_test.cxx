// The board pack in real LibreOffice: an assessment approved, then a risk rerated, a risk and a
// section added; the pack holds each part with the right numbers and names, changes nothing in
// the assessment, takes the action plan when given, refuses what is not an assessment, and
// exports as PDF/A-2b. The office's clock says 29 November 2026.
#include "child_process.hxx"
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XBoardPack.hpp>

#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <gmock/gmock.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using css::lang::IllegalArgumentException;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

template <typename T>
Reference<T> service(const char* name)
{
    return Reference<T>(office().create(name), UNO_QUERY_THROW);
}

org::preventtoolkit::ApprovalRecord record()
{
    org::preventtoolkit::ApprovalRecord r;
    r.ApprovingBody = "Board of Governors";
    r.ApprovedBy = "Jane Smith, Chair of Governors";
    r.ApprovalDate = css::util::Date(10, 10, 2026);
    r.MinuteReference = "BoG/26/14";
    r.Version = "3.0";
    return r;
}

org::preventtoolkit::BoardPackOptions options()
{
    org::preventtoolkit::BoardPackOptions o;
    o.MeetingBody = "Board of Governors";
    o.MeetingDate = css::util::Date(10, 12, 2026);
    o.PreparedBy = "Clerk to the Governors";
    return o;
}

// An assessment approved on 10 October 2026; then R1 rose from amber to red, R3 was added, and
// the section "3. Welfare" was added.
void changed_assessment(const Reference<css::frame::XModel>& model)
{
    WriterBuilder(model)
        .heading("1. Leadership")
        .body("The board leads on Prevent; the Registrar is the Prevent lead.")
        .heading("2. Online safety")
        .body("Filtering on every network.")
        .table({{"Ref", "Risk", "Net L", "Net I", "Net score", "RAG", "Owner", "Controls",
                 "Further actions"},
                {"R1", "Extremist sites reached", "2", "4", "8", "Amber", "IT manager",
                 "Web filter", "Review categories"},
                {"R2", "Unmonitored guest Wi-Fi", "1", "4", "4", "Green", "IT manager", "", ""}});
    service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")->stamp(model, record());
    prevent::testing::set_table_cell(model, 0, "C2", "4");  // R1: 4 x 4 = 16, red
    prevent::testing::set_table_cell(model, 0, "E2", "16");
    prevent::testing::set_table_cell(model, 0, "F2", "Red");
    WriterBuilder(model)
        .heading("3. Welfare")
        .body("Chaplaincy for all faiths.")
        .table({{"Ref", "Risk", "Net L", "Net I", "Net score", "RAG", "Owner"},
                {"R3", "Isolated students", "3", "3", "9", "Amber", "Dean of Students"}});
}

std::string text_of(const Reference<css::frame::XModel>& model)
{
    std::string all =
        utf8(Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText()->getString());
    const Reference<css::container::XIndexAccess> tables(
        Reference<css::text::XTextTablesSupplier>(model, UNO_QUERY_THROW)->getTextTables(),
        UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < tables->getCount(); ++i) {
        const Reference<css::text::XTextTable> table(tables->getByIndex(i), UNO_QUERY_THROW);
        for (const auto& name : table->getCellNames())
            all += "\n[" + utf8(name) + "] " +
                   utf8(Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW)
                            ->getString());
    }
    return all;
}

void close(const Reference<css::frame::XModel>& model)
{
    Reference<css::util::XCloseable>(model, UNO_QUERY_THROW)->close(true);
}

}  // namespace

TEST(BoardPack, ThePackHoldsEachPartWithTheRightNumbersAndNames)
{
    Document doc(office(), "private:factory/swriter");
    changed_assessment(doc.model());
    const auto approval = service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
    const auto digest = approval->computeDigest(doc.model());
    EXPECT_EQ(utf8(approval->assessChange(doc.model())), "significant");

    const auto pack = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack")
                          ->create(doc.model(), nullptr, options());
    const std::string text = text_of(pack);
    EXPECT_THAT(text, HasSubstr("Paper for the Board of Governors, 10 December 2026."));
    EXPECT_THAT(text, HasSubstr("Prepared by Clerk to the Governors."));
    EXPECT_THAT(text, HasSubstr("The Board of Governors is asked to approve the Prevent risk "
                                "assessment as it now stands."));
    EXPECT_THAT(text, HasSubstr("Reference for the minute: " + utf8(digest).substr(0, 4) + " " +
                                utf8(digest).substr(4, 4) + " " + utf8(digest).substr(8, 4)));
    EXPECT_THAT(text, HasSubstr("Changed since it was approved"));
    EXPECT_THAT(text, HasSubstr("Board of Governors, 10 October 2026, minute BoG/26/14"));
    EXPECT_THAT(text, HasSubstr("Coverage: Higher education"));
    EXPECT_THAT(text, HasSubstr("By band: Green 1 \u00b7 Amber 1 \u00b7 Red 1."));
    EXPECT_THAT(text, HasSubstr("Risks rated Red:"));
    EXPECT_THAT(text, HasSubstr("Review categories"));
    EXPECT_THAT(text, HasSubstr("\u2022 R1 rose from amber to red."));
    EXPECT_THAT(text, HasSubstr("\u2022 R3 was added."));
    EXPECT_THAT(text, HasSubstr("\u2022 The section \u201c3. Welfare\u201d was added."));
    EXPECT_THAT(text, HasSubstr("Significant: R1 rose from amber to red; R3 was added;"));
    EXPECT_THAT(text, HasSubstr("The board should approve this version."));
    EXPECT_THAT(text, Not(HasSubstr("Action plan progress"))) << "no plan given";
    EXPECT_EQ(approval->computeDigest(doc.model()), digest) << "the assessment is unchanged";
    close(pack);
}

// A Welsh assessment gets a Welsh pack from this English office: the pack is written in the
// assessment's own language (its default paragraph language).
TEST(BoardPack, AWelshAssessmentGetsAWelshPack)
{
    Document doc(office(), "private:factory/swriter");
    const Reference<css::container::XNameAccess> paragraphs(
        Reference<css::style::XStyleFamiliesSupplier>(doc.model(), UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("ParagraphStyles"),
        UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(paragraphs->getByName("Standard"), UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale("cy", "GB", "")));
    changed_assessment(doc.model());
    const auto pack = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack")
                          ->create(doc.model(), nullptr, options());
    const std::string text = text_of(pack);
    EXPECT_THAT(text, HasSubstr("10 Rhagfyr 2026")) << "the meeting's date in Welsh";
    EXPECT_THAT(text, HasSubstr("Wedi newid ers ei gymeradwyo"));
    EXPECT_THAT(text, HasSubstr("Papur ar gyfer y Board of Governors"));
    EXPECT_THAT(text, Not(HasSubstr("Paper for the")));
    EXPECT_THAT(text, Not(HasSubstr("Changed since it was approved")));
    EXPECT_THAT(text, HasSubstr("Cwmpas: Addysg uwch")) << "the catalogue's Welsh titles";
    EXPECT_THAT(text, HasSubstr("Arweinyddiaeth a goruchwyliaeth llywodraethu"));
    EXPECT_THAT(text, Not(HasSubstr("Leadership and governance oversight")));
    close(pack);
    // and the next pack of an English assessment is English again
    Document english(office(), "private:factory/swriter");
    changed_assessment(english.model());
    const auto again = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack")
                           ->create(english.model(), nullptr, options());
    EXPECT_THAT(text_of(again), HasSubstr("Paper for the Board of Governors, 10 December 2026."));
    close(again);
}

// The shipped sample, as a Prevent lead would first try it: its title line heads the pack.
TEST(BoardPack, TheSampleAssessmentsTitleHeadsItsPack)
{
    Document doc(office(), prevent::testing::file_url(PREVENT_SAMPLE), true, true);
    const auto pack = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack")
                          ->create(doc.model(), nullptr, options());
    const std::string text = text_of(pack);
    EXPECT_EQ(text.substr(0, text.find('\n')),
              "Northbridge University: Prevent duty risk assessment 2026-27");
    EXPECT_EQ(utf8(Reference<css::document::XDocumentPropertiesSupplier>(pack, UNO_QUERY_THROW)
                       ->getDocumentProperties()
                       ->getTitle()),
              "Board pack: Northbridge University: Prevent duty risk assessment 2026-27")
        << "the title a PDF reader shows";
    EXPECT_THAT(text, HasSubstr("13 of 17 areas covered; 1 empty, 3 missing, 0 not applicable."))
        << "as the Coverage panel and prevent-check say";
    EXPECT_THAT(text, HasSubstr("Not approved"));
    close(pack);
}

TEST(BoardPack, AnActionPlanGivenIsIncluded)
{
    Document doc(office(), "private:factory/swriter");
    changed_assessment(doc.model());
    Document plan(office(), "private:factory/scalc");
    const auto plans = service<org::preventtoolkit::XActionPlan>("org.preventtoolkit.ActionPlan");
    plans->createSheet(plan.model());
    EXPECT_EQ(plans->importActions(plan.model(), doc.model()), 1) << "R1's further action";
    const auto pack = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack")
                          ->create(doc.model(), plan.model(), options());
    const std::string text = text_of(pack);
    EXPECT_THAT(text, HasSubstr("Action plan progress"));
    EXPECT_THAT(text, HasSubstr("Actions in the plan: 1 (1 open, 0 overdue, 0 complete)."));
    EXPECT_THAT(text, HasSubstr("No action has been completed since the last approval on 10 "
                                "October 2026."));
    EXPECT_THAT(text, HasSubstr("Every risk with further actions in the assessment has an action "
                                "in the plan."));
    close(pack);
}

TEST(BoardPack, WhatIsNotAnAssessmentOrAMeetingIsRefused)
{
    const auto packs = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack");
    Document doc(office(), "private:factory/swriter");
    Document sheet(office(), "private:factory/scalc");
    EXPECT_THROW(packs->create(sheet.model(), nullptr, options()), IllegalArgumentException);
    EXPECT_THROW(packs->create(doc.model(), doc.model(), options()), IllegalArgumentException)
        << "the plan must be a spreadsheet";
    auto no_body = options();
    no_body.MeetingBody = "  ";
    EXPECT_THROW(packs->create(doc.model(), nullptr, no_body), IllegalArgumentException);
    auto no_date = options();
    no_date.MeetingDate = css::util::Date();
    EXPECT_THROW(packs->create(doc.model(), nullptr, no_date), IllegalArgumentException);
    EXPECT_THROW(packs->exportPdf(sheet.model(), "file:///tmp/x.pdf"), IllegalArgumentException);
    const auto pack = packs->create(doc.model(), nullptr, options());
    // A "folder" that is a file: the office creates missing folders, but not through a file.
    const auto file = office().folder() / "a-file";
    std::ofstream(file) << "not a folder";
    try {
        packs->exportPdf(pack, prevent::testing::file_url(file / "pack.pdf"));
        ADD_FAILURE() << "a folder that is a file";
    } catch (const IllegalArgumentException& e) {
        EXPECT_THAT(utf8(e.Message),
                    HasSubstr("the PDF could not be written to " + (file / "pack.pdf").string()));
        EXPECT_EQ(e.ArgumentPosition, 1);
    }
    close(pack);
}

// The version put to the board and the Prevent lead, when given, are on the cover.
TEST(BoardPack, TheVersionAndThePreventLeadGivenAreOnTheCover)
{
    Document doc(office(), "private:factory/swriter");
    changed_assessment(doc.model());
    auto o = options();
    o.Version = " 3.1 ";
    o.PreventLead = "Head of Student Safeguarding";
    const auto pack = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack")
                          ->create(doc.model(), nullptr, o);
    const std::string text = text_of(pack);
    EXPECT_THAT(text, HasSubstr("Prevent duty risk assessment, version 3.1, operating year "
                                "2026-27"));
    EXPECT_THAT(text, HasSubstr("Prevent lead: Head of Student Safeguarding"));
    EXPECT_THAT(text, HasSubstr("The Board of Governors is asked to approve version 3.1 of the "
                                "Prevent risk assessment."));
    close(pack);
}

TEST(BoardPack, ExportsAsPdfA2b)
{
    Document doc(office(), "private:factory/swriter");
    changed_assessment(doc.model());
    const auto packs = service<org::preventtoolkit::XBoardPack>("org.preventtoolkit.BoardPack");
    auto o = options();
    o.Version = "3.1";
    const auto pack = packs->create(doc.model(), nullptr, o);
    const auto pdf = office().folder() / "board-pack.pdf";
    packs->exportPdf(pack, prevent::testing::file_url(pdf));
    close(pack);
    if (const char* keep = std::getenv("PREVENT_KEEP_PACK"))  // to look at its pages
        std::filesystem::copy_file(pdf, keep, std::filesystem::copy_options::overwrite_existing);
    std::ifstream in(pdf, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string content = bytes.str();
    EXPECT_EQ(content.substr(0, 5), "%PDF-");
    // PDF/A identifies itself in the document's XMP metadata (kept uncompressed by PDF/A).
    EXPECT_THAT(content, HasSubstr("<pdfaid:part>2</pdfaid:part>"));
    EXPECT_THAT(content, HasSubstr("<pdfaid:conformance>B</pdfaid:conformance>"));
    EXPECT_THAT(content, HasSubstr("/StructTreeRoot")) << "tagged";
    EXPECT_THAT(content, HasSubstr("Board pack: Prevent risk assessment")) << "titled";

    // As poppler reads it: PDF/A-2b in its metadata, tagged, its pages, and the words a
    // governor reads.
    using prevent::testing::run_command;
    const auto info = run_command({PREVENT_PDFINFO, pdf.string()}, std::chrono::seconds(60));
    ASSERT_EQ(info.exit_code, 0) << info.output;
    EXPECT_THAT(info.output, HasSubstr("Title:           Board pack: Prevent risk assessment"));
    EXPECT_THAT(info.output, HasSubstr("Tagged:          yes"));
    EXPECT_THAT(info.output, HasSubstr("Page size:       595.304 x 841.89 pts (A4)"));
    EXPECT_THAT(info.output, HasSubstr("Pages:           3")) << "cover, coverage, risks";
    const auto meta =
        run_command({PREVENT_PDFINFO, "-meta", pdf.string()}, std::chrono::seconds(60));
    EXPECT_THAT(meta.output, HasSubstr("<pdfaid:part>2</pdfaid:part>"));
    EXPECT_THAT(meta.output, HasSubstr("<pdfaid:conformance>B</pdfaid:conformance>"));
    const auto words =
        run_command({PREVENT_PDFTOTEXT, pdf.string(), "-"}, std::chrono::seconds(60));
    ASSERT_EQ(words.exit_code, 0) << words.output;
    EXPECT_THAT(words.output, HasSubstr("The Board of Governors is asked to approve version 3.1 "
                                        "of the Prevent risk assessment."));
    EXPECT_THAT(words.output, HasSubstr("3 of 17 areas covered; 0 empty, 14 missing, 0 not "
                                        "applicable."));
    EXPECT_THAT(words.output, HasSubstr("By band: Green 1 \u00b7 Amber 1 \u00b7 Red 1."));
    EXPECT_THAT(words.output, HasSubstr("Significant: R1 rose from amber to red;"));
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
