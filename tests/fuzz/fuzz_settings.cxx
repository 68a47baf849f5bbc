#include "fuzz_settings.hxx"

#include "core/catalogue.hxx"
#include "core/heading_matcher.hxx"
#include "odf/catalogue_xcu.hxx"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace prevent::fuzz {

namespace {

struct Fixed {
    core::Catalogue catalogue = odf::read_catalogue_xcu(PREVENT_CATALOGUE);
    core::HeadingMatcher matcher{catalogue};
    odf::CheckSettings settings;
    Fixed()
    {
        settings.catalogue = &catalogue;
        settings.matcher = &matcher;
        settings.today = boost::gregorian::date(2026, 11, 29);
    }
};

}  // namespace

const odf::CheckSettings& settings()
{
    static const auto fixed = std::make_unique<Fixed>();
    return fixed->settings;
}

void insist_on_a_clear_answer(const odf::FileReport& report)
{
    if (report.error && report.error->rfind("cannot be checked: ", 0) == 0) {
        std::fprintf(stderr, "unexpected exception: %s\n", report.error->c_str());
        std::abort();
    }
}

}  // namespace prevent::fuzz
