#include "band_colours.hxx"

#include <algorithm>

namespace prevent::sidebar {

std::uint32_t lightened(std::uint32_t colour)
{
    std::uint32_t out = 0;
    for (int shift : {16, 8, 0}) {
        const std::uint32_t channel = (colour >> shift) & 0xFF;
        out |= ((channel * 3 + 255 * 7 + 5) / 10) << shift;
    }
    return out;
}

sal_Int32 light_band_colour(const core::RatingScale* scale, const char* band_id, sal_Int32 fallback)
{
    if (!scale)
        return fallback;
    const auto band = std::find_if(scale->bands.begin(), scale->bands.end(),
                                   [&](const core::RiskBand& b) { return b.id == band_id; });
    return band == scale->bands.end() ? fallback : static_cast<sal_Int32>(lightened(band->colour));
}

}  // namespace prevent::sidebar
