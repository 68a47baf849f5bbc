#include "uno/view/area_reviews.hxx"

#include "core/clock.hxx"
#include "core/coverage_states.hxx"
#include "core/iso_dates.hxx"
#include "core/long_date.hxx"
#include "core/operating_year.hxx"
#include "uno/base/uno_text.hxx"

namespace prevent::uno {

std::string reviewed_on(const org::preventtoolkit::AreaCoverage& area)
{
    const auto day = core::day_of_iso(to_utf8(area.Reviewed));
    return day ? core::long_date(*day) : "";
}

YearReviews year_reviews(const org::preventtoolkit::CoverageReport& report)
{
    const auto year = core::operating_year_of(core::today());
    YearReviews out;
    out.year = year.name();
    for (const auto& area : report.Areas) {
        if (!area.State.equalsAscii(core::kCovered))
            continue;
        ++out.covered;
        const auto day = core::day_of_iso(to_utf8(area.Reviewed));
        out.reviewed += day && *day >= year.start();
    }
    return out;
}

}  // namespace prevent::uno
