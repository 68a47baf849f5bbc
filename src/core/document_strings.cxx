#include "document_strings.hxx"

#include <map>
#include <stdexcept>

namespace prevent::core {

namespace {

const std::map<std::string, std::string>& words()
{
    static const std::map<std::string, std::string> table = {
        // A new assessment (core/new_assessment.cxx).
        {"new-title", "{0}: Prevent duty risk assessment {1}"},
        {"new-template-title", ": Prevent duty risk assessment"},
        {"new-template-provider", "Name of the provider"},
        // A template's title (File ▸ New ▸ Templates shows it) and file name, per sector.
        {"new-template-document-title", "Prevent duty risk assessment: {0}"},
        {"new-template-file-name", "Prevent risk assessment - {0}"},
        {"new-introduction",
         "This risk assessment sets out how learners at {0} could be drawn into terrorism or into "
         "supporting it, how likely and how serious each risk is, and what is done about it. It is "
         "kept under review through the year, refreshed at least once every operating year (1 "
         "August to 31 July) and approved by the {1}. Answer the questions in each section in your "
         "own words, and record each risk in the table beneath them."},
        {"new-template-introduction-provider", "the provider"},
        {"new-template-introduction-body", "governing body or proprietor"},
        {"new-control-heading", "Document control"},
        {"new-control-provider", "Provider"},
        {"new-control-sector", "Sector"},
        {"new-control-year", "Operating year"},
        {"new-control-year-placeholder", "for example 2026-27"},
        {"new-control-owner", "Owner (Prevent lead)"},
        {"new-control-owner-placeholder", "Name and role of the Prevent lead"},
        {"new-control-body", "Approving body"},
        {"new-control-body-placeholder", "The governing body or proprietor"},
        {"new-control-version", "Version approved"},
        {"new-control-approved", "Date approved"},
        {"new-control-next-review", "Next review due"},
        // The action plan made beside an assessment: "<the assessment's file name> - action plan".
        {"plan-file-name", "{0} - action plan"},
        // The board pack (core/board_paper.cxx).
        {"pack-untitled", "Prevent risk assessment"},
        {"pack-document-title", "Board pack: {0}"},
        // The PDF's file name beside the assessment: "<the assessment's file name> - board pack".
        {"pack-file-name", "{0} - board pack"},
        {"pack-subtitle", "Prevent duty risk assessment, operating year {0}"},
        {"pack-subtitle-version", "Prevent duty risk assessment, version {0}, operating year {1}"},
        {"pack-meeting", "Paper for the {0}, {1}."},
        {"pack-prepared-by", "Prepared by {0}"},
        {"pack-prevent-lead", "Prevent lead: {0}"},
        {"pack-decision-heading", "Decision sought"},
        {"pack-decision",
         "The {0} is asked to approve the Prevent risk assessment as it now stands."},
        {"pack-decision-version",
         "The {0} is asked to approve version {1} of the Prevent risk assessment."},
        {"pack-reference",
         "Reference for the minute: {0} (the start of the assessment\u2019s content digest, which "
         "identifies exactly the text approved)."},
        {"pack-assurance-heading", "Assurance at a glance"},
        {"pack-assurance-what", "Assurance"},
        {"pack-assurance-now", "Position"},
        {"pack-assurance-state", "Approval"},
        {"pack-state-approved", "Approved, and the text is as approved"},
        {"pack-state-changed-since-approval", "Changed since it was approved"},
        {"pack-state-review-overdue", "Review overdue"},
        {"pack-state-not-approved", "Not approved"},
        {"pack-assurance-last-approval", "Last approval"},
        {"pack-assurance-none", "None recorded"},
        {"pack-assurance-last", "{0}, {1}"},
        {"pack-assurance-minute", ", minute {0}"},
        {"pack-assurance-refreshed", "Refreshed and approved in {0}"},
        {"pack-yes", "Yes"},
        {"pack-no", "No"},
        {"pack-assurance-next-review", "Next review due"},
        {"pack-assurance-errors", "Errors still open in the checks"},
        {"pack-coverage-heading", "Coverage: {0}"},
        {"pack-coverage-area", "Area"},
        {"pack-coverage-state", "State"},
        {"pack-coverage-where", "Where it is covered"},
        {"pack-area-covered", "Covered"},
        {"pack-area-empty", "Empty"},
        {"pack-area-missing", "Missing"},
        {"pack-area-not-applicable", "Not applicable"},
        {"pack-coverage-counts",
         "{0} of {1} areas covered; {2} empty, {3} missing, {4} not applicable."},
        {"pack-risks-heading", "Risk profile"},
        {"pack-risks-none", "The assessment records no risks in a risk table."},
        {"pack-heat-caption",
         "Residual ratings: the number of risks in each cell, in the colour of its band."},
        {"pack-not-rated", "Not rated"},
        {"pack-risks-by-band", "By band: {0}."},
        {"pack-risks-top", "Risks rated {0}:"},
        {"pack-risks-top-none", "No risk is rated {0}."},
        {"pack-risks-top-more", "And {0} more risks rated {1}: see the assessment's risk tables."},
        // After the first few of a long list: "R1, R2, R3, and 17 more".
        {"pack-and-more", "and {0} more"},
        {"pack-changes-more",
         "And {0} more changes: the Approval panel lists every section changed."},
        {"pack-movements-more", "And {0} more risk movements."},
        {"pack-plan-overdue-more", "And {0} more overdue actions: see the action plan."},
        {"pack-risk-ref", "Ref"},
        {"pack-risk-risk", "Risk"},
        {"pack-risk-owner", "Owner"},
        {"pack-risk-controls", "Controls"},
        {"pack-risk-actions", "Further actions"},
        {"pack-changes-heading", "What changed since the last approval"},
        {"pack-changes-no-approval",
         "No approval is recorded, so there is nothing to compare with: the whole assessment is "
         "for the board to approve."},
        {"pack-changes-none", "Nothing has changed since the {0} approved it on {1}."},
        {"pack-changes-no-risk-record",
         "There is no record of the risks at that approval, so risk movements cannot be shown."},
        {"pack-movement-change", "Change"},
        {"pack-movement-before", "Before: inherent / residual"},
        {"pack-movement-after", "After: inherent / residual"},
        {"pack-movement-scores", "{0} / {1} ({2})"},
        {"pack-not-scored", "\u2013"},
        {"pack-movement-added", "Added"},
        {"pack-movement-removed", "Removed"},
        {"pack-movement-up", "Band up"},
        {"pack-movement-down", "Band down"},
        {"pack-verdict-heading", "Is this a significant change?"},
        {"pack-verdict-significant", "Significant: {0}. The board should approve this version."},
        {"pack-verdict-minor",
         "Minor: {0}. Changes of wording need not go to the board, though it may approve them."},
        {"pack-verdict-none", "No: nothing has changed since the last approval."},
        {"pack-plan-heading", "Action plan progress"},
        {"pack-plan-counts", "Actions in the plan: {0} ({1} open, {2} overdue, {3} complete)."},
        {"pack-plan-action", "Action"},
        {"pack-plan-due", "Due"},
        {"pack-plan-status", "Status"},
        {"pack-plan-overdue", "Overdue actions:"},
        {"pack-plan-overdue-none", "No action is overdue."},
        {"pack-plan-no-approval",
         "With no approval recorded, every completed action is new to the board."},
        {"pack-plan-no-completion-dates",
         "The plan records no completion dates, so the actions completed since the last approval "
         "cannot be told."},
        {"pack-plan-completed-none",
         "No action has been completed since the last approval on {0}."},
        {"pack-plan-completed", "Completed since the last approval on {0}: {1}."},
        {"pack-plan-every-risk",
         "Every risk with further actions in the assessment has an action in the plan."},
        {"pack-plan-risks-without",
         "Risks with further actions in the assessment but no action in the plan: {0}."},
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
