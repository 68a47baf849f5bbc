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

namespace {

const std::map<std::string, std::string>& change_texts()
{
    static const std::map<std::string, std::string> table = {
        {"risk-added", "{0} was added"},
        {"risk-removed", "{0} was removed"},
        {"risk-up", "{0} rose from {1} to {2}"},
        {"risk-down", "{0} fell from {1} to {2}"},
        {"risk-rescored", "{0} was rescored within its band (residual {1} to {2})"},
        {"no-risk-record", "there is no record of the risks at that approval"},
        {"not-approved", "no approval is recorded: the board has not approved this document yet"},
        {"area-state", "\u201c{0}\u201d went from {1} to {2}"},
        {"section-added", "the section {0} was added"},
        {"section-deleted", "the section {0} was deleted"},
        {"section-changed", "the wording of {0} changed"},
        // words
        {"no-band", "no band"},
        {"quoted", "\u201c{0}\u201d"},
        {"covered", "covered"},
        {"empty", "empty"},
        {"missing", "missing"},
        {"not-applicable", "not applicable"},
    };
    return table;
}

std::string change_text(const std::string& key, const std::vector<std::string>& arguments)
{
    const auto found = change_texts().find(key);
    return found == change_texts().end() ? key : fill_in(found->second, arguments);
}

}  // namespace

std::string change_reason(const std::string& code, const std::vector<std::string>& arguments)
{
    return change_text(code, arguments);
}

std::string change_words(const std::string& key, const std::vector<std::string>& arguments)
{
    return change_text(key, arguments);
}

}  // namespace prevent::core
