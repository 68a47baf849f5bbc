// Sections reviewed through the year, in real LibreOffice whose clock says 29 November 2026 (four
// months into the operating year 2026-27): markReviewed stores the day and the section's digest,
// the report says it and whether the text changed since, a covered area not reviewed is a
// warning at its heading, and the marks are refused where there is nothing to review.
#include "child_process.hxx"
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

using css::lang::IllegalArgumentException;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using org::preventtoolkit::AreaCoverage;
using org::preventtoolkit::CoverageReport;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using ::testing::Contains;
using ::testing::Not;

namespace {

Reference<org::preventtoolkit::XCoverageChecker> checker()
{
    return Reference<org::preventtoolkit::XCoverageChecker>(
        office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW);
}

AreaCoverage area(const CoverageReport& r, const char* id)
{
    for (const auto& a : r.Areas)
        if (a.AreaId.equalsAscii(id))
            return a;
    ADD_FAILURE() << id << " not in the report";
    return {};
}

std::vector<std::string> findings(const CoverageReport& r)
{
    std::vector<std::string> out;
    for (const auto& f : r.Findings)
        out.push_back(utf8(f.Code) + " " + utf8(f.AreaId) + " " + utf8(f.Location));
    return out;
}

void assessment(const Document& doc)
{
    WriterBuilder(doc.model())
        .heading("1. Leadership")
        .body("The board leads on Prevent.")
        .heading("2. Staff training")
        .body("All staff complete the Prevent e-learning.");
}

}  // namespace

TEST(SectionReviews, AMarkedSectionIsReviewedTodayAndAnEditAfterIsSaid)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc);
    auto report = checker()->check(doc.model(), "he");
    EXPECT_THAT(findings(report), Contains("area-not-reviewed leadership heading:1"));
    EXPECT_THAT(findings(report), Contains("area-not-reviewed staff-training heading:2"));

    checker()->markReviewed(doc.model(), "leadership");
    report = checker()->check(doc.model(), "he");
    EXPECT_EQ(utf8(area(report, "leadership").Reviewed), "2026-11-29");
    EXPECT_FALSE(area(report, "leadership").EditedSinceReview);
    EXPECT_EQ(utf8(area(report, "staff-training").Reviewed), "");
    EXPECT_THAT(findings(report), Not(Contains("area-not-reviewed leadership heading:1")));
    EXPECT_THAT(findings(report), Contains("area-not-reviewed staff-training heading:2"));
    const auto stored =
        utf8(Reference<css::beans::XPropertySet>(
                 Reference<css::document::XDocumentPropertiesSupplier>(doc.model(), UNO_QUERY_THROW)
                     ->getDocumentProperties()
                     ->getUserDefinedProperties(),
                 UNO_QUERY_THROW)
                 ->getPropertyValue("Prevent.Reviewed.leadership")
                 .get<rtl::OUString>());
    EXPECT_EQ(stored.substr(0, 11), "2026-11-29;") << stored;

    // Text added to the next section leaves the review alone; to its own, it is said.
    WriterBuilder(doc.model()).body("Refreshers every two years.");
    EXPECT_FALSE(area(checker()->check(doc.model(), "he"), "leadership").EditedSinceReview);
    prevent::testing::replace_text(doc.model(), "The board leads on Prevent.",
                                   "The board leads on Prevent and reviews it termly.");
    report = checker()->check(doc.model(), "he");
    EXPECT_TRUE(area(report, "leadership").EditedSinceReview);
    EXPECT_EQ(utf8(area(report, "leadership").Reviewed), "2026-11-29") << "a review stays";

    checker()->clearReviewed(doc.model(), "leadership");
    report = checker()->check(doc.model(), "he");
    EXPECT_EQ(utf8(area(report, "leadership").Reviewed), "");
    EXPECT_THAT(findings(report), Contains("area-not-reviewed leadership heading:1"));
}

TEST(SectionReviews, OnlyACoveredSectionOfAnEditableDocumentCanBeMarked)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc);
    try {
        checker()->markReviewed(doc.model(), "partnership");
        ADD_FAILURE() << "a missing area";
    } catch (const IllegalArgumentException& e) {
        EXPECT_EQ(utf8(e.Message),
                  "\u201cWorking in partnership\u201d is not covered: there is no section to "
                  "review yet");
    }
    EXPECT_THROW(checker()->markReviewed(doc.model(), "fire-safety"), IllegalArgumentException);
    EXPECT_THROW(checker()->clearReviewed(doc.model(), "fire-safety"), IllegalArgumentException);
    const auto path = office().folder() / "read-only-reviews.odt";
    doc.store_as(path, "writer8");
    Document read_only(office(), prevent::testing::file_url(path), true, true);
    EXPECT_THROW(checker()->markReviewed(read_only.model(), "leadership"),
                 IllegalArgumentException);
    EXPECT_THROW(checker()->clearReviewed(read_only.model(), "leadership"),
                 IllegalArgumentException);
}

// The warning waits until the operating year is three months old (1 November): the stored file
// checked by prevent-check with its clock pinned on either side of that day.
TEST(SectionReviews, TheWarningWaitsUntilTheYearIsThreeMonthsOld)
{
    Document doc(office(), "private:factory/swriter");
    assessment(doc);
    const auto path = office().folder() / "reviews-by-date.odt";
    doc.store_as(path, "writer8");
    const auto warnings_on = [&](const char* today) {
        const auto run =
            prevent::testing::run_command({PREVENT_CHECK, "--format", "json", "--fail-on", "never",
                                           "--profile", "he", "--today", today, path.string()},
                                          std::chrono::seconds(120));
        EXPECT_EQ(run.exit_code, 0) << run.output;
        std::vector<std::string> out;
        const auto json = nlohmann::json::parse(run.output);  // kept: the loop reads into it
        for (const auto& f : json.at("files").at(0).at("findings"))
            if (f.at("code").get<std::string>() == "area-not-reviewed")
                out.push_back(f.at("area").get<std::string>());
        return out;
    };
    EXPECT_THAT(warnings_on("2026-09-14"), ::testing::IsEmpty()) << "September's first draft";
    EXPECT_THAT(warnings_on("2026-10-31"), ::testing::IsEmpty());
    EXPECT_THAT(warnings_on("2026-11-01"),
                ::testing::UnorderedElementsAre("leadership", "staff-training"));
    EXPECT_THAT(warnings_on("2027-07-31"),
                ::testing::UnorderedElementsAre("leadership", "staff-training"));
    EXPECT_THAT(warnings_on("2027-08-01"), ::testing::IsEmpty()) << "a new year begins";
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
