// Sections reviewed through the operating year: the stored mark, the section's digest that says
// whether it was edited since, and the warning for covered areas not reviewed this year, given
// only from three months into the year.
#include "core/section_reviews.hxx"

#include <gmock/gmock.h>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace prevent::core;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

boost::gregorian::date day(int y, int m, int d)
{
    return boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                  static_cast<unsigned short>(d));
}

TextParagraph paragraph(const std::string& text, int level = 0)
{
    TextParagraph p;
    p.outline.text = text;
    p.outline.outline_level = level;
    p.canonical.outline_level = level;
    TextPiece piece;
    piece.text = text;
    p.canonical.pieces.push_back(piece);
    return p;
}

// 1 Leadership (its text, and a subsection), 2 Welfare.
TextModel document()
{
    TextModel t;
    t.paragraphs = {paragraph("1 Leadership", 1),  paragraph("The board leads."),
                    paragraph("1.1 Oversight", 2), paragraph("Termly reports."),
                    paragraph("2 Welfare", 1),     paragraph("Chaplaincy.")};
    return t;
}

CoverageReport report()
{
    CoverageReport r;
    r.areas = {
        {"leadership", "Leadership and governance oversight", "covered", {"1 Leadership"}},
        {"welfare-pastoral", "Welfare, pastoral care and chaplaincy", "covered", {"2 Welfare"}},
        {"sensitive-research", "Security-sensitive research", "not-applicable"},
        {"partnership", "Working in partnership", "missing"}};
    r.areas[0].location = "heading:1";
    r.areas[1].location = "heading:3";
    return r;
}

CoverageMarks marks(std::initializer_list<std::pair<std::string, ReviewMark>> reviews)
{
    CoverageMarks m;
    for (const auto& [area, mark] : reviews)
        m.add_property(reviewed_property(area), encode_review(mark));
    return m;
}

}  // namespace

TEST(SectionReviews, TheMarkRoundTripsWhateverTheName)
{
    const ReviewMark mark{day(2026, 11, 29), "ab12", "Smith; Jane %"};
    EXPECT_EQ(reviewed_property("leadership"), "Prevent.Reviewed.leadership");
    EXPECT_EQ(encode_review(mark), "2026-11-29;ab12;Smith%3B Jane %25");
    const auto back = decode_review(encode_review(mark));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->date, mark.date);
    EXPECT_EQ(back->digest, "ab12");
    EXPECT_EQ(back->by, "Smith; Jane %");
    const auto typed = decode_review("2026-10-01");  // a date typed in File ▸ Properties
    ASSERT_TRUE(typed);
    EXPECT_EQ(typed->date, day(2026, 10, 1));
    EXPECT_EQ(typed->digest, "");
    EXPECT_FALSE(decode_review("yes"));
    EXPECT_FALSE(decode_review(""));
}

TEST(SectionReviews, ASectionsDigestTakesItsSubsectionsAndStopsAtTheNextHeadingOfItsLevel)
{
    const auto t = document();
    const auto leadership = section_text_digest(t, 1);
    auto edited = t;
    edited.paragraphs[3] = paragraph("Reports each term.");  // in 1.1, part of 1
    EXPECT_NE(section_text_digest(edited, 1), leadership);
    EXPECT_NE(section_text_digest(edited, 2), section_text_digest(t, 2));
    edited = t;
    edited.paragraphs[5] = paragraph("Chaplaincy for all faiths.");  // in 2 only
    EXPECT_EQ(section_text_digest(edited, 1), leadership);
    EXPECT_NE(section_text_digest(edited, 3), section_text_digest(t, 3));
}

TEST(SectionReviews, WarningsStartThreeMonthsIntoTheOperatingYear)
{
    EXPECT_EQ(reviews_due_from(day(2026, 8, 5)), day(2026, 11, 1));
    EXPECT_EQ(reviews_due_from(day(2027, 7, 31)), day(2026, 11, 1));
    auto early = report();
    EXPECT_THAT(apply_reviews(early, {}, document(), day(2026, 10, 31)), IsEmpty())
        << "September's first draft is not a wall of warnings";
    auto due = report();
    const auto findings = apply_reviews(due, {}, document(), day(2026, 11, 1));
    ASSERT_EQ(findings.size(), 2u) << "the two covered areas; not the not-applicable or missing";
    EXPECT_EQ(findings[0].code, "area-not-reviewed");
    EXPECT_EQ(findings[0].severity, "warning");
    EXPECT_EQ(findings[0].area_id, "leadership");
    EXPECT_EQ(findings[0].location, "heading:1");
    EXPECT_EQ(findings[0].message,
              "\u201cLeadership and governance oversight\u201d has not been "
              "marked reviewed since the operating year 2026-27 began.");
}

TEST(SectionReviews, AReviewCountsForItsOperatingYearAndSaysWhenTheTextChangedSince)
{
    const auto t = document();
    const auto m = marks({{"leadership", {day(2026, 9, 10), section_text_digest(t, 1), "J Smith"}},
                          {"welfare-pastoral", {day(2026, 7, 20), section_text_digest(t, 3), ""}}});
    auto r = report();
    const auto findings = apply_reviews(r, m, t, day(2026, 11, 29));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].area_id, "welfare-pastoral") << "reviewed in the year before";
    EXPECT_EQ(r.areas[0].reviewed, day(2026, 9, 10));
    EXPECT_EQ(r.areas[0].reviewed_by, "J Smith");
    EXPECT_FALSE(r.areas[0].edited_since_review);
    EXPECT_EQ(reviewed_this_year(r, day(2026, 11, 29)), 1);

    auto edited = t;
    edited.paragraphs[1] = paragraph("The board leads, and reviews the plan termly.");
    auto r2 = report();
    apply_reviews(r2, m, edited, day(2026, 11, 29));
    EXPECT_TRUE(r2.areas[0].edited_since_review) << "said; the review still counts";
    EXPECT_EQ(reviewed_this_year(r2, day(2026, 11, 29)), 1);
    EXPECT_FALSE(r2.areas[2].reviewed);
}
