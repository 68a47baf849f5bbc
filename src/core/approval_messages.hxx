// The en-GB messages about approval records: one place for them (another language would be
// another table). The Approval dialog shows them next to the field; the service puts them in
// its IllegalArgumentException.
#pragma once

#include <string>

namespace prevent::core {

// The message for a problem of a record's field ("ApprovalDate", "in-the-future"); {0} in the
// text is replaced by the argument (a date, an approval type).
std::string record_problem_message(const std::string& field, const std::string& code,
                                   const std::string& argument);

}  // namespace prevent::core
