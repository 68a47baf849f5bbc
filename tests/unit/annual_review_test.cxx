// Beginning the yearly review: the year the copy is for, the year moved where it is written, the
// copy's file name and the version it goes to the board as.
#include "core/annual_review.hxx"

#include <gmock/gmock.h>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace prevent::core;

namespace {

const OperatingYear k2026{2026}, k2027{2027};

}  // namespace

TEST(AnnualReview, TheYearAfterTheAssessmentsOrTodaysWhenThatIsLater)
{
    const boost::gregorian::date june_2027(2027, 6, 20), december_2026(2026, 12, 5);
    EXPECT_EQ(next_review_year(k2026, june_2027).name(), "2027-28") << "ahead of the new year";
    EXPECT_EQ(next_review_year(k2026, december_2026).name(), "2027-28");
    EXPECT_EQ(next_review_year(OperatingYear{2023}, december_2026).name(), "2026-27")
        << "an assessment three years old is reviewed for the year it is now";
    EXPECT_EQ(next_review_year(std::nullopt, december_2026).name(), "2026-27");
}

TEST(AnnualReview, TheYearIsMovedInEachOfItsFormsAndNothingElse)
{
    EXPECT_EQ(
        with_year_moved("Northbridge College: Prevent duty risk assessment 2026-27", k2026, k2027),
        "Northbridge College: Prevent duty risk assessment 2027-28");
    EXPECT_EQ(with_year_moved("Academic year 2026/27 (2026/2027), 2026\u201327, 2026-2027, "
                              "2026 to 2027",
                              k2026, k2027),
              "Academic year 2027/28 (2027/2028), 2027\u201328, 2027-2028, 2027 to 2028");
    EXPECT_EQ(
        with_year_moved("Since 2026 we have 2026-27 goals; ref 12026-27; 2026-275", k2026, k2027),
        "Since 2026 we have 2027-28 goals; ref 12026-27; 2026-275");
    EXPECT_EQ(with_year_moved("2025-26 plan", k2026, k2027), "2025-26 plan");
    // Across a century: 2099-00 is 2099-2100.
    EXPECT_EQ(with_year_moved("2099-00", OperatingYear{2099}, OperatingYear{2100}), "2100-01");
}

TEST(AnnualReview, TheCopysFileName)
{
    EXPECT_EQ(next_year_file_name("Prevent RA 2026-27.odt", k2026, k2027),
              "Prevent RA 2027-28.odt");
    EXPECT_EQ(next_year_file_name("Prevent risk assessment.odt", k2026, k2027),
              "Prevent risk assessment 2027-28.odt");
    EXPECT_EQ(next_year_file_name("assessment", k2026, k2027), "assessment 2027-28");
}

TEST(AnnualReview, TheVersionsFirstNumberGoesUp)
{
    EXPECT_EQ(next_year_version("3.1"), "4.0");
    EXPECT_EQ(next_year_version("v2"), "v3");
    EXPECT_EQ(next_year_version("9.9.2"), "10.0.0");
    EXPECT_EQ(next_year_version("Version 2.3 (final)"), "Version 3.0 (final)");
    EXPECT_EQ(next_year_version("Final"), "");
    EXPECT_EQ(next_year_version(""), "");
}
