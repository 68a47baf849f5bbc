// A date as a person reads it in a language ("4 December 2026" in en-GB), through ICU's long
// date form for that locale: the one formatter for findings, panels, the approval block's
// neighbours and the plan summary, so that another language changes dates everywhere at once.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>

namespace prevent::core {

// locale: a BCP 47 tag ("en-GB", "cy": "29 Tachwedd 2026"); empty: the language messages are in
// (core/messages.hxx). ISO ("2026-12-04") if ICU cannot format it.
std::string long_date(const boost::gregorian::date& d, const std::string& locale = "");

}  // namespace prevent::core
