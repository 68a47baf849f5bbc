#include "document_strings.hxx"

#include <map>
#include <stdexcept>

namespace prevent::core {

namespace {

const std::map<std::string, std::string>& words()
{
    static const std::map<std::string, std::string> table = {
        {"undo-insert-section", "Insert section: {0}"},
        {"undo-insert-risk-table", "Insert risk table"},
        {"undo-add-risk-row", "Add risk row"},
        {"undo-recalculate", "Recalculate risk scores"},
        {"undo-insert-heat-map", "Insert risk heat map"},
        {"undo-record-approval", "Record approval"},
        {"section-before-first-heading", "the text before the first heading"},
        // The action plan sheet: undo titles, validity messages, the summary sheet.
        {"undo-create-action-plan", "Create action plan sheet"},
        {"undo-adopt-action-plan", "Adopt action plan sheet"},
        {"undo-import-actions", "Bring in actions from the assessment"},
        {"undo-insert-plan-summary", "Insert action plan summary"},
        {"plan-sheet-name", "Action plan"},
        {"plan-summary-sheet-name", "Action plan summary"},
        {"plan-invalid-area", "Choose an area of the catalogue from the list."},
        {"plan-invalid-status", "Choose Not started, In progress, Complete or Ongoing."},
        {"plan-invalid-rag", "Choose Red, Amber or Green."},
        {"plan-invalid-date", "Enter a date, such as 31/03/2027."},
        {"plan-new-status", "Not started"},
        {"summary-title", "Action plan summary, {0}"},
        {"summary-area", "Area"},
        {"summary-other-status", "Other"},
        {"summary-no-status", "No status"},
        {"summary-total", "Total"},
        {"summary-no-area", "(no area)"},
        {"summary-open", "Open actions"},
        {"summary-overdue", "Overdue"},
        {"summary-complete", "Complete"},
        // The approval block: each line a label and the field showing the current approval's value.
        {"approval-block-title", "Approval of this risk assessment"},
        {"approval-block-ApprovingBody", "Approving body: "},
        {"approval-block-ApprovedBy", "Approved by: "},
        {"approval-block-ApprovalDate", "Date of decision: "},
        {"approval-block-MinuteReference", "Minute reference: "},
        {"approval-block-OperatingYear", "Operating year: "},
        {"approval-block-NextReviewDue", "Next review due: "},
        {"approval-block-Version", "Version: "},
        {"undo-insert-approval-block", "Insert approval block"},
        {"heat-map-corner", "Likelihood \u2193 / Impact \u2192"},
        {"scale-step", "{0} {1}"},  // "4 Very likely"
    };
    return table;
}

}  // namespace

std::string fill_in(std::string text, const std::vector<std::string>& arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string mark = "{" + std::to_string(i) + "}";
        for (auto at = text.find(mark); at != std::string::npos;
             at = text.find(mark, at + arguments[i].size()))
            text.replace(at, mark.size(), arguments[i]);
    }
    return text;
}

std::string document_words(const std::string& key, const std::vector<std::string>& arguments)
{
    const auto it = words().find(key);
    if (it == words().end())
        throw std::out_of_range("no document words for '" + key + "'");
    return fill_in(it->second, arguments);
}

std::vector<std::string> document_words_in_every_language(const std::string& key)
{
    return {document_words(key)};
}

}  // namespace prevent::core
