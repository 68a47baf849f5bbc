// Each section reviewed through the operating year (issue 20): the Prevent lead marks an area's
// section reviewed (Prevent.Reviewed.<area> = "<ISO date>;<digest of its text then>;<who>"), the
// coverage report says when and by whom, and whether its text was edited since (a review may
// change the text, so an edit does not undo it: it is only said); a covered area not reviewed
// since the operating year began is a warning, once the year is three months old, so that
// September's first draft is not a wall of warnings (docs/findings.md, "Sections reviewed
// through the year").
#pragma once

#include "coverage.hxx"
#include "findings.hxx"
#include "text_model.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

struct ReviewMark {
    boost::gregorian::date date;
    std::string digest;  // of the section's text when it was reviewed
    std::string by;      // the reviewer's name as the office knows it; may be empty
};

std::string reviewed_property(const std::string& area);
std::string encode_review(const ReviewMark& mark);
// nullopt for a value that is not a review mark (no date, say).
std::optional<ReviewMark> decode_review(const std::string& value);

// The digest of the text of the section under the n-th heading (1-based, as heading:<n>): its
// heading and every paragraph up to the next heading of its level or higher.
std::string section_text_digest(const TextModel& text, std::size_t heading);

// The section a mark is made for: the area's first heading; nullopt when the area has no
// heading (missing, or not applicable without one).
std::optional<std::size_t> area_heading(const AreaCoverage& area);

// The first day on which unreviewed sections are warned of: three months into the operating
// year (1 November).
boost::gregorian::date reviews_due_from(const boost::gregorian::date& today);

// Fills each area's review (date, who, edited since) from the marks, and returns the warnings
// "area-not-reviewed" for covered areas not reviewed since the operating year began, from
// reviews_due_from on.
std::vector<Finding> apply_reviews(CoverageReport& report, const CoverageMarks& marks,
                                   const TextModel& text, const boost::gregorian::date& today);

// How many of the report's areas were reviewed in today's operating year.
int reviewed_this_year(const CoverageReport& report, const boost::gregorian::date& today);

}  // namespace prevent::core
