// An approval by the governing body or proprietor, as the core sees it (no UNO): the record,
// its validation, the per-section digests kept with it, and whether it still holds today.
#pragma once

#include "approval_states.hxx"
#include "canonical_text.hxx"
#include "long_date.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// The approval types a record may hold.
inline constexpr const char* kApprovalTypes[] = {"approved", "noted",
                                                 "significant-change-approved"};

// A risk as an approval records it (Prevent.Approval.<n>.Risks): its ref, its inherent and
// residual scores (0: not scored) and its residual band's id ("amber"), from the score, or from
// the RAG word of a table without scores; "" when neither says (core/approval_change.hxx).
struct RecordedRisk {
    std::string ref;
    int inherent = 0;
    int residual = 0;
    std::string band;
};

struct Approval {
    std::string approving_body;
    std::string approved_by;
    std::optional<boost::gregorian::date> approval_date;
    std::string minute_reference;
    std::string recommended_by;
    std::string approval_type;   // one of kApprovalTypes
    std::string operating_year;  // "2025-26"
    std::optional<boost::gregorian::date> next_review_due;
    std::string version;
    std::string note;
    std::string digest;                   // of the content approved (lowercase hex)
    std::string stamped_at;               // ISO date and time the record was written
    std::vector<SectionDigest> sections;  // per-section digests of the content approved
    // What the board approved besides the text, for "what changed" (docs/approval.md): the
    // risks and the areas' states (id -> "covered"...); nullopt in a record stamped before the
    // toolkit kept them, and in a spreadsheet's.
    std::optional<std::vector<RecordedRisk>> risks;
    std::optional<std::map<std::string, std::string>> area_states;
};

// What is wrong with a record, field by field, so that a dialog can say it next to the field.
struct RecordProblem {
    std::string field;    // the ApprovalRecord field: "ApprovingBody", "ApprovalDate", ...
    std::string code;     // "empty", "in-the-future", "not-after-decision", "unknown", "malformed"
    std::string message;  // en-GB
};

// Fills what a record may leave to the toolkit: the approval type ("approved"), the operating
// year (the one the document says it is for, else the decision date's) and the next review (a
// year after the decision date, or the provider's review cycle in months).
Approval with_defaults(Approval record, int review_cycle_months = 12,
                       const std::string& document_year = "");

// The problems of a record as it would be stamped today (after with_defaults): an empty body
// or approver, no decision date or one in the future, a next review on or before the decision
// date, an unknown approval type, an operating year not written like "2025-26".
std::vector<RecordProblem> validate_approval(const Approval& record,
                                             const boost::gregorian::date& today);

// All the problems in one sentence, for an exception's message.
std::string describe_problems(const std::vector<RecordProblem>& problems);

// Whether the approval holds (docs/approval.md), by precedence: not-approved, changed-since-
// approval, review-overdue, approved; the two flags say what holds at the same time.
struct ApprovalState {
    std::string state;
    bool changed = false;
    bool review_overdue = false;
    std::vector<std::string>
        changed_sections;  // keys, in the current document's order, then removed ones
    // The document says it is for another operating year than the last approval's (a copy begun
    // for the next year's review): not approved for its own year. Both empty otherwise.
    std::string document_year, approved_year;
};
// document_year: the operating year the document says it is for (Prevent.OperatingYear), or "".
ApprovalState approval_state(const std::vector<Approval>& history,
                             const std::string& current_digest,
                             const std::vector<SectionDigest>& current_sections,
                             const boost::gregorian::date& today,
                             const std::string& document_year = "");

// The finding that says the state in a coverage report (docs/findings.md): approval-missing,
// approval-other-year, approval-changed, approval-review-overdue, or approval-current; location
// "document". Both approval-changed and approval-review-overdue when both hold.
struct Finding;
std::vector<Finding> approval_findings(const ApprovalState& state,
                                       const std::vector<Approval>& history);

// Section digests as one property value: "key=digest" entries joined by ";", the key with "%",
// "=", ";" and control characters written %XX, so that any heading survives .docx and .xlsx.
std::string encode_sections(const std::vector<SectionDigest>& sections);
std::vector<SectionDigest> decode_sections(const std::string& encoded);

}  // namespace prevent::core
