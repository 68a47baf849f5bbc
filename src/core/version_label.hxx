// The version of the assessment put to the board, proposed from the last one approved: the same
// when nothing has changed since, else its last number one up ("3.0" → "3.1", "v2.9" → "v2.10",
// "4" → "5"). The user can always say otherwise; this only saves typing the usual answer.
#pragma once

#include <string>

namespace prevent::core {

// "" when the assessment changed and the approved version has no number to raise ("Draft"),
// or there was none.
std::string proposed_version(const std::string& approved, bool changed_since);

// A number written in decimal digits, one up ("9" → "10", "0099" → "0100"): any length.
std::string number_one_up(std::string digits);

}  // namespace prevent::core
