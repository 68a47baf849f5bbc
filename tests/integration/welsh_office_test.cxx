// The toolkit in a Welsh office (interface language cy, libreoffice-l10n-cy): the catalogue's
// titles and the findings in Welsh, Welsh risk tables; and what it writes into a document in
// the document's own language, whatever the office's.
#include "catalogue_client.hxx"
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

// The document's default paragraph language, as Tools ▸ Options ▸ Language Settings sets it.
void write_in(const Reference<css::frame::XModel>& model, const char* language, const char* country)
{
    const Reference<css::container::XNameAccess> paragraphs(
        Reference<css::style::XStyleFamiliesSupplier>(model, UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("ParagraphStyles"),
        UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(paragraphs->getByName("Standard"), UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale(
                                             OUString::createFromAscii(language),
                                             OUString::createFromAscii(country), OUString())));
}

Reference<org::preventtoolkit::XApproval> approval()
{
    return Reference<org::preventtoolkit::XApproval>(office().create("org.preventtoolkit.Approval"),
                                                     UNO_QUERY_THROW);
}

std::string approval_block(const Reference<css::frame::XModel>& model)
{
    org::preventtoolkit::ApprovalRecord r;
    r.ApprovingBody = "Corff llywodraethu";
    r.ApprovedBy = "Siân Jones, Cadeirydd";
    r.ApprovalDate = css::util::Date(29, 11, 2026);
    r.MinuteReference = "CLl/26/14";
    r.Version = "1.0";
    approval()->stamp(model, r);
    approval()->insertApprovalBlock(model);
    const Reference<css::container::XNameAccess> sections(
        Reference<css::text::XTextSectionsSupplier>(model, UNO_QUERY_THROW)->getTextSections(),
        UNO_QUERY_THROW);
    return utf8(Reference<css::text::XTextContent>(sections->getByName("PreventApprovalBlock"),
                                                   UNO_QUERY_THROW)
                    ->getAnchor()
                    ->getString());
}

}  // namespace

TEST(WelshOffice, TheCatalogueSpeaksWelsh)
{
    const auto profiles = catalogue()->describeProfiles();
    ASSERT_EQ(profiles.getLength(), 3);
    EXPECT_EQ(utf8(profiles[0].Title), "Addysg uwch");
    const auto he = catalogue()->getAreas("he");
    EXPECT_EQ(utf8(he[0].Title), "Arweinyddiaeth a goruchwyliaeth llywodraethu");
    for (const auto& a : he)
        EXPECT_THAT(utf8(a.Description), Not(HasSubstr(" the "))) << utf8(a.Id);
}

TEST(WelshOffice, FindingsAndDatesInWelshAndEnglishHeadingsStillRead)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Leadership and governance")
        .body("The principal chairs the Prevent group.")
        .heading("Hyfforddiant staff")
        .body("Mae pob aelod o staff wedi cwblhau hyfforddiant WRAP.");
    const auto checker = Reference<org::preventtoolkit::XCoverageChecker>(
        office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW);
    const auto report = checker->check(doc.model(), "he");
    std::string missing;
    int covered = 0;
    for (const auto& a : report.Areas)
        covered += a.State == "covered" ? 1 : 0;
    EXPECT_EQ(covered, 2) << "an English and a Welsh heading, both read";
    for (const auto& f : report.Findings)
        if (f.Code == "area-missing" && missing.empty())
            missing = utf8(f.Message);
    EXPECT_THAT(missing, HasSubstr("Nid oes unrhyw adran yn cwmpasu"));
    EXPECT_THAT(missing, HasSubstr("Addysg uwch"));
}

TEST(WelshOffice, RiskTablesAreInsertedWithWelshTitlesAndReadBack)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Siaradwyr allanol")
        .body("Mae pob siaradwr yn cael ei fetio.");
    const auto register_ = Reference<org::preventtoolkit::XRiskRegister>(
        office().create("org.preventtoolkit.RiskRegister"), UNO_QUERY_THROW);
    const OUString name = register_->insertRiskTable(doc.model(), "speakers-events", "scored");
    const Reference<css::container::XNameAccess> tables(
        Reference<css::text::XTextTablesSupplier>(doc.model(), UNO_QUERY_THROW)->getTextTables(),
        UNO_QUERY_THROW);
    const Reference<css::text::XTextTable> table(tables->getByName(name), UNO_QUERY_THROW);
    EXPECT_EQ(utf8(Reference<css::text::XTextRange>(table->getCellByName("A1"), UNO_QUERY_THROW)
                       ->getString()),
              "Cyf.");
    EXPECT_EQ(utf8(Reference<css::text::XTextRange>(table->getCellByName("B1"), UNO_QUERY_THROW)
                       ->getString()),
              "Risg");
    Reference<css::text::XTextRange>(table->getCellByName("B2"), UNO_QUERY_THROW)
        ->setString("Siaradwr eithafol yn cael llwyfan heb ei fetio");
    const auto risks = register_->readRisks(doc.model());
    ASSERT_EQ(risks.getLength(), 1) << "the Welsh table is read as a risk table";
    EXPECT_EQ(utf8(risks[0].Ref), "R1");
}

// The action plan sheet made in a Welsh office: Welsh name, column titles, validity lists and
// summary; read back as a plan, its Welsh statuses counted as the English ones are.
TEST(WelshOffice, TheActionPlanSheetIsWelsh)
{
    Document doc(office(), "private:factory/scalc");
    const auto plans = Reference<org::preventtoolkit::XActionPlan>(
        office().create("org.preventtoolkit.ActionPlan"), UNO_QUERY_THROW);
    EXPECT_EQ(utf8(plans->createSheet(doc.model())), "Cynllun gweithredu");
    const Reference<css::sheet::XSpreadsheet> sheet(
        Reference<css::sheet::XSpreadsheetDocument>(doc.model(), UNO_QUERY_THROW)
            ->getSheets()
            ->getByName("Cynllun gweithredu"),
        UNO_QUERY_THROW);
    const auto text = [&](const char* address) {
        return utf8(Reference<css::text::XText>(
                        sheet->getCellRangeByName(OUString::createFromAscii(address))
                            ->getCellByPosition(0, 0),
                        UNO_QUERY_THROW)
                        ->getString());
    };
    EXPECT_EQ(text("A1"), "Cyf. cam gweithredu");
    EXPECT_EQ(text("I1"), "Statws");
    const Reference<css::beans::XPropertySet> validation(
        Reference<css::beans::XPropertySet>(
            sheet->getCellRangeByName("I2")->getCellByPosition(0, 0), UNO_QUERY_THROW)
            ->getPropertyValue("Validation"),
        UNO_QUERY_THROW);
    EXPECT_EQ(
        utf8(Reference<css::sheet::XSheetCondition>(validation, UNO_QUERY_THROW)->getFormula1()),
        "\"Heb ddechrau\";\"Ar y gweill\";\"Wedi'i gwblhau\";\"Parhaus\"");
    // Two rows filled in Welsh, both past their date: the complete one is not overdue.
    for (const auto& [address, value] : {std::pair<const char*, const char*>{"A2", "A1"},
                                         {"D2", "Hyfforddiant WRAP i bob aelod"},
                                         {"F2", "Pennaeth"},
                                         {"H2", "01/09/2026"},
                                         {"I2", "Wedi'i gwblhau"},
                                         {"M2", "15/09/2026"},
                                         {"A3", "A2"},
                                         {"D3", "Adolygu'r polisi siaradwyr"},
                                         {"F3", "Pennaeth"},
                                         {"H3", "01/09/2026"},
                                         {"I3", "Ar y gweill"}})
        Reference<css::text::XText>(
            sheet->getCellRangeByName(OUString::createFromAscii(address))->getCellByPosition(0, 0),
            UNO_QUERY_THROW)
            ->setString(OUString::fromUtf8(value));
    std::vector<std::string> overdue;
    for (const auto& f : plans->check(doc.model(), nullptr))
        if (f.Code == "action-overdue")
            overdue.push_back(utf8(f.Message));
    ASSERT_EQ(overdue.size(), 1u) << "A1 is complete; A2, still in progress, is overdue";
    EXPECT_THAT(overdue[0], HasSubstr("A2"));
}

// What the toolkit writes into a document is in the document's language: an English
// assessment gets an English block from a Welsh office, a Welsh one a Welsh block.
TEST(WelshOffice, TheApprovalBlockIsInTheDocumentsLanguage)
{
    Document english(office(), "private:factory/swriter");
    write_in(english.model(), "en", "GB");
    WriterBuilder(english.model()).heading("Staff training").body("All staff are trained.");
    const std::string english_block = approval_block(english.model());
    EXPECT_THAT(english_block, HasSubstr("Approving body: Corff llywodraethu"));
    EXPECT_THAT(english_block, HasSubstr("29 November 2026"));

    Document welsh(office(), "private:factory/swriter");
    write_in(welsh.model(), "cy", "GB");
    WriterBuilder(welsh.model())
        .heading("Hyfforddiant staff")
        .body("Mae pob aelod wedi'i hyfforddi.");
    const std::string welsh_block = approval_block(welsh.model());
    EXPECT_THAT(welsh_block, Not(HasSubstr("Approving body")));
    EXPECT_THAT(welsh_block, HasSubstr("Corff llywodraethu"));
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.interface_language = "cy";
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
