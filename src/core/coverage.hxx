// Which areas of a profile a document covers: each area's state and the findings, from the
// document's outline and the marks the provider stored in it (not applicable, covered by).
#pragma once

#include "catalogue.hxx"
#include "findings.hxx"
#include "heading_matcher.hxx"
#include "outline.hxx"

#include <map>
#include <string>
#include <vector>

namespace prevent::core {

// The states of docs/findings.md and the CoverageChecker service.
constexpr const char* kCovered = "covered";
constexpr const char* kEmpty = "empty";
constexpr const char* kNotApplicable = "not-applicable";
constexpr const char* kMissing = "missing";

struct AreaCoverage {
    std::string area_id;
    std::string title;
    std::string state;
    std::vector<std::string> headings;  // as they stand in the document
    std::string reason;                 // why not applicable
    std::string location;               // the first heading, or empty
};

struct CoverageReport {
    std::string profile;
    std::vector<AreaCoverage> areas;  // the profile's, in catalogue order
    std::vector<Finding> findings;
};

// Stored in the document: Prevent.NotApplicable.<area> (reason), Prevent.CoveredBy.<area> (heading).
struct CoverageMarks {
    std::map<std::string, std::string> not_applicable;
    std::map<std::string, std::string> covered_by;
};

CoverageReport check_coverage(const Catalogue& catalogue, const HeadingMatcher& matcher, const Outline& outline,
                              const std::string& profile, const CoverageMarks& marks);

}  // namespace prevent::core
