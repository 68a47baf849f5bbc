// The messages of the findings: "finding.<code>" in the message catalogue (core/messages.hxx).
// Codes and their meaning: docs/findings.md.
#include "document_strings.hxx"
#include "findings.hxx"
#include "messages.hxx"

namespace prevent::core {

std::string finding_message(const std::string& code, const std::vector<std::string>& arguments)
{
    const std::string key = "finding." + code;
    return has_message(key) ? message(key, arguments) : fill_in(code, arguments);
}

}  // namespace prevent::core
