// What the Coverage panel says of sections reviewed (docs/findings.md, "Sections reviewed through
// the year"): the day in words, and how many covered areas were reviewed in this operating year
// by the one clock.
#pragma once

#include <org/preventtoolkit/AreaCoverage.hpp>
#include <org/preventtoolkit/CoverageReport.hpp>

#include <string>

namespace prevent::uno {

// "29 November 2026"; "" for an area never reviewed.
std::string reviewed_on(const org::preventtoolkit::AreaCoverage& area);

struct YearReviews {
    int reviewed = 0;  // covered areas reviewed since 1 August
    int covered = 0;
    std::string year;  // "2026-27"
};
YearReviews year_reviews(const org::preventtoolkit::CoverageReport& report);

}  // namespace prevent::uno
