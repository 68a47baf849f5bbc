// Every check of an assessment, combined once (DESIGN.md: one answer): the profile (given,
// stored, or inferred from the first page), coverage, the risks of its risk tables and their
// findings, the content digests, and the approval's state. prevent-check runs it on a file's
// model; the extension's answers must be the same (one_answer_test).
#pragma once

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
};

struct AssessmentCheck {
    ProfileChoice profile;
    CoverageReport coverage;  // its findings: the profile's, coverage's, risks', approval's
    std::vector<RiskRow> risks;
    ContentDigests digests;
    ApprovalState approval;
};

// given: the profile asked for (prevent-check --profile), else the stored one, else inferred.
AssessmentCheck check_assessment(const TextModel& text, const StoredState& stored,
                                 const Catalogue& catalogue, const HeadingMatcher& matcher,
                                 const std::optional<std::string>& given,
                                 const boost::gregorian::date& today);

// The risk rows of the model's risk tables, in document order; a table with no Area column takes
// the area of the heading it stands under.
std::vector<RiskRow> read_risks(const TextModel& text, const Catalogue& catalogue,
                                const HeadingMatcher& matcher);

}  // namespace prevent::core
