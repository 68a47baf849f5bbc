// Days as ISO 8601 text ("2027-03-31") both ways, without iostreams: boost's own conversions
// build a stream and look up locale facets on every call, and a plan of thousands of rows
// converts several dates a row. boost still does the calendar.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace prevent::core {

// "2027-03-31"; "" for boost's special values (not-a-date, infinities).
std::string iso_text(const boost::gregorian::date& day);

// yyyy-m-d or yyyy-mm-dd and nothing after; nullopt when it is no day of the calendar
// (2027-02-30) or out of boost's range (years 1400 to 9999).
std::optional<boost::gregorian::date> day_of_iso(std::string_view text);

}  // namespace prevent::core
