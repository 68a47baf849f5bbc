// The messages about approval records: "record.*" and "change.*" of the message catalogue
// (core/messages.hxx). The Approval dialog shows them next to the field; the service puts them in
// its IllegalArgumentException.
#pragma once

#include <string>
#include <vector>

namespace prevent::core {

// The message for a problem of a record's field ("ApprovalDate", "in-the-future"); {0} in the
// text is replaced by the argument (a date, an approval type).
std::string record_problem_message(const std::string& field, const std::string& code,
                                   const std::string& argument);

// A reason of a change assessment (src/core/approval_change.cxx): "risk-added", "risk-up",
// "section-deleted"... with {0}, {1}, {2} replaced by the arguments in order.
std::string change_reason(const std::string& code, const std::vector<std::string>& arguments);

// The words a reason is made of: "no-band", "quoted" ({0} in quotation marks), and each area
// state ("covered", "not-applicable"...).
std::string change_words(const std::string& key, const std::vector<std::string>& arguments = {});

}  // namespace prevent::core
