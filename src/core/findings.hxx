// Findings: what a check found, with a stable code (docs/findings.md), a severity and a location
// a panel can go to (DESIGN.md: heading:<n>, paragraph:<n>, table:<name>!<cell>, document).
#pragma once

#include <string>
#include <vector>

namespace prevent::core {

struct Finding {
    std::string code;      // kebab-case, e.g. "area-missing"
    std::string severity;  // "error" | "warning" | "info"
    std::string area_id;   // empty when the finding is about no one area
    std::string message;   // en-GB, from finding_messages
    std::string location;
};

// The message of a finding code, its {0}, {1}... replaced by the arguments (en-GB).
std::string finding_message(const std::string& code, const std::vector<std::string>& arguments);

}  // namespace prevent::core
