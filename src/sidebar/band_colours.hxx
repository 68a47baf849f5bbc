// The colour behind a state shown in words (the Approval panel's state line): the catalogue's
// band colour for it (Rating/Bands, which a provider may change), lightened so that black text
// on it stays easy to read.
#pragma once

#include "core/catalogue.hxx"

#include <sal/types.h>

#include <cstdint>

namespace prevent::sidebar {

// 30 % of the colour over white.
std::uint32_t lightened(std::uint32_t colour);

// The band's colour lightened, or fallback when the scale has no such band (or none at all).
sal_Int32 light_band_colour(const core::RatingScale* scale, const char* band_id,
                            sal_Int32 fallback);

}  // namespace prevent::sidebar
