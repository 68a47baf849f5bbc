// Which areas of a profile a document covers: each area's state and the findings, from the
// document's outline and the marks the provider stored in it (not applicable, covered by).
#pragma once

#include "catalogue.hxx"
#include "coverage_states.hxx"
#include "findings.hxx"
#include "heading_matcher.hxx"
#include "outline.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

struct AreaCoverage {
    std::string area_id;
    std::string title;
    std::string state;
    std::vector<std::string> headings;  // as they stand in the document
    std::string reason;                 // why not applicable
    std::string location;               // the first heading, or empty
    // One line per heading credited: which words of the heading, or of its text, named the area.
    std::vector<std::string> evidence;
    // Headings that may be about a missing area (the possible-match findings), as they stand.
    std::vector<std::string> possible_headings;
    bool marked = false;  // the provider marked it not applicable or covered by a heading
    // The last review of the area's section this document records (Prevent.Reviewed.<area>),
    // and whether its text changed since (core/section_reviews); nullopt: never reviewed.
    std::optional<boost::gregorian::date> reviewed;
    std::string reviewed_by;
    bool edited_since_review = false;
};

struct CoverageReport {
    std::string profile;
    std::vector<AreaCoverage> areas;  // the profile's, in catalogue order
    std::vector<Finding> findings;
};

// Stored in the document: Prevent.NotApplicable.<area> (reason), Prevent.CoveredBy.<area>
// (heading).
struct CoverageMarks {
    std::map<std::string, std::string> not_applicable;
    std::map<std::string, std::string> covered_by;
    std::map<std::string, std::string> reviewed;  // Prevent.Reviewed.<area>, as stored

    // Takes a stored property (Prevent.NotApplicable.<area>, Prevent.CoveredBy.<area>,
    // Prevent.Reviewed.<area>) into the
    // marks; any other name is not a mark. Both readers feed every property of theirs through it.
    void add_property(const std::string& name, const std::string& value);
};

std::string not_applicable_property(const std::string& area);
std::string covered_by_property(const std::string& area);

// Where a new section for an area goes among the matched headings, by catalogue order: after
// the section of the last heading of an earlier area, at its level; else before the first heading
// of a later area; else at the end of the document, at level 1.
struct SectionInsertion {
    std::size_t before_paragraph;  // index into outline.paragraphs; == size(): at the end
    int level = 1;
    std::optional<std::size_t> like_paragraph;  // a heading whose style the new one takes
};
SectionInsertion plan_section_insertion(const Catalogue& catalogue, const HeadingMatcher& matcher,
                                        const Outline& outline, const std::string& area_id);

CoverageReport check_coverage(const Catalogue& catalogue, const HeadingMatcher& matcher,
                              const Outline& outline, const std::string& profile,
                              const CoverageMarks& marks);

// What each heading of a document counts for, by its words and, when they name no area, by its
// section's text (docs/matching.md): the areas credited and the possible ones, catalogue order.
struct HeadingCoverage {
    std::string heading;
    std::vector<std::string> covered, possible;
};
std::vector<HeadingCoverage> heading_coverage(const HeadingMatcher& matcher,
                                              const Outline& outline);

// The profile a document is checked with: the one given (command line, panel) or stored
// (Prevent.Profile); else the one its first page's words point at ("academy" -> schools), else
// the catalogue's first.
struct ProfileChoice {
    std::string profile;
    bool inferred = false;           // nothing given or stored
    std::vector<std::string> words;  // the first page's words it went by, as written
};
ProfileChoice choose_profile(const Catalogue& catalogue, const Outline& outline,
                             const std::optional<std::string>& stored);

// The info finding "profile-inferred" for an inferred choice.
std::optional<Finding> profile_finding(const Catalogue& catalogue, const ProfileChoice& choice);

// The document's first page: its first paragraphs, up to about 800 characters.
std::string first_page(const Outline& outline);

}  // namespace prevent::core
