// ISO 8601 days both ways without iostreams: the same answers boost's own conversions give on
// every day they accept, and no day that is not in the calendar.
#include "core/iso_dates.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

using boost::gregorian::date;
using prevent::core::day_of_iso;
using prevent::core::iso_text;

TEST(IsoDates, WrittenAsBoostWritesThem)
{
    for (date d(1400, 1, 1); d <= date(9999, 12, 31); d += boost::gregorian::days(997))
        ASSERT_EQ(iso_text(d), boost::gregorian::to_iso_extended_string(d));
    EXPECT_EQ(iso_text(date(2027, 3, 1)), "2027-03-01");
    EXPECT_EQ(iso_text(date(boost::date_time::not_a_date_time)), "");
    EXPECT_EQ(iso_text(date(boost::date_time::pos_infin)), "");
}

TEST(IsoDates, ReadBackEveryDayOfACentury)
{
    for (date d(2000, 1, 1); d <= date(2100, 12, 31); d += boost::gregorian::days(1)) {
        const auto read = day_of_iso(iso_text(d));
        ASSERT_TRUE(read) << iso_text(d);
        ASSERT_EQ(*read, d);
    }
}

TEST(IsoDates, OnlyDaysOfTheCalendar)
{
    EXPECT_EQ(day_of_iso("2027-3-1"), date(2027, 3, 1)) << "unpadded month and day";
    EXPECT_EQ(day_of_iso("2024-02-29"), date(2024, 2, 29)) << "a leap day";
    EXPECT_FALSE(day_of_iso("2027-02-29")) << "not a leap year";
    EXPECT_FALSE(day_of_iso("2100-02-29")) << "a century that is not a leap year";
    EXPECT_FALSE(day_of_iso("2027-04-31"));
    EXPECT_FALSE(day_of_iso("2027-13-01"));
    EXPECT_FALSE(day_of_iso("2027-00-10"));
    EXPECT_FALSE(day_of_iso("2027-01-00"));
    EXPECT_FALSE(day_of_iso("1399-12-31")) << "before boost's calendar";
    EXPECT_FALSE(day_of_iso("27-01-01")) << "a two-digit year";
    EXPECT_FALSE(day_of_iso("02027-01-01"));
    EXPECT_FALSE(day_of_iso("2027-01-01T10:00")) << "a time after it: the caller cuts it off";
    EXPECT_FALSE(day_of_iso("2027-001-01"));
    EXPECT_FALSE(day_of_iso("2027/01/01"));
    EXPECT_FALSE(day_of_iso(""));
    EXPECT_FALSE(day_of_iso("2027-01-"));
}
