// Beginning the yearly review (Prevent ▸ Begin Annual Review…, NewAssessment.beginAnnualReview):
// the operating year the copy is for, the year moved on where the assessment names it (its
// title, its file name, its document-control table), and the version it will go to the board as.
#pragma once

#include "operating_year.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// The year after the assessment's, or today's year when that is later (an assessment reviewed
// late is reviewed for the year it is now); today's year when the assessment names none.
OperatingYear next_review_year(const std::optional<OperatingYear>& assessment_year,
                               const boost::gregorian::date& today);

// The text with the year moved, wherever it is written as a year and the next: "2026-27",
// "2026/27", "2026–27" (en dash), "2026-2027", "2026/2027", "2026 to 2027", each kept in its own
// form. Other numbers, and a year on its own ("since 2026"), are left as they are.
std::string with_year_moved(const std::string& text, const OperatingYear& from,
                            const OperatingYear& to);

// The same as edits, in order: at a byte offset of the UTF-8 text, so many bytes become the new
// form (for an editor that keeps the formatting around them).
struct YearEdit {
    std::size_t at = 0, length = 0;
    std::string replacement;
};
std::vector<YearEdit> year_edits(const std::string& text, const OperatingYear& from,
                                 const OperatingYear& to);

// A copy's file name ("Prevent RA 2026-27.odt"): the year moved, or " <year>" added before the
// extension when the name has none.
std::string next_year_file_name(const std::string& name, const OperatingYear& from,
                                const OperatingYear& to);

// The version the new year's assessment goes to the board as: the approved version's first
// number one up, the rest zero ("3.1" → "4.0", "v2" → "v3", "2024.2" → "2025.0"); "" when the
// approved version has no number, or there was none.
std::string next_year_version(const std::string& approved);

}  // namespace prevent::core
