// The next review after a provider's review cycle in months (Tools ▸ Options ▸ Prevent Toolkit).
#include "core/approval.hxx"
#include "core/operating_year.hxx"

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace prevent::core;

namespace {

boost::gregorian::date day(int y, int m, int d)
{
    return boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                  static_cast<unsigned short>(d));
}

}  // namespace

TEST(MonthsLater, TheSameDayOrTheMonthsLastDay)
{
    EXPECT_EQ(months_later(day(2026, 10, 10), 6), day(2027, 4, 10));
    EXPECT_EQ(months_later(day(2026, 8, 31), 6), day(2027, 2, 28));
    EXPECT_EQ(months_later(day(2027, 8, 31), 6), day(2028, 2, 29));
    EXPECT_EQ(months_later(day(2026, 11, 30), 3), day(2027, 2, 28));
    EXPECT_EQ(months_later(day(2026, 12, 15), 1), day(2027, 1, 15));
    EXPECT_EQ(months_later(day(2026, 10, 10), 24), day(2028, 10, 10));
}

TEST(MonthsLater, AnApprovalsNextReviewFollowsTheCycle)
{
    Approval a;
    a.approval_date = day(2026, 10, 10);
    EXPECT_EQ(*with_defaults(a).next_review_due, day(2027, 10, 10));
    EXPECT_EQ(*with_defaults(a, 6).next_review_due, day(2027, 4, 10));
    a.next_review_due = day(2027, 1, 1);
    EXPECT_EQ(*with_defaults(a, 6).next_review_due, day(2027, 1, 1)) << "as given";
}
