// org.preventtoolkit.Approval in a real office, whose clock says 29 November 2026: the
// digest vectors of docs/digest.md read from live documents, stamping, round trips through
// .odt, .docx, .ods and .xlsx, what changes the digest and what does not, undo, history, and
// refusals that leave the document as it was.
#include "child_process.hxx"
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

using css::lang::IllegalArgumentException;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using org::preventtoolkit::ApprovalRecord;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;
using ::testing::ElementsAre;

namespace {

Reference<org::preventtoolkit::XApproval> approval()
{
    return Reference<org::preventtoolkit::XApproval>(office().create("org.preventtoolkit.Approval"),
                                                     UNO_QUERY_THROW);
}

OUString u(const std::string& s) { return OUString::fromUtf8(s.c_str()); }

Reference<css::text::XTextRange> range(const Reference<css::text::XTextCursor>& cursor)
{
    return Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW);
}

ApprovalRecord record(sal_uInt16 day, sal_uInt16 month, sal_Int16 year)
{
    ApprovalRecord r;
    r.ApprovingBody = "Board of Governors";
    r.ApprovedBy = "Jane Smith, Chair of Governors";
    r.ApprovalDate = css::util::Date(day, month, year);
    r.MinuteReference = "BoG/26/14";
    r.RecommendedBy = "Audit and Risk Committee";
    r.Version = "3.1";
    r.Note = "Annual refresh";
    return r;
}

std::string state(const Reference<css::frame::XModel>& model)
{
    return utf8(approval()->getStatus(model).State);
}

// An assessment with two top-level sections, a table and a sub-heading.
void assessment(const Reference<css::frame::XModel>& model)
{
    WriterBuilder(model)
        .body("This assessment covers all campuses.")
        .heading("1. Leadership")
        .body("The board leads on Prevent.")
        .heading("1.1 Partnership", 2)
        .body("We meet the local Prevent coordinator each term.")
        .heading("2. Welfare")
        .body("Chaplaincy and prayer rooms are supervised.")
        .table({{"Risk", "Owner"}, {"Unsupervised prayer room", "Chaplain"}});
}

Reference<css::text::XText> body(const Reference<css::frame::XModel>& model)
{
    return Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
}

// Replaces the first occurrence of a word in the body's paragraphs.
void replace_word(const Reference<css::frame::XModel>& model, const std::string& from,
                  const std::string& to)
{
    const Reference<css::util::XReplaceable> replaceable(model, UNO_QUERY_THROW);
    const auto descriptor = replaceable->createReplaceDescriptor();
    descriptor->setSearchString(u(from));
    descriptor->setReplaceString(u(to));
    ASSERT_GT(replaceable->replaceAll(
                  Reference<css::util::XSearchDescriptor>(descriptor, UNO_QUERY_THROW)),
              0)
        << from;
}

Reference<css::beans::XPropertySet> user_properties(const Reference<css::frame::XModel>& model)
{
    return Reference<css::beans::XPropertySet>(
        Reference<css::document::XDocumentPropertiesSupplier>(model, UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
}

bool has_property(const Reference<css::frame::XModel>& model, const char* name)
{
    return user_properties(model)->getPropertySetInfo()->hasPropertyByName(
        OUString::createFromAscii(name));
}

Reference<css::sheet::XSpreadsheet> first_sheet(const Reference<css::frame::XModel>& model)
{
    const Reference<css::container::XIndexAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(model, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0), UNO_QUERY_THROW);
}

sal_Int32 standard_format(const Reference<css::frame::XModel>& model, sal_Int16 type)
{
    const Reference<css::util::XNumberFormatTypes> types(
        Reference<css::util::XNumberFormatsSupplier>(model, UNO_QUERY_THROW)->getNumberFormats(),
        UNO_QUERY_THROW);
    return types->getStandardFormat(type, css::lang::Locale("en", "GB", ""));
}

// The action plan of docs/digest.md's third vector.
void action_plan(const Reference<css::frame::XModel>& model)
{
    const auto sheet = first_sheet(model);
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName("Action plan");
    const auto cell = [&](sal_Int32 column, sal_Int32 row) {
        return sheet->getCellByPosition(column, row);
    };
    const auto text = [&](sal_Int32 column, sal_Int32 row, const char* value) {
        Reference<css::text::XText>(cell(column, row), UNO_QUERY_THROW)
            ->setString(OUString::createFromAscii(value));
    };
    text(0, 0, "Action");
    text(1, 0, "Due");
    text(0, 1, " Train  staff ");
    cell(1, 1)->setValue(46234);
    Reference<css::beans::XPropertySet>(cell(1, 1), UNO_QUERY_THROW)
        ->setPropertyValue("NumberFormat",
                           Any(standard_format(model, css::util::NumberFormat::DATE)));
    cell(2, 1)->setValue(2.5);
    cell(3, 1)->setFormula("=C2*2");
    cell(4, 1)->setValue(3);
    cell(5, 1)->setValue(-0.0001);
    cell(6, 1)->setValue(46234.5625);
    Reference<css::beans::XPropertySet>(cell(6, 1), UNO_QUERY_THROW)
        ->setPropertyValue("NumberFormat",
                           Any(standard_format(model, css::util::NumberFormat::DATETIME)));
}

std::filesystem::path scratch(const char* name) { return office().folder() / name; }

// Stores, closes and opens again: what a governor receives.
std::unique_ptr<Document> round_trip(std::unique_ptr<Document> doc, const char* name,
                                     const char* filter)
{
    const auto path = scratch(name);
    doc->store_as(path, filter);
    doc.reset();
    return std::make_unique<Document>(office(), prevent::testing::file_url(path));
}

}  // namespace

TEST(Approval, ALiveWriterDocumentGivesTheDigestOfVectorTwo)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Prevent risk assessment")
        .body("  Our   approach\tis  simple. ")
        .body("");
    const auto text = body(doc.model());
    auto cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                 false);
    text->insertString(range(cursor), "Reviewed on ", false);
    const Reference<css::lang::XMultiServiceFactory> factory(doc.model(), UNO_QUERY_THROW);
    const Reference<css::text::XTextContent> field(
        factory->createInstance("com.sun.star.text.TextField.DateTime"), UNO_QUERY_THROW);
    text->insertTextContent(range(cursor), field, false);
    text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                 false);
    text->insertString(range(cursor), u("Cafe\u0301\u00a0menu"), false);
    EXPECT_EQ(utf8(approval()->computeDigest(doc.model())),
              "2165c4939776d5907020e0195971d26d0ae86c51872497c4444e9f867bb21805");
}

TEST(Approval, ALiveSpreadsheetGivesTheDigestOfVectorThree)
{
    Document doc(office(), "private:factory/scalc");
    action_plan(doc.model());
    EXPECT_EQ(utf8(approval()->computeDigest(doc.model())),
              "79032bc38cb433bb8a8c729774fa055408f06b4d6e6b424397e5bed801a7234d");
}

TEST(Approval, AFreshDocumentIsNotApproved)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    const auto status = approval()->getStatus(doc.model());
    EXPECT_EQ(utf8(status.State), "not-approved");
    EXPECT_EQ(status.History.getLength(), 0);
    EXPECT_EQ(status.CurrentDigest, approval()->computeDigest(doc.model()));
}

TEST(Approval, StampedStoredAndReloadedAsOdtIsApproved)
{
    auto doc = std::make_unique<Document>(office(), "private:factory/swriter");
    assessment(doc->model());
    auto r = record(10, 10, 2026);
    r.Digest = "ignored";
    approval()->stamp(doc->model(), r);
    doc = round_trip(std::move(doc), "stamped.odt", "writer8");
    const auto status = approval()->getStatus(doc->model());
    EXPECT_EQ(utf8(status.State), "approved");
    EXPECT_FALSE(status.Changed);
    EXPECT_FALSE(status.ReviewOverdue);
    ASSERT_EQ(status.History.getLength(), 1);
    const auto& c = status.Current;
    EXPECT_EQ(utf8(c.ApprovingBody), "Board of Governors");
    EXPECT_EQ(utf8(c.ApprovedBy), "Jane Smith, Chair of Governors");
    EXPECT_EQ(c.ApprovalDate.Year, 2026);
    EXPECT_EQ(c.ApprovalDate.Month, 10);
    EXPECT_EQ(c.ApprovalDate.Day, 10);
    EXPECT_EQ(utf8(c.MinuteReference), "BoG/26/14");
    EXPECT_EQ(utf8(c.RecommendedBy), "Audit and Risk Committee");
    EXPECT_EQ(utf8(c.ApprovalType), "approved") << "empty means approved";
    EXPECT_EQ(utf8(c.OperatingYear), "2026-27") << "derived from the date";
    EXPECT_EQ(c.NextReviewDue.Year, 2027) << "a year later by default";
    EXPECT_EQ(c.NextReviewDue.Month, 10);
    EXPECT_EQ(c.NextReviewDue.Day, 10);
    EXPECT_EQ(utf8(c.Version), "3.1");
    EXPECT_EQ(utf8(c.Note), "Annual refresh");
    EXPECT_EQ(c.Digest, approval()->computeDigest(doc->model()))
        << "the digest is filled in, not taken from the caller";
    EXPECT_EQ(c.Digest.getLength(), 64);
    EXPECT_GE(c.StampedAt.Year, 2026);
    // What a governor sees in File > Properties > Custom Properties.
    EXPECT_TRUE(has_property(doc->model(), "Prevent.Approval.Count"));
    EXPECT_TRUE(has_property(doc->model(), "Prevent.Approval.1.ApprovalDate"));
    css::util::Date stored;
    EXPECT_TRUE(
        user_properties(doc->model())->getPropertyValue("Prevent.Approval.1.ApprovalDate") >>=
        stored)
        << "dates are written as dates";
}

TEST(Approval, StillApprovedAfterADocxRoundTrip)
{
    auto doc = std::make_unique<Document>(office(), "private:factory/swriter");
    assessment(doc->model());
    approval()->stamp(doc->model(), record(10, 10, 2026));
    doc = round_trip(std::move(doc), "stamped.docx", "MS Word 2007 XML");
    const auto status = approval()->getStatus(doc->model());
    EXPECT_EQ(utf8(status.State), "approved")
        << utf8(status.CurrentDigest) << " vs " << utf8(status.Current.Digest);
    EXPECT_EQ(status.Current.ApprovalDate.Day, 10);
    EXPECT_EQ(status.Current.NextReviewDue.Year, 2027);
    EXPECT_EQ(utf8(status.Current.MinuteReference), "BoG/26/14");
}

TEST(Approval, AnActionPlanStaysApprovedThroughOdsAndXlsx)
{
    for (const auto& [name, filter] :
         {std::pair{"plan.ods", "calc8"}, std::pair{"plan.xlsx", "Calc MS Excel 2007 XML"},
          std::pair{"plan.xls", "MS Excel 97"}}) {
        auto doc = std::make_unique<Document>(office(), "private:factory/scalc");
        action_plan(doc->model());
        approval()->stamp(doc->model(), record(1, 9, 2026));
        const auto digest = approval()->computeDigest(doc->model());
        for (int trip = 1; trip <= 2; ++trip) {  // and back again, as a governor's copy goes
            doc = round_trip(std::move(doc), name, filter);
            EXPECT_EQ(approval()->computeDigest(doc->model()), digest) << name << " " << trip;
            EXPECT_EQ(state(doc->model()), "approved") << name << " " << trip;
        }
    }
}

TEST(Approval, OneChangedWordNamesItsSection)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    approval()->stamp(doc.model(), record(10, 10, 2026));
    replace_word(doc.model(), "coordinator", "co-ordinator");
    auto status = approval()->getStatus(doc.model());
    EXPECT_EQ(utf8(status.State), "changed-since-approval");
    EXPECT_TRUE(status.Changed);
    EXPECT_THAT(utf8(status.ChangedSections), ElementsAre("1. Leadership"))
        << "the sub-heading's text is in its section";
    replace_word(doc.model(), "co-ordinator", "coordinator");
    EXPECT_EQ(state(doc.model()), "approved") << "changed back: the same content";

    const Reference<css::text::XTextTable> table(
        Reference<css::container::XIndexAccess>(
            Reference<css::text::XTextTablesSupplier>(doc.model(), UNO_QUERY_THROW)
                ->getTextTables(),
            UNO_QUERY_THROW)
            ->getByIndex(0),
        UNO_QUERY_THROW);
    Reference<css::text::XText>(table->getCellByName("B2"), UNO_QUERY_THROW)->setString("Imam");
    status = approval()->getStatus(doc.model());
    EXPECT_EQ(utf8(status.State), "changed-since-approval");
    EXPECT_THAT(utf8(status.ChangedSections), ElementsAre("2. Welfare")) << "a table cell counts";
}

TEST(Approval, AddingOrDeletingAParagraphChangesTheDigest)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    const auto before = approval()->computeDigest(doc.model());
    WriterBuilder(doc.model()).body("A new paragraph.");
    const auto added = approval()->computeDigest(doc.model());
    EXPECT_NE(added, before);
    replace_word(doc.model(), "campuses", "sites");
    EXPECT_NE(approval()->computeDigest(doc.model()), added);
}

TEST(Approval, AChangedCellOfAnySheetNamesTheSheet)
{
    Document doc(office(), "private:factory/scalc");
    action_plan(doc.model());
    approval()->stamp(doc.model(), record(1, 9, 2026));
    first_sheet(doc.model())->getCellByPosition(2, 1)->setValue(2.75);
    const auto status = approval()->getStatus(doc.model());
    EXPECT_EQ(utf8(status.State), "changed-since-approval");
    EXPECT_THAT(utf8(status.ChangedSections), ElementsAre("Action plan"));
}

TEST(Approval, FormattingPropertiesMarginsAndTheApprovalBlockLeaveItApproved)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    approval()->stamp(doc.model(), record(10, 10, 2026));
    const auto text = body(doc.model());

    // Bold over the whole body.
    auto cursor = text->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    EXPECT_EQ(state(doc.model()), "approved") << "bold";

    Reference<css::beans::XPropertyContainer>(user_properties(doc.model()), UNO_QUERY_THROW)
        ->addProperty("Classification", css::beans::PropertyAttribute::REMOVABLE,
                      Any(OUString("OFFICIAL")));
    Reference<css::document::XDocumentPropertiesSupplier>(doc.model(), UNO_QUERY_THROW)
        ->getDocumentProperties()
        ->setTitle("Prevent risk assessment 2026-27");
    EXPECT_EQ(state(doc.model()), "approved") << "properties";

    const Reference<css::container::XNameAccess> pages(
        Reference<css::style::XStyleFamiliesSupplier>(doc.model(), UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        UNO_QUERY_THROW);
    const Reference<css::beans::XPropertySet> page(pages->getByName("Standard"), UNO_QUERY_THROW);
    page->setPropertyValue("LeftMargin", Any(sal_Int32(3500)));
    page->setPropertyValue("HeaderIsOn", Any(true));
    Reference<css::text::XText>(page->getPropertyValue("HeaderText"), UNO_QUERY_THROW)
        ->setString("CONFIDENTIAL");
    EXPECT_EQ(state(doc.model()), "approved") << "margins and a header";

    // The approval block: a section of its own name at the end.
    cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                 false);
    text->insertString(range(cursor), "Approved by the Board of Governors on 10 October 2026.",
                       true);
    const Reference<css::lang::XMultiServiceFactory> factory(doc.model(), UNO_QUERY_THROW);
    const Reference<css::text::XTextContent> section(
        factory->createInstance("com.sun.star.text.TextSection"), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(section, UNO_QUERY_THROW)->setName("PreventApprovalBlock");
    text->insertTextContent(range(cursor), section, true);
    EXPECT_EQ(state(doc.model()), "approved") << "the approval block";
}

TEST(Approval, ADateFieldCountsByItsKindNotItsValue)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    const auto text = body(doc.model());
    auto cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    text->insertString(range(cursor), " Reviewed on ", false);
    const Reference<css::lang::XMultiServiceFactory> factory(doc.model(), UNO_QUERY_THROW);
    const Reference<css::text::XTextField> field(
        factory->createInstance("com.sun.star.text.TextField.DateTime"), UNO_QUERY_THROW);
    const Reference<css::beans::XPropertySet> props(field, UNO_QUERY_THROW);
    props->setPropertyValue("IsFixed", Any(true));
    props->setPropertyValue("IsDate", Any(true));
    props->setPropertyValue("DateTimeValue",
                            Any(css::util::DateTime(0, 0, 0, 9, 29, 11, 2026, false)));
    text->insertTextContent(range(cursor),
                            Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    approval()->stamp(doc.model(), record(29, 11, 2026));
    const auto before = utf8(field->getPresentation(false));
    // The next day: the field shows another date.
    props->setPropertyValue("DateTimeValue",
                            Any(css::util::DateTime(0, 0, 0, 9, 30, 11, 2026, false)));
    ASSERT_NE(utf8(field->getPresentation(false)), before);
    EXPECT_EQ(state(doc.model()), "approved");
}

TEST(Approval, UndoRemovesTheStampAndRedoPutsItBack)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    approval()->stamp(doc.model(), record(1, 10, 2025));
    approval()->stamp(doc.model(), record(10, 10, 2026));
    const auto undo = Reference<css::document::XUndoManagerSupplier>(doc.model(), UNO_QUERY_THROW)
                          ->getUndoManager();
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Record approval");
    undo->undo();
    auto status = approval()->getStatus(doc.model());
    ASSERT_EQ(status.History.getLength(), 1);
    EXPECT_EQ(status.Current.ApprovalDate.Year, 2025);
    EXPECT_FALSE(has_property(doc.model(), "Prevent.Approval.2.ApprovalDate"))
        << "the second group is gone";
    undo->undo();
    EXPECT_EQ(state(doc.model()), "not-approved");
    EXPECT_FALSE(has_property(doc.model(), "Prevent.Approval.Count"));
    undo->redo();
    undo->redo();
    status = approval()->getStatus(doc.model());
    EXPECT_EQ(status.History.getLength(), 2);
    EXPECT_EQ(utf8(status.State), "approved");
}

TEST(Approval, ASecondApprovalKeepsTheFirstInHistory)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    approval()->stamp(doc.model(), record(15, 7, 2025));
    EXPECT_EQ(state(doc.model()), "review-overdue") << "approved 15 July 2025, due 15 July 2026";
    WriterBuilder(doc.model()).body("Updated for 2026-27.");
    auto second = record(10, 10, 2026);
    second.ApprovalType = "significant-change-approved";
    approval()->stamp(doc.model(), second);
    const auto status = approval()->getStatus(doc.model());
    EXPECT_EQ(utf8(status.State), "approved");
    ASSERT_EQ(status.History.getLength(), 2);
    EXPECT_EQ(status.History[0].ApprovalDate.Year, 2025) << "oldest first";
    EXPECT_EQ(utf8(status.History[1].ApprovalType), "significant-change-approved");
    EXPECT_NE(status.History[0].Digest, status.History[1].Digest);
    EXPECT_EQ(status.Current.Digest, status.History[1].Digest);
}

TEST(Approval, TheIssueExamplesWithTodayTheTwentyNinthOfNovember)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    auto r = record(1, 8, 2025);
    r.NextReviewDue = css::util::Date(31, 12, 2026);
    approval()->stamp(doc.model(), r);
    EXPECT_EQ(state(doc.model()), "approved");
    Document other(office(), "private:factory/swriter");
    assessment(other.model());
    r = record(15, 7, 2025);
    r.NextReviewDue = css::util::Date(15, 7, 2026);
    approval()->stamp(other.model(), r);
    const auto status = approval()->getStatus(other.model());
    EXPECT_EQ(utf8(status.State), "review-overdue");
    EXPECT_TRUE(status.ReviewOverdue);
    replace_word(other.model(), "campuses", "sites");
    const auto both = approval()->getStatus(other.model());
    EXPECT_EQ(utf8(both.State), "changed-since-approval") << "change comes first";
    EXPECT_TRUE(both.Changed);
    EXPECT_TRUE(both.ReviewOverdue);
    EXPECT_THAT(utf8(both.ChangedSections), ElementsAre("")) << "the text before the first heading";
}

TEST(Approval, InvalidRecordsAreRefusedAndNothingIsWritten)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    const auto refused = [&](const ApprovalRecord& r, const char* reason) {
        try {
            approval()->stamp(doc.model(), r);
            ADD_FAILURE() << "accepted: " << reason;
        } catch (const IllegalArgumentException& e) {
            EXPECT_FALSE(e.Message.isEmpty()) << reason;
        }
        EXPECT_FALSE(has_property(doc.model(), "Prevent.Approval.Count")) << reason;
    };
    refused(record(30, 11, 2026), "tomorrow");
    auto r = record(10, 10, 2026);
    r.NextReviewDue = css::util::Date(10, 10, 2026);
    refused(r, "review on the decision date");
    r = record(10, 10, 2026);
    r.ApprovingBody = "  ";
    refused(r, "no body");
    r = record(10, 10, 2026);
    r.ApprovedBy.clear();
    refused(r, "no approver");
    r = record(10, 10, 2026);
    r.ApprovalType = "rubber-stamped";
    refused(r, "unknown type");
    r = record(31, 2, 2026);
    refused(r, "no such date");
    EXPECT_EQ(state(doc.model()), "not-approved");
}

TEST(Approval, AReadOnlyDocumentIsRefusedAndUnchanged)
{
    const auto path = scratch("read-only.odt");
    {
        Document doc(office(), "private:factory/swriter");
        assessment(doc.model());
        doc.store_as(path, "writer8");
    }
    Document read_only(office(), prevent::testing::file_url(path), true, true);
    EXPECT_THROW(approval()->stamp(read_only.model(), record(10, 10, 2026)),
                 IllegalArgumentException);
    EXPECT_FALSE(has_property(read_only.model(), "Prevent.Approval.Count"));
    EXPECT_EQ(state(read_only.model()), "not-approved") << "reading is allowed";
}

TEST(Approval, OtherDocumentsAreRefused)
{
    // A chart in a Writer document has a model of its own, neither text nor spreadsheet.
    Document doc(office(), "private:factory/swriter");
    const Reference<css::lang::XMultiServiceFactory> factory(doc.model(), UNO_QUERY_THROW);
    const Reference<css::text::XTextContent> object(
        factory->createInstance("com.sun.star.text.TextEmbeddedObject"), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(object, UNO_QUERY_THROW)
        ->setPropertyValue("CLSID", Any(OUString("12dcae26-281f-416f-a234-c3086127382e")));
    const auto text = body(doc.model());
    text->insertTextContent(text->getEnd(), object, false);
    Reference<css::frame::XModel> chart;
    Reference<css::beans::XPropertySet>(object, UNO_QUERY_THROW)->getPropertyValue("Model") >>=
        chart;
    ASSERT_TRUE(chart.is());
    EXPECT_THROW(approval()->stamp(chart, record(10, 10, 2026)), IllegalArgumentException);
    EXPECT_THROW(approval()->getStatus(chart), IllegalArgumentException);
    EXPECT_THROW(approval()->computeDigest(chart), IllegalArgumentException);
    EXPECT_THROW(approval()->computeDigest(nullptr), IllegalArgumentException);
}

// Someone edits the circulated file with another program: content.xml rewritten, the stamp
// (in meta.xml) untouched.
TEST(Approval, AFileEditedByAnotherProgramIsChanged)
{
    const auto path = scratch("edited-elsewhere.odt");
    {
        Document doc(office(), "private:factory/swriter");
        assessment(doc.model());
        approval()->stamp(doc.model(), record(10, 10, 2026));
        doc.store_as(path, "writer8");
    }
    const auto unpacked = scratch("edited-elsewhere");
    std::filesystem::create_directories(unpacked);
    auto result = prevent::testing::run_command(
        {"/usr/bin/unzip", "-q", "-o", path.string(), "content.xml", "-d", unpacked.string()},
        std::chrono::seconds(30));
    ASSERT_EQ(result.exit_code, 0) << result.output;
    std::stringstream content;
    content << std::ifstream(unpacked / "content.xml").rdbuf();
    std::string xml = content.str();
    const auto at = xml.find("supervised");
    ASSERT_NE(at, std::string::npos);
    xml.replace(at, std::string("supervised").size(), "unsupervised");
    std::ofstream(unpacked / "content.xml", std::ios::trunc) << xml;
    result = prevent::testing::run_command(
        {"/bin/sh", "-c",
         "cd '" + unpacked.string() + "' && zip -q '" + path.string() + "' content.xml"},
        std::chrono::seconds(30));
    ASSERT_EQ(result.exit_code, 0) << result.output;

    Document edited(office(), prevent::testing::file_url(path));
    const auto status = approval()->getStatus(edited.model());
    EXPECT_EQ(utf8(status.State), "changed-since-approval");
    EXPECT_THAT(utf8(status.ChangedSections), ElementsAre("2. Welfare"));
}

std::string block_text(const Reference<css::frame::XModel>& model)
{
    const Reference<css::container::XNameAccess> sections(
        Reference<css::text::XTextSectionsSupplier>(model, UNO_QUERY_THROW)->getTextSections(),
        UNO_QUERY_THROW);
    if (!sections->hasByName("PreventApprovalBlock"))
        return "(none)";
    const Reference<css::text::XTextContent> section(sections->getByName("PreventApprovalBlock"),
                                                     UNO_QUERY_THROW);
    return utf8(section->getAnchor()->getString());
}

TEST(Approval, TheApprovalBlockShowsTheCurrentApprovalAndStaysOutOfTheDigest)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    EXPECT_THROW(approval()->insertApprovalBlock(doc.model()), IllegalArgumentException)
        << "nothing to show yet";
    approval()->stamp(doc.model(), record(1, 10, 2025));
    const auto digest = approval()->computeDigest(doc.model());
    approval()->insertApprovalBlock(doc.model());
    EXPECT_EQ(approval()->computeDigest(doc.model()), digest);
    EXPECT_THAT(block_text(doc.model()),
                ::testing::HasSubstr("Approving body: Board of Governors"));
    EXPECT_THAT(block_text(doc.model()), ::testing::HasSubstr("Operating year: 2025-26"));
    EXPECT_THROW(approval()->insertApprovalBlock(doc.model()), IllegalArgumentException)
        << "one block";

    auto second = record(10, 10, 2026);
    second.ApprovingBody = "Corporation";
    approval()->stamp(doc.model(), second);
    EXPECT_THAT(block_text(doc.model()), ::testing::HasSubstr("Approving body: Corporation"));
    EXPECT_THAT(block_text(doc.model()), ::testing::HasSubstr("Operating year: 2026-27"));
    EXPECT_EQ(state(doc.model()), "approved");
    const auto undo = Reference<css::document::XUndoManagerSupplier>(doc.model(), UNO_QUERY_THROW)
                          ->getUndoManager();
    undo->undo();
    EXPECT_THAT(block_text(doc.model()),
                ::testing::HasSubstr("Approving body: Board of Governors"));
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Insert approval block");
    undo->undo();
    EXPECT_EQ(block_text(doc.model()), "(none)") << "the block's insertion is one undo step";
    EXPECT_EQ(approval()->computeDigest(doc.model()), digest);
}

// The coverage report carries the approval's state, so a governor sees it with the gaps.
TEST(Approval, TheCoverageReportSaysTheState)
{
    const Reference<org::preventtoolkit::XCoverageChecker> checker(
        office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW);
    const auto approval_findings = [&](const Reference<css::frame::XModel>& model) {
        std::vector<std::string> found;
        for (const auto& f : checker->check(model, "he").Findings)
            if (utf8(f.Code).rfind("approval-", 0) == 0)
                found.push_back(utf8(f.Code) + " " + utf8(f.Severity) + " " + utf8(f.Location));
        return found;
    };
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    EXPECT_THAT(approval_findings(doc.model()), ElementsAre("approval-missing warning document"));
    approval()->stamp(doc.model(), record(10, 10, 2026));
    EXPECT_THAT(approval_findings(doc.model()), ElementsAre("approval-current info document"));
    replace_word(doc.model(), "campuses", "sites");
    EXPECT_THAT(approval_findings(doc.model()), ElementsAre("approval-changed warning document"));

    Document old(office(), "private:factory/swriter");
    assessment(old.model());
    approval()->stamp(old.model(), record(15, 7, 2025));
    EXPECT_THAT(approval_findings(old.model()),
                ElementsAre("approval-review-overdue error document"));
}

// Word keeps neither the block's section nor its name: after a .docx or .doc round trip (once,
// and again, as a governor's copy goes back and forth) the block must still stay out of the
// digest, wherever it stood, and still be one block; while any word of the body, or one typed
// into the block's lines, still counts.
TEST(Approval, TheApprovalBlockSurvivesWordRoundTripsWithoutCountingAsContent)
{
    enum class Block { None, AfterTheFirstParagraph, AtTheEnd };
    for (const auto& [extension, filter] :
         {std::pair{"docx", "MS Word 2007 XML"}, std::pair{"doc", "MS Word 97"}}) {
        for (const Block block : {Block::None, Block::AfterTheFirstParagraph, Block::AtTheEnd}) {
            SCOPED_TRACE(std::string(extension) + " block " +
                         std::to_string(static_cast<int>(block)));
            auto doc = std::make_unique<Document>(office(), "private:factory/swriter");
            assessment(doc->model());
            approval()->stamp(doc->model(), record(10, 10, 2026));
            if (block != Block::None) {
                const auto cursor = Reference<css::text::XTextViewCursorSupplier>(
                                        doc->model()->getCurrentController(), UNO_QUERY_THROW)
                                        ->getViewCursor();
                if (block == Block::AfterTheFirstParagraph)
                    cursor->gotoStart(false);
                else
                    cursor->gotoEnd(false);
                approval()->insertApprovalBlock(doc->model());
            }
            const auto digest = approval()->computeDigest(doc->model());
            for (int trip = 1; trip <= 2; ++trip) {
                const std::string name = "word-" + std::to_string(trip) + "." + extension;
                doc = round_trip(std::move(doc), name.c_str(), filter);
                const auto status = approval()->getStatus(doc->model());
                EXPECT_EQ(utf8(status.State), "approved") << "trip " << trip;
                EXPECT_THAT(utf8(status.ChangedSections), ::testing::IsEmpty()) << "trip " << trip;
                EXPECT_EQ(status.CurrentDigest, digest) << "trip " << trip;
            }
            if (block == Block::None)
                continue;
            EXPECT_THAT(utf8(body(doc->model())->getString()),
                        ::testing::HasSubstr("Approving body: Board of Governors"))
                << "the block still shows the approval";
            EXPECT_THROW(approval()->insertApprovalBlock(doc->model()), IllegalArgumentException)
                << "still one block";
            auto next = record(20, 11, 2026);
            next.ApprovingBody = "Corporation";
            approval()->stamp(doc->model(), next);
            EXPECT_THAT(utf8(body(doc->model())->getString()),
                        ::testing::HasSubstr("Approving body: Corporation"))
                << "the block follows a new stamp";
            EXPECT_EQ(state(doc->model()), "approved");
            replace_word(doc->model(), "Version: ", "Version agreed: ");
            auto status = approval()->getStatus(doc->model());
            EXPECT_EQ(utf8(status.State), "changed-since-approval")
                << "a word typed into the block's line counts";
            EXPECT_THAT(utf8(status.ChangedSections),
                        ElementsAre(block == Block::AtTheEnd ? "2. Welfare" : ""));
            replace_word(doc->model(), "Version agreed: ", "Version: ");
            replace_word(doc->model(), "supervised", "checked");
            status = approval()->getStatus(doc->model());
            EXPECT_THAT(utf8(status.ChangedSections), ElementsAre("2. Welfare"))
                << "and the body still counts";
        }
    }
}

// Inserted where the view cursor stands, in a title or a heading, the block is still body text:
// never a heading of the outline, never in the title's look.
TEST(Approval, TheApprovalBlockIsBodyTextWhereverItIsInserted)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model()).heading("Prevent risk assessment").body("Our approach.");
    // A provider's heading style followed by itself (as the sample's title is): a new paragraph
    // after it would be a heading too.
    Reference<css::beans::XPropertySet>(
        Reference<css::container::XNameAccess>(
            Reference<css::style::XStyleFamiliesSupplier>(doc.model(), UNO_QUERY_THROW)
                ->getStyleFamilies()
                ->getByName("ParagraphStyles"),
            UNO_QUERY_THROW)
            ->getByName("Heading 1"),
        UNO_QUERY_THROW)
        ->setPropertyValue("FollowStyle", Any(OUString("Heading 1")));
    approval()->stamp(doc.model(), record(10, 10, 2026));
    Reference<css::text::XTextViewCursorSupplier>(doc.model()->getCurrentController(),
                                                  UNO_QUERY_THROW)
        ->getViewCursor()
        ->gotoStart(false);
    approval()->insertApprovalBlock(doc.model());
    const Reference<css::text::XTextSection> section(
        Reference<css::text::XTextSectionsSupplier>(doc.model(), UNO_QUERY_THROW)
            ->getTextSections()
            ->getByName("PreventApprovalBlock"),
        UNO_QUERY_THROW);
    const auto range = body(doc.model())->createTextCursorByRange(section->getAnchor());
    const Reference<css::container::XEnumerationAccess> paragraphs(range, UNO_QUERY_THROW);
    int count = 0;
    for (const auto e = paragraphs->createEnumeration(); e->hasMoreElements(); ++count) {
        const Reference<css::beans::XPropertySet> p(e->nextElement(), UNO_QUERY_THROW);
        OUString style;
        sal_Int16 level = -1;
        p->getPropertyValue("ParaStyleName") >>= style;
        p->getPropertyValue("OutlineLevel") >>= level;
        EXPECT_EQ(utf8(style), "Text body") << count;
        EXPECT_EQ(level, 0) << count;
    }
    EXPECT_EQ(count, 6) << "the title and five lines";
}

namespace {

// An assessment with a hand-typed scored risk table, as providers write them.
void assessment_with_risks(const Reference<css::frame::XModel>& model)
{
    WriterBuilder(model)
        .body("This assessment covers all campuses.")
        .heading("1. Leadership")
        .body("The board leads on Prevent.")
        .heading("2. Online safety")
        .body("Filtering on every network.")
        .table({{"Ref", "Risk", "Gross L", "Gross I", "Gross score", "Controls", "Net L", "Net I",
                 "Net score", "RAG"},
                {"R1", "Extremist sites reached", "4", "4", "16", "Web filter", "2", "4", "8",
                 "Amber"},
                {"R2", "Unmonitored guest Wi-Fi", "3", "4", "12", "", "1", "4", "4", "Green"}});
}

std::string change(const Reference<css::frame::XModel>& model)
{
    return utf8(approval()->assessChange(model));
}

std::vector<std::string> reasons(const Reference<css::frame::XModel>& model)
{
    return utf8(approval()->changeReasons(model));
}

}  // namespace

// A stamp records the risks and the areas' states beside the digest (docs/approval.md), which
// the digest does not cover; what changed since is then judged by the rules of the same page.
TEST(Approval, AStampRecordsTheRisksAndTheAreasAndTheChangeIsJudgedByThem)
{
    auto doc = std::make_unique<Document>(office(), "private:factory/swriter");
    assessment_with_risks(doc->model());
    const auto digest = approval()->computeDigest(doc->model());
    approval()->stamp(doc->model(), record(10, 10, 2026));
    EXPECT_EQ(approval()->computeDigest(doc->model()), digest);
    OUString risks, areas;
    user_properties(doc->model())->getPropertyValue("Prevent.Approval.1.Risks") >>= risks;
    user_properties(doc->model())->getPropertyValue("Prevent.Approval.1.Areas") >>= areas;
    EXPECT_EQ(utf8(risks), "R1,16,8,amber;R2,12,4,green");
    EXPECT_THAT(utf8(areas), ::testing::HasSubstr("it-filtering=covered"));
    EXPECT_THAT(utf8(areas), ::testing::HasSubstr("leadership=covered"));
    EXPECT_EQ(change(doc->model()), "none");
    EXPECT_THAT(reasons(doc->model()), ::testing::IsEmpty());

    doc = round_trip(std::move(doc), "recorded.docx", "MS Word 2007 XML");
    EXPECT_EQ(change(doc->model()), "none") << "the record travels with a Word file";

    replace_word(doc->model(), "every network", "every network we run");
    EXPECT_EQ(change(doc->model()), "minor");
    EXPECT_THAT(reasons(doc->model()),
                ElementsAre("the wording of \u201c2. Online safety\u201d changed"));

    prevent::testing::set_table_cell(doc->model(), 0, "G2",
                                     "4");  // R1: net 4 x 4 = 16, amber to red
    prevent::testing::set_table_cell(doc->model(), 0, "I2", "16");
    prevent::testing::set_table_cell(doc->model(), 0, "J2", "Red");
    WriterBuilder(doc->model()).heading("3. Welfare").body("Chaplaincy for all faiths.");
    EXPECT_EQ(change(doc->model()), "significant");
    EXPECT_THAT(reasons(doc->model()),
                ElementsAre("R1 rose from amber to red",
                            "\u201cWelfare, pastoral care and chaplaincy\u201d went from missing "
                            "to covered",
                            "the section \u201c3. Welfare\u201d was added",
                            "the wording of \u201c2. Online safety\u201d changed"));
}

TEST(Approval, OlderApprovalsSpreadsheetsAndUnapprovedDocumentsAreJudgedToo)
{
    Document doc(office(), "private:factory/swriter");
    assessment_with_risks(doc.model());
    EXPECT_EQ(change(doc.model()), "significant");
    EXPECT_THAT(
        reasons(doc.model()),
        ElementsAre("no approval is recorded: the board has not approved this document yet"));
    approval()->stamp(doc.model(), record(10, 10, 2026));
    for (const char* field : {"Prevent.Approval.1.Risks", "Prevent.Approval.1.Areas"})
        Reference<css::beans::XPropertyContainer>(user_properties(doc.model()), UNO_QUERY_THROW)
            ->removeProperty(OUString::createFromAscii(field));  // as stamped by 0.4
    replace_word(doc.model(), "every network", "each network");
    EXPECT_EQ(change(doc.model()), "minor");
    EXPECT_THAT(reasons(doc.model()),
                ElementsAre("there is no record of the risks at that approval",
                            "the wording of \u201c2. Online safety\u201d changed"));

    Document plan(office(), "private:factory/scalc");
    action_plan(plan.model());
    approval()->stamp(plan.model(), record(1, 9, 2026));
    EXPECT_FALSE(user_properties(plan.model())
                     ->getPropertySetInfo()
                     ->hasPropertyByName("Prevent.Approval.1.Risks"))
        << "a spreadsheet keeps no risks";
    EXPECT_EQ(change(plan.model()), "none");
    Reference<css::sheet::XSpreadsheetDocument>(plan.model(), UNO_QUERY_THROW)
        ->getSheets()
        ->insertNewByName("Notes", 1);
    EXPECT_EQ(change(plan.model()), "significant");
    EXPECT_THAT(reasons(plan.model()), ElementsAre("the section \u201cNotes\u201d was added"));
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
