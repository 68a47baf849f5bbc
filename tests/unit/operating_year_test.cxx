// The operating year (1 August - 31 July) and the review dates of an approval.
#include "core/operating_year.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gmock/gmock.h>

using namespace prevent::core;
using boost::gregorian::date;

TEST(OperatingYear, TurnsOnTheFirstOfAugust)
{
    EXPECT_EQ(operating_year_of(date(2026, 7, 31)).name(), "2025-26");
    EXPECT_EQ(operating_year_of(date(2026, 8, 1)).name(), "2026-27");
    EXPECT_EQ(operating_year_of(date(2024, 2, 29)).name(), "2023-24");
    EXPECT_EQ(operating_year_of(date(1999, 12, 31)).name(), "1999-00");
    const auto year = operating_year_of(date(2025, 11, 29));
    EXPECT_EQ(year.start(), date(2025, 8, 1));
    EXPECT_EQ(year.end(), date(2026, 7, 31));
}

TEST(OperatingYear, ParsesOnlyConsecutiveYears)
{
    ASSERT_TRUE(parse_operating_year("2025-26").has_value());
    EXPECT_EQ(parse_operating_year("2025-26")->first_calendar_year, 2025);
    EXPECT_EQ(parse_operating_year("1999-00")->first_calendar_year, 1999);
    for (const char* bad : {"2025-27", "2025-2026", "25-26", "2025/26", "", "2025-26 "})
        EXPECT_FALSE(parse_operating_year(bad).has_value()) << bad;
}

TEST(OperatingYear, NextReviewIsAYearLaterAndTheTwentyNinthOfFebruaryBecomesTheTwentyEighth)
{
    EXPECT_EQ(one_year_later(date(2025, 7, 15)), date(2026, 7, 15));
    EXPECT_EQ(one_year_later(date(2024, 2, 29)), date(2025, 2, 28));
    EXPECT_EQ(one_year_later(date(2023, 2, 28)), date(2024, 2, 28));
    EXPECT_EQ(one_year_later(date(2025, 12, 31)), date(2026, 12, 31));
}

TEST(OperatingYear, RefreshedInThePastOperatingYear)
{
    // Seen on 29 November 2026 (operating year 2026-27), the past one began on 1 August 2025.
    const date today(2026, 11, 29);
    EXPECT_TRUE(refreshed_in_past_operating_year(date(2025, 8, 1), today));
    EXPECT_FALSE(refreshed_in_past_operating_year(date(2025, 7, 31), today));
    EXPECT_FALSE(refreshed_in_past_operating_year(date(2025, 7, 15), today));
    EXPECT_TRUE(refreshed_in_past_operating_year(date(2026, 10, 10), today));
}
