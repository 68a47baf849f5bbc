// org.preventtoolkit.CoverageChecker in a real office, on documents the tests build.
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>

#include <gmock/gmock.h>

using css::lang::IllegalArgumentException;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::preventtoolkit::CoverageReport;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

Reference<org::preventtoolkit::XCoverageChecker> checker()
{
    return Reference<org::preventtoolkit::XCoverageChecker>(
        office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW);
}

std::string state(const CoverageReport& r, const char* area)
{
    for (const auto& a : r.Areas)
        if (a.AreaId.equalsAscii(area))
            return utf8(a.State);
    return "(not in report)";
}

std::vector<std::string> headings(const CoverageReport& r, const char* area)
{
    for (const auto& a : r.Areas)
        if (a.AreaId.equalsAscii(area))
            return utf8(a.Headings);
    return {};
}

std::vector<std::string> findings(const CoverageReport& r, const char* area)
{
    std::vector<std::string> out;
    for (const auto& f : r.Findings)
        if (f.AreaId.equalsAscii(area))
            out.push_back(utf8(f.Code) + "@" + utf8(f.Location));
    return out;
}

std::vector<std::string> paragraphs(const Reference<css::frame::XModel>& model)
{
    std::vector<std::string> out;
    const Reference<css::container::XEnumerationAccess> access(
        Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText(), UNO_QUERY_THROW);
    for (const auto e = access->createEnumeration(); e->hasMoreElements();) {
        const Reference<css::text::XTextRange> p(e->nextElement(), UNO_QUERY);
        if (p.is())
            out.push_back(utf8(p->getString()));
    }
    return out;
}

}  // namespace

TEST(CoverageChecker, ReadsHeadingStylesNestingAndContent)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("1. Leadership and governance")
        .body("The Pro Vice-Chancellor chairs the Prevent group.")
        .heading("2. Welfare")
        .heading("2.1 Chaplaincy", 2)
        .body("Chaplains are available every day.")
        .heading("3. External speakers and events")
        .body("Click here to enter text.")
        .heading("4. Security", 1)
        .body("Doors are locked at night.");
    const auto r = checker()->check(doc.model(), "he");
    EXPECT_EQ(utf8(r.Profile), "he");
    ASSERT_EQ(r.Areas.getLength(), 17);
    EXPECT_EQ(utf8(r.Areas[0].AreaId), "leadership") << "catalogue order";
    EXPECT_EQ(state(r, "leadership"), "covered");
    EXPECT_THAT(headings(r, "leadership"), ElementsAre("1. Leadership and governance"));
    EXPECT_EQ(state(r, "welfare-pastoral"), "covered") << "its subsection has the content";
    EXPECT_THAT(headings(r, "welfare-pastoral"), ElementsAre("2. Welfare", "2.1 Chaplaincy"));
    EXPECT_EQ(state(r, "speakers-events"), "empty");
    EXPECT_THAT(findings(r, "speakers-events"), ElementsAre("area-empty@heading:4"));
    EXPECT_EQ(state(r, "partnership"), "missing");
    EXPECT_THAT(findings(r, "partnership"), ElementsAre("area-missing@document"));
    EXPECT_THAT(findings(r, "estates-premises"),
                ElementsAre("area-missing@document", "possible-match@heading:5"));
}

// The office speaks English; the document Welsh, and partly both: the catalogue's Welsh terms
// are read whatever the office's language, and an area named in both languages counts once.
TEST(CoverageChecker, AWelshAndBilingualDocumentIsCheckedInAnEnglishOffice)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Asesiad risg Prevent Ysgol Glan Clwyd")
        .heading("1. Arweinyddiaeth a llywodraethu")
        .body("Mae'r pennaeth yn cadeirio'r grŵp Prevent bob tymor.")
        .heading("2. Hyfforddiant staff / Staff training")
        .body("Mae pob aelod o staff wedi cwblhau hyfforddiant WRAP.")
        .heading("3. Ein polisïau a'n gweithdrefnau")
        .body("Mae'r polisi diogelu yn cael ei adolygu bob blwyddyn.")
        .heading("4. Staff training")
        .body("Refresher training every September.")
        .heading("5. Diogelwch tân")
        .body("Cynhelir ymarfer tân bob tymor.");
    const auto r = checker()->check(doc.model(), "schools");
    EXPECT_EQ(state(r, "leadership"), "covered");
    EXPECT_THAT(headings(r, "leadership"), ElementsAre("1. Arweinyddiaeth a llywodraethu"));
    EXPECT_EQ(state(r, "staff-training"), "covered");
    EXPECT_THAT(headings(r, "staff-training"),
                ElementsAre("2. Hyfforddiant staff / Staff training", "4. Staff training"));
    EXPECT_EQ(state(r, "policies-procedures"), "covered");
    EXPECT_EQ(state(r, "partnership"), "missing");
    EXPECT_EQ(state(r, "estates-premises"), "missing") << "fire safety covers nothing";
}

TEST(CoverageChecker, AnyParagraphWithAnOutlineLevelIsAHeading)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .paragraph("Staff training", "Text body", 1)
        .body("All staff complete the e-learning.");
    EXPECT_EQ(state(checker()->check(doc.model(), "he"), "staff-training"), "covered");
}

TEST(CoverageChecker, HeadingsInTablesAndFramesCount)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Introduction")
        .body("This is our assessment.")
        .table({{"#Prayer rooms", "The multi-faith room is booked through the chaplaincy."}})
        .frame("Online safety", "Filtering blocks extremist sites.");
    const auto r = checker()->check(doc.model(), "he");
    EXPECT_EQ(state(r, "prayer-faith-facilities"), "covered");
    EXPECT_EQ(state(r, "it-filtering"), "covered");
}

TEST(CoverageChecker, HiddenHeadingsAndTrackedDeletionsDoNotCount)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .paragraph("External speakers", "Heading 1", -1, true)
        .body("Speakers are checked.")
        .heading("Research ethics")
        .delete_last_tracked()
        .body("Approved by the ethics committee.");
    const auto r = checker()->check(doc.model(), "he");
    EXPECT_EQ(state(r, "speakers-events"), "missing") << "a hidden heading";
    EXPECT_EQ(state(r, "sensitive-research"), "missing")
        << "a heading whose text is a tracked deletion";
}

TEST(CoverageChecker, BoldParagraphsAreCandidateHeadings)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model()).bold("External speakers").body("All speakers are checked.");
    const auto r = checker()->check(doc.model(), "he");
    std::vector<std::string> candidates;
    for (const auto& f : r.Findings)
        if (f.Code == "candidate-heading")
            candidates.push_back(utf8(f.Location) + " " + utf8(f.Severity));
    EXPECT_THAT(candidates, ElementsAre("paragraph:1 warning"));
}

TEST(CoverageChecker, AnEmptyProfileMeansTheDocumentsProfile)
{
    Document doc(office(), "private:factory/swriter");
    EXPECT_EQ(utf8(checker()->check(doc.model(), "").Profile), "he")
        << "nothing points anywhere: higher education";
    Reference<org::preventtoolkit::XDocumentProfile>(
        office().create("org.preventtoolkit.DocumentProfile"), UNO_QUERY_THROW)
        ->setProfile(doc.model(), "schools");
    const auto r = checker()->check(doc.model(), "");
    EXPECT_EQ(utf8(r.Profile), "schools");
    EXPECT_EQ(r.Areas.getLength(), 15);
}

// With nothing stored, the first page's words decide; the info finding names them.
TEST(CoverageChecker, ADocumentWithoutAProfileIsCheckedWithTheOneItsFirstPagePointsAt)
{
    Document school(office(), "private:factory/swriter");
    WriterBuilder(school.model())
        .body("Northgate Academy")
        .body("Prevent risk assessment for pupils in key stage 2");
    const auto r = checker()->check(school.model(), "");
    EXPECT_EQ(utf8(r.Profile), "schools");
    EXPECT_THAT(findings(r, ""), ::testing::Contains("profile-inferred@document"));
    const auto inferred = std::find_if(r.Findings.begin(), r.Findings.end(),
                                       [](const auto& f) { return f.Code == "profile-inferred"; });
    ASSERT_NE(inferred, r.Findings.end());
    EXPECT_NE(utf8(inferred->Message).find("Academy"), std::string::npos)
        << utf8(inferred->Message);

    Document college(office(), "private:factory/swriter");
    WriterBuilder(college.model())
        .body("Northgate Sixth Form College")
        .body("Prevent risk assessment 2026-27");
    EXPECT_EQ(utf8(checker()->check(college.model(), "").Profile), "fe");

    Document stored(office(), "private:factory/swriter");
    WriterBuilder(stored.model()).body("Northgate Academy");
    Reference<org::preventtoolkit::XDocumentProfile>(
        office().create("org.preventtoolkit.DocumentProfile"), UNO_QUERY_THROW)
        ->setProfile(stored.model(), "he");
    const auto s = checker()->check(stored.model(), "");
    EXPECT_EQ(utf8(s.Profile), "he") << "a stored profile wins over the words";
    EXPECT_THAT(findings(s, ""), ::testing::Not(::testing::Contains("profile-inferred@document")));
}

// Each credited heading says why; a heading that names no area is read with its text.
TEST(CoverageChecker, EvidenceSaysWhichWordsOfTheHeadingOrItsTextCounted)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Staff are trained to spot the signs")
        .body("All staff complete the module.")
        .heading("Our commitments")
        .body(
            "Every speaker is vetted before a booking is confirmed; each event with a visiting "
            "speaker has a chair "
            "and the organiser keeps the publicity.")
        .heading("Keeping everyone safe")
        .body(
            "Referral to Channel through the DSL for a concern; filtering of the internet and "
            "online lessons; site "
            "lettings of the premises to hirers.")
        .heading("Fire safety")
        .body("Fire drills each term and an alarm test each week.");
    const auto r = checker()->check(doc.model(), "he");
    const auto evidence = [&](const char* area) {
        for (const auto& a : r.Areas)
            if (a.AreaId.equalsAscii(area))
                return utf8(a.Evidence);
        return std::vector<std::string>();
    };
    EXPECT_EQ(state(r, "staff-training"), "covered");
    ASSERT_EQ(evidence("staff-training").size(), 1u);
    EXPECT_NE(evidence("staff-training")[0].find("\u201cStaff\u201d"), std::string::npos)
        << evidence("staff-training")[0];
    EXPECT_NE(evidence("staff-training")[0].find("\u201ctrained\u201d"), std::string::npos);

    EXPECT_EQ(state(r, "speakers-events"), "covered") << "its text is clearly about speakers";
    EXPECT_THAT(headings(r, "speakers-events"), ElementsAre("Our commitments"));
    ASSERT_EQ(evidence("speakers-events").size(), 1u);
    EXPECT_NE(evidence("speakers-events")[0].find("its text mentions"), std::string::npos);
    EXPECT_NE(evidence("speakers-events")[0].find("\u201cvetted\u201d"), std::string::npos);

    // Split between areas: a possible match for each, naming the words; nothing covered by it.
    EXPECT_EQ(state(r, "information-sharing"), "missing");
    EXPECT_THAT(findings(r, "information-sharing"),
                ::testing::Contains("possible-match@heading:3"));
    EXPECT_THAT(findings(r, "it-filtering"), ::testing::Contains("possible-match@heading:3"));
    // The possible heading, as it stands, for whoever shows the area (the panel, prevent-check).
    for (const auto& a : r.Areas) {
        if (a.AreaId == "information-sharing") {
            EXPECT_THAT(utf8(a.PossibleHeadings), ElementsAre("Keeping everyone safe"));
        }
        if (a.AreaId == "staff-training") {
            EXPECT_EQ(a.PossibleHeadings.getLength(), 0)
                << "a covered area has no possible heading";
        }
    }
    // A decoy with a decoy text stays what it is.
    for (const auto& a : r.Areas)
        for (const auto& h : a.Headings)
            EXPECT_NE(utf8(h), "Fire safety") << utf8(a.AreaId);
}

TEST(CoverageChecker, MarksSurviveStoreAndReloadAsOdtAndDocx)
{
    for (const auto& [name, filter] :
         {std::pair{"marks.odt", "writer8"}, std::pair{"marks.docx", "MS Word 2007 XML"}}) {
        SCOPED_TRACE(name);
        const auto path = office().folder() / name;
        {
            Document doc(office(), "private:factory/swriter");
            WriterBuilder(doc.model()).heading("Digital services").body("Filtering is in place.");
            checker()->markNotApplicable(doc.model(), "sensitive-research",
                                         "  We do no research.  ");
            checker()->markCoveredBy(doc.model(), "it-filtering", "Digital services");
            checker()->markNotApplicable(doc.model(), "students-union", "No students' union.");
            checker()->clearMark(doc.model(), "students-union");
            const auto before = checker()->check(doc.model(), "he");
            EXPECT_EQ(state(before, "sensitive-research"), "not-applicable") << "before storing";
            for (const auto& a : before.Areas)  // what Clear mark can take back
                EXPECT_EQ(bool(a.Marked),
                          a.AreaId == "sensitive-research" || a.AreaId == "it-filtering")
                    << utf8(a.AreaId);
            doc.store_as(path, filter);
        }
        Document reloaded(office(), prevent::testing::file_url(path));
        const auto r = checker()->check(reloaded.model(), "he");
        EXPECT_EQ(state(r, "sensitive-research"), "not-applicable");
        for (const auto& a : r.Areas) {
            if (a.AreaId == "sensitive-research") {
                EXPECT_EQ(utf8(a.Reason), "We do no research.");
            }
        }
        EXPECT_EQ(state(r, "it-filtering"), "covered");
        EXPECT_THAT(headings(r, "it-filtering"), ElementsAre("Digital services"));
        EXPECT_EQ(state(r, "students-union"), "missing") << "cleared";
    }
}

TEST(CoverageChecker, InsertSectionPutsTheHeadingInCatalogueOrderAsOneUndoStep)
{
    Document doc(office(), "private:factory/swriter");
    WriterBuilder(doc.model())
        .heading("Leadership")
        .body("The board owns the assessment.")
        .heading("Staff training")
        .body("All staff are trained.");
    const auto before = paragraphs(doc.model());
    checker()->insertSection(doc.model(), "external-intelligence");
    EXPECT_THAT(paragraphs(doc.model()), ElementsAre("Leadership", "The board owns the assessment.",
                                                     "Threat picture and external intelligence", "",
                                                     "Staff training", "All staff are trained."));
    const auto r = checker()->check(doc.model(), "he");
    EXPECT_EQ(state(r, "external-intelligence"), "empty")
        << "a heading with an empty paragraph under it";
    EXPECT_THAT(findings(r, "external-intelligence"), ElementsAre("area-empty@heading:2"));

    checker()->insertSection(doc.model(),
                             "monitoring-reporting");  // last in catalogue order: at the end
    EXPECT_EQ(paragraphs(doc.model()).at(6), "Monitoring, reporting and compliance");
    const auto undo = Reference<css::document::XUndoManagerSupplier>(doc.model(), UNO_QUERY_THROW)
                          ->getUndoManager();
    undo->undo();
    undo->undo();
    EXPECT_EQ(paragraphs(doc.model()), before) << "each insertion was one undo step";

    Document later(office(), "private:factory/swriter");
    WriterBuilder(later.model()).heading("Staff training").body("All staff are trained.");
    checker()->insertSection(later.model(),
                             "leadership");  // no earlier area: before the first later one
    EXPECT_THAT(paragraphs(later.model()), ElementsAre("Leadership and governance oversight", "",
                                                       "Staff training", "All staff are trained."));
}

TEST(CoverageChecker, RefusesWhatItCannotDo)
{
    Document writer(office(), "private:factory/swriter");
    Document calc(office(), "private:factory/scalc");
    EXPECT_THROW(checker()->check(calc.model(), "he"), IllegalArgumentException);
    EXPECT_THROW(checker()->check(nullptr, "he"), IllegalArgumentException);
    EXPECT_THROW(checker()->check(writer.model(), "nursery"), IllegalArgumentException);
    EXPECT_THROW(checker()->insertSection(writer.model(), "fire-safety"), IllegalArgumentException);
    EXPECT_THROW(checker()->markNotApplicable(writer.model(), "students-union", "   "),
                 IllegalArgumentException);
    EXPECT_THROW(checker()->markCoveredBy(writer.model(), "students-union", ""),
                 IllegalArgumentException);
    EXPECT_THROW(checker()->clearMark(writer.model(), "nope"), IllegalArgumentException);
}

TEST(CoverageChecker, AReadOnlyDocumentIsCheckedButNotChanged)
{
    const auto path = office().folder() / "read-only-coverage.odt";
    {
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model()).heading("Staff training").body("All staff are trained.");
        doc.store_as(path, "writer8");
    }
    Document doc(office(), prevent::testing::file_url(path), true, true);
    EXPECT_EQ(state(checker()->check(doc.model(), "he"), "staff-training"), "covered");
    const auto before = paragraphs(doc.model());
    EXPECT_THROW(checker()->insertSection(doc.model(), "leadership"), IllegalArgumentException);
    EXPECT_THROW(checker()->markNotApplicable(doc.model(), "leadership", "No reason"),
                 IllegalArgumentException);
    EXPECT_THROW(checker()->markCoveredBy(doc.model(), "leadership", "Staff training"),
                 IllegalArgumentException);
    EXPECT_THROW(checker()->clearMark(doc.model(), "leadership"), IllegalArgumentException);
    EXPECT_EQ(paragraphs(doc.model()), before);
}
