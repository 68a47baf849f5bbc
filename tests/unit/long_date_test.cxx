// Dates as a person reads them, through ICU's long form of the locale: the one formatter of
// findings, panels and summaries.
#include "core/long_date.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include <thread>

using boost::gregorian::date;
using prevent::core::long_date;

TEST(LongDate, BritishEnglishByDefault)
{
    EXPECT_EQ(long_date(date(2026, 12, 4)), "4 December 2026");
    EXPECT_EQ(long_date(date(2026, 8, 1)), "1 August 2026") << "the first day of an operating year";
    EXPECT_EQ(long_date(date(2027, 7, 31)), "31 July 2027") << "the last";
    EXPECT_EQ(long_date(date(1969, 12, 31)), "31 December 1969") << "before 1970 too";
    EXPECT_EQ(long_date(date(boost::date_time::not_a_date_time)), "?");
}

TEST(LongDate, AnotherLanguageHasItsOwnMonths)
{
    EXPECT_EQ(long_date(date(2026, 11, 29), "cy"), "29 Tachwedd 2026");
    EXPECT_EQ(long_date(date(2026, 11, 29), "en-GB"), "29 November 2026");
}

TEST(LongDate, ThreadsEachFormatAlike)
{
    std::string a, b;
    std::thread one([&] { a = long_date(date(2026, 3, 9)); });
    std::thread two([&] { b = long_date(date(2026, 3, 9)); });
    one.join();
    two.join();
    EXPECT_EQ(a, "9 March 2026");
    EXPECT_EQ(b, a);
}
