// The operating year of the Prevent duty's monitoring (1 August to 31 July, named "2025-26"),
// and the review dates an approval implies.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>

namespace prevent::core {

struct OperatingYear {
    int first_calendar_year = 0;           // 2025 for 2025-26
    boost::gregorian::date start() const;  // 1 August
    boost::gregorian::date end() const;    // 31 July of the next calendar year
    std::string name() const;              // "2025-26"
};

// The operating year holding the date: 31 July 2026 is in 2025-26, 1 August 2026 in 2026-27.
OperatingYear operating_year_of(const boost::gregorian::date& date);

// "2025-26" -> 2025-26; nullopt unless the second part is the year after the first ("2025-27",
// "2025-2026", "25-26" are refused).
std::optional<OperatingYear> parse_operating_year(const std::string& name);

// The default next review: the same day a year later; 29 February becomes 28 February.
boost::gregorian::date one_year_later(const boost::gregorian::date& date);

// The next review after a cycle of some months (Tools ▸ Options ▸ Prevent Toolkit): the same day
// that many months later, or the month's last day when it has no such day (31 August + 6 months
// = 28 or 29 February). 12 months is one_year_later.
boost::gregorian::date months_later(const boost::gregorian::date& date, int months);

// Whether an approval on this date was refreshed in the past operating year as seen on today:
// on or after 1 August of the operating year before today's.
bool refreshed_in_past_operating_year(const boost::gregorian::date& approved,
                                      const boost::gregorian::date& today);

}  // namespace prevent::core
