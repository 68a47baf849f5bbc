// org.preventtoolkit.DocumentReview in a real office: from one walk of the document, each part
// asked for equals what its own service answers (CoverageChecker.check, RiskRegister.reviewRisks,
// Approval.getStatus); parts not asked for, or of no meaning for the document, are absent.
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/ApprovalRecord.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentReview.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;

namespace {

template <typename Interface>
Reference<Interface> service(const char* name)
{
    return Reference<Interface>(office().create(name), UNO_QUERY_THROW);
}

Reference<org::preventtoolkit::XDocumentReview> reviews()
{
    return service<org::preventtoolkit::XDocumentReview>("org.preventtoolkit.DocumentReview");
}

// Every field a panel shows, as one line each, so that two reports compare as lists.
std::vector<std::string> lines(const org::preventtoolkit::CoverageReport& r)
{
    std::vector<std::string> out{"profile " + utf8(r.Profile)};
    for (const auto& a : r.Areas) {
        std::string line = utf8(a.AreaId) + " " + utf8(a.State) +
                           " marked=" + std::to_string(a.Marked) + " reason=" + utf8(a.Reason);
        for (const auto& h : a.Headings)
            line += " | " + utf8(h);
        for (const auto& e : a.Evidence)
            line += " / " + utf8(e);
        for (const auto& p : a.PossibleHeadings)
            line += " ? " + utf8(p);
        out.push_back(line);
    }
    for (const auto& f : r.Findings)
        out.push_back(utf8(f.Code) + "@" + utf8(f.Location) + ": " + utf8(f.Message));
    return out;
}

std::vector<std::string> lines(const org::preventtoolkit::RiskReport& r)
{
    std::vector<std::string> out;
    for (const auto& x : r.Risks)
        out.push_back(utf8(x.Table) + "#" + std::to_string(x.Row) + " " + utf8(x.Ref) + " " +
                      utf8(x.AreaId) + " " + std::to_string(x.InherentScore) + " " +
                      std::to_string(x.ResidualScore) + " " + utf8(x.Rag) + " " + utf8(x.Owner));
    for (const auto& f : r.Findings)
        out.push_back(utf8(f.Code) + "@" + utf8(f.Location) + ": " + utf8(f.Message));
    return out;
}

std::vector<std::string> lines(const org::preventtoolkit::ApprovalStatus& s)
{
    std::vector<std::string> out{utf8(s.State), utf8(s.CurrentDigest),
                                 std::to_string(s.History.getLength())};
    for (const auto& c : s.ChangedSections)
        out.push_back("changed " + utf8(c));
    return out;
}

void set_cell(const Reference<css::frame::XModel>& model, const OUString& table,
              const char* address, const char* text)
{
    const Reference<css::text::XTextTable> t(
        Reference<css::text::XTextTablesSupplier>(model, UNO_QUERY_THROW)
            ->getTextTables()
            ->getByName(table),
        UNO_QUERY_THROW);
    Reference<css::text::XText>(t->getCellByName(OUString::createFromAscii(address)),
                                UNO_QUERY_THROW)
        ->setString(OUString::fromUtf8(text));
}

// An assessment with covered, empty and possible areas, a scored risk table with a wrong score,
// and an approval that its text no longer matches.
void assessment(const Reference<css::frame::XModel>& model)
{
    WriterBuilder(model)
        .heading("1. Leadership and governance")
        .body("The Pro Vice-Chancellor chairs the Prevent Steering Group.")
        .heading("2. Welfare")
        .body("TBC")
        .heading("3. External speakers and events")
        .body("Every speaker is vetted before a booking is confirmed.");
    org::preventtoolkit::ApprovalRecord record;
    record.ApprovingBody = "Board of Governors";
    record.ApprovedBy = "Jane Smith, Chair of Governors";
    record.ApprovalDate = css::util::Date(10, 10, 2026);
    service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")->stamp(model, record);
    const auto table =
        service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister")
            ->insertRiskTable(model, "speakers-events", "scored");
    set_cell(model, table, "B2", "A speaker draws students towards extremist views");
    set_cell(model, table, "D2", "4");
    set_cell(model, table, "E2", "4");
    set_cell(model, table, "F2", "12");
    set_cell(model, table, "M2", "Registrar");
}

}  // namespace

TEST(DocumentReview, EachPartIsWhatItsOwnServiceAnswers)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    const auto review = reviews()->review(doc.model(), true, true, true);
    ASSERT_TRUE(review.HasCoverage);
    ASSERT_TRUE(review.HasRisks);
    ASSERT_TRUE(review.HasApproval);
    const auto coverage =
        service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker")
            ->check(doc.model(), "");
    EXPECT_EQ(lines(review.Coverage), lines(coverage));
    const auto risks =
        service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister")
            ->reviewRisks(doc.model());
    EXPECT_EQ(lines(review.Risks), lines(risks));
    ASSERT_EQ(review.Risks.Risks.getLength(), 1);
    const auto status = service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
                            ->getStatus(doc.model());
    EXPECT_EQ(lines(review.Approval), lines(status));
    EXPECT_EQ(utf8(review.Approval.State), "changed-since-approval") << "the table came after";
    // What the document holds shows in each part: the checks really ran.
    EXPECT_THAT(lines(review.Coverage),
                ::testing::Contains(::testing::StartsWith("leadership covered")));
    EXPECT_THAT(lines(review.Risks), ::testing::Contains(::testing::HasSubstr("Registrar")));
}

TEST(DocumentReview, OnlyThePartsAskedFor)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc.model());
    const auto none = reviews()->review(doc.model(), false, false, false);
    EXPECT_FALSE(none.HasCoverage || none.HasRisks || none.HasApproval);
    const auto coverage = reviews()->review(doc.model(), true, false, false);
    EXPECT_TRUE(coverage.HasCoverage);
    EXPECT_FALSE(coverage.HasRisks || coverage.HasApproval);
    const auto risks = reviews()->review(doc.model(), false, true, false);
    EXPECT_TRUE(risks.HasRisks);
    EXPECT_FALSE(risks.HasCoverage || risks.HasApproval);
}

TEST(DocumentReview, ASpreadsheetHasOnlyItsApproval)
{
    Document calc(office(), "private:factory/scalc");
    const auto review = reviews()->review(calc.model(), true, true, true);
    EXPECT_FALSE(review.HasCoverage);
    EXPECT_FALSE(review.HasRisks);
    ASSERT_TRUE(review.HasApproval);
    EXPECT_EQ(lines(review.Approval),
              lines(service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
                        ->getStatus(calc.model())));
}

TEST(DocumentReview, RefusesANullDocument)
{
    EXPECT_THROW(reviews()->review(nullptr, true, true, true), css::lang::IllegalArgumentException);
}
