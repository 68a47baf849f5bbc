// The messages of the findings, in en-GB: one place for all of them (another language would be
// another table). Codes and their meaning: docs/findings.md.
#include "document_strings.hxx"
#include "findings.hxx"

#include <map>

namespace prevent::core {

namespace {

const std::map<std::string, std::string>& messages()
{
    static const std::map<std::string, std::string> table = {
        {"area-missing", "No section covers \u201c{0}\u201d, which is {1} for {2}."},
        {"area-empty", "\u201c{0}\u201d has no content yet, so \u201c{1}\u201d is not covered."},
        {"possible-match",
         "\u201c{0}\u201d may be about \u201c{1}\u201d: mark it as covering that area if it is."},
        {"possible-match-text",
         "\u201c{0}\u201d may be about \u201c{1}\u201d: its text mentions {2}. Mark it as covering "
         "that area if it is."},
        {"profile-inferred",
         "No profile is stored in this document, so it is checked as {0}, going by {1} on its "
         "first page. If that is "
         "wrong, choose its profile in the Coverage panel (or give prevent-check --profile)."},
        {"profile-default",
         "No profile is stored in this document and nothing on its first page names a sector, so "
         "it is checked as "
         "{0}. Choose its profile in the Coverage panel (or give prevent-check --profile)."},
        // Why a heading counts for an area (AreaCoverage.Evidence), and the last joint of a list.
        {"evidence-heading", "\u201c{0}\u201d: its heading says {1}."},
        {"evidence-text", "\u201c{0}\u201d: its text mentions {1}."},
        {"evidence-marked", "\u201c{0}\u201d: marked as covering this area."},
        {"list-last", " and "},
        {"candidate-heading",
         "\u201c{0}\u201d looks like a heading but has no heading style: give it one so that the "
         "checks can see it."},
        {"covered-by-heading-gone",
         "\u201c{0}\u201d is marked as covered by \u201c{1}\u201d, which is no longer a heading of "
         "the document."},
        {"not-applicable-expected",
         "\u201c{0}\u201d is expected for {1} but marked not applicable: {2}"},
        {"risk-no-owner", "Risk {0} has no owner."},
        {"risk-no-controls", "Risk {0} has no existing controls."},
        {"risk-no-rating", "Risk {0} has no likelihood or no impact."},
        {"risk-rating-out-of-range",
         "Risk {0} has a likelihood or impact of {1}: the scale runs from 1 to 5."},
        {"risk-score-mismatch", "Risk {0} has a score of {1}, but likelihood times impact is {2}."},
        {"risk-rag-mismatch", "Risk {0} is rated {1}, but its score is in the {2} band."},
        {"risk-residual-above-inherent",
         "Risk {0} scores {1} after its controls, more than the {2} before them."},
        {"risk-overdue", "The actions on risk {0} were due by {1} and are not complete."},
        {"risk-duplicate-ref", "The ref {0} is used by more than one risk."},
        {"approval-missing",
         "No approval by the governing body or proprietor is recorded in this document."},
        {"approval-other-year",
         "This assessment is for the operating year {0} and is not yet approved for it: the {1} "
         "last approved it on {2}, for {3}."},
        {"approval-changed",
         "The text has changed since the {0} approved it on {1}. Changed: {2}."},
        {"approval-review-overdue",
         "The approval by the {0} on {1} is overdue for review (due {2}): the assessment must be "
         "refreshed and "
         "approved at least once every operating year."},
        {"approval-current", "Approved by the {0} on {1}; next review due {2}."},
        {"action-overdue", "Action {0} was due by {1} and is not complete."},
        {"action-no-owner", "Action {0} has no owner."},
        {"action-no-due-date", "Action {0} has no due date."},
        {"action-due-before-start", "Action {0} is due on {1}, before it starts on {2}."},
        {"action-duplicate-id", "The action id {0} is used by more than one action."},
        {"action-complete-no-date", "Action {0} is complete but has no completed date."},
        {"action-complete-red", "Action {0} is complete but rated red."},
        {"action-unknown-risk",
         "Action {0} points at risk {1}, which the assessment does not have."},
        {"risk-without-action",
         "Risk {0} has further actions in the assessment but none in the action plan."},
        {"area-without-risks", "\u201c{0}\u201d is covered, but no risk is recorded for it."},
        {"area-not-reviewed",
         "\u201c{0}\u201d has not been marked reviewed since the operating year {1} began."},
    };
    return table;
}

}  // namespace

std::string finding_message(const std::string& code, const std::vector<std::string>& arguments)
{
    const auto it = messages().find(code);
    return fill_in(it == messages().end() ? code : it->second, arguments);
}

}  // namespace prevent::core
