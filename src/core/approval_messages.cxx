#include "approval_messages.hxx"

#include "document_strings.hxx"

#include <map>
#include <utility>

namespace prevent::core {

namespace {

const std::map<std::pair<std::string, std::string>, std::string>& messages()
{
    static const std::map<std::pair<std::string, std::string>, std::string> table = {
        {{"ApprovingBody", "empty"}, "Say which body approved it, such as the Board of Governors."},
        {{"ApprovedBy", "empty"},
         "Say who approved it: a name and a role, such as the Chair of Council."},
        {{"ApprovalDate", "empty"}, "Give the date of the decision."},
        {{"ApprovalDate", "in-the-future"},
         "{0} is in the future: record an approval once it has been given."},
        {{"NextReviewDue", "not-after-decision"},
         "The next review must come after the decision date ({0})."},
        {{"ApprovalType", "unknown"},
         "\u201c{0}\u201d is not an approval type: use approved, noted or "
         "significant-change-approved."},
        {{"OperatingYear", "malformed"},
         "\u201c{0}\u201d is not an operating year: write it like 2025-26 (1 August 2025 to 31 "
         "July 2026)."},
    };
    return table;
}

}  // namespace

std::string record_problem_message(const std::string& field, const std::string& code,
                                   const std::string& argument)
{
    const auto found = messages().find({field, code});
    if (found == messages().end())
        return field + ": " + code;
    return fill_in(found->second, {argument});
}

}  // namespace prevent::core
