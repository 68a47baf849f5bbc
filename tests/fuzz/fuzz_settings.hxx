// What both fuzzers check with: the shipped catalogue, its matcher, a fixed day; and the rule
// that decides what counts as a bug.
#pragma once

#include "odf/file_check.hxx"

namespace prevent::fuzz {

// Built once per process, on first use.
const odf::CheckSettings& settings();

// A report must be either an error of a known kind or a result; an unexpected exception turned
// into "cannot be checked" means a reader or check threw where it should have coped: abort, so
// libFuzzer saves the input.
void insist_on_a_clear_answer(const odf::FileReport& report);

}  // namespace prevent::fuzz
