// Every check of an assessment, combined once (DESIGN.md: one answer): the profile (given,
// stored, or inferred from the first page), coverage, the risks of its risk tables and their
// findings, the content digests, and the approval's state. prevent-check runs it on a file's
// model; the extension's answers must be the same (one_answer_test).
#pragma once

#include "approval_change.hxx"
#include "approval.hxx"
#include "catalogue.hxx"
#include "coverage.hxx"
#include "heading_matcher.hxx"
#include "risk_register.hxx"
#include "text_model.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// What the toolkit keeps in the document beside its text.
struct StoredState {
    std::optional<std::string> profile;  // Prevent.Profile, as stored
    CoverageMarks marks;
    std::vector<Approval> approvals;  // oldest first
    std::string operating_year;       // Prevent.OperatingYear, as stored; "" when none
};

struct AssessmentCheck {
    ProfileChoice profile;
    CoverageReport coverage;  // its findings: the profile's, coverage's, risks', approval's
    std::vector<RiskRow> risks;
    ContentDigests digests;
    ApprovalState approval;
};

// The parts of the check, each computed once, for whoever needs only some of them (the services
// of the extension answer one part each; check_assessment joins all three).

// The profile (given, else stored, else inferred) and its coverage; the report's findings begin
// with the profile-inferred one when it was inferred. Throws UnknownProfile for a given profile
// the catalogue does not have.
struct CoveragePart {
    ProfileChoice profile;
    CoverageReport report;
};
CoveragePart check_coverage_part(const Outline& outline, const StoredState& stored,
                                 const Catalogue& catalogue, const HeadingMatcher& matcher,
                                 const std::optional<std::string>& given);

// The outline coverage reads: the model's, with the cells of a risk table that holds no risk yet
// (its header, and rows with nothing but a ref) and the approval block's lines left empty, so
// that a section whose only content is a table waiting to be filled, or the approval block
// after it, is not yet covered.
Outline coverage_outline(const TextModel& text, const Catalogue& catalogue,
                         const HeadingMatcher& matcher);

// The risks of the model's tables, their checks, and a warning for each covered area with none.
struct RiskPart {
    std::vector<RiskRow> rows;
    std::vector<Finding> findings;
};
RiskPart check_risk_part(const TextModel& text, const CoverageReport& coverage,
                         const Catalogue& catalogue, const HeadingMatcher& matcher,
                         const boost::gregorian::date& today);

// The content's digests and the approval's state against them, with its findings.
struct ApprovalPart {
    ContentDigests digests;
    ApprovalState state;
    std::vector<Finding> findings;
};
ApprovalPart check_approval_part(const std::vector<CanonicalParagraph>& content,
                                 const std::vector<Approval>& approvals,
                                 const boost::gregorian::date& today,
                                 const std::string& document_year);

// given: the profile asked for (prevent-check --profile), else the stored one, else inferred.
AssessmentCheck check_assessment(const TextModel& text, const StoredState& stored,
                                 const Catalogue& catalogue, const HeadingMatcher& matcher,
                                 const std::optional<std::string>& given,
                                 const boost::gregorian::date& today);

// What changed since the current approval of the history, by the rules of approval_change, from
// an assessment's check (the extension's Approval.assessChange, the board pack, prevent-check).
ChangeAssessment change_since_approval(const AssessmentCheck& check,
                                       const std::vector<Approval>& history,
                                       const Catalogue& catalogue);

// The risks and areas' states an approval records of the check (Prevent.Approval.<n>.Risks,
// .Areas).
void record_check(const AssessmentCheck& check, const Catalogue& catalogue, Approval& approval);

// The risk rows of the model's risk tables, in document order; a table with no Area column takes
// the area of the heading it stands under.
std::vector<RiskRow> read_risks(const TextModel& text, const Catalogue& catalogue,
                                const HeadingMatcher& matcher);

}  // namespace prevent::core
