// The one clock (DESIGN.md): today's date, from the system unless PREVENT_TOOLKIT_TODAY=YYYY-MM-DD
// (tests) or the command line's --today says otherwise.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace prevent::core {

// The date set with set_today(), else PREVENT_TOOLKIT_TODAY, else the local date.
boost::gregorian::date today();

// For prevent-check --today; nullopt returns to the environment or the system.
void set_today(std::optional<boost::gregorian::date> date);

}  // namespace prevent::core
