// What the Risks panel and the heat map show of an assessment's risks: where each risk stands on
// the 5 x 5 grid (residual likelihood by impact; inherent when the row has no residual rating),
// and how many risks fall in each band and each area.
#pragma once

#include "catalogue.hxx"
#include "risk_register.hxx"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

struct GridPosition {
    int likelihood = 0;  // 1..kScaleSteps
    int impact = 0;
    bool residual = true;  // false: the row has only an inherent rating
};

// The row's place on the grid, or nullopt when it has no complete rating within the scale.
std::optional<GridPosition> grid_position(const RiskRow& risk);

struct BandCount {
    std::string band_id;  // a band of the scale, in its order; "" for risks not rated
    int count = 0;
};

struct AreaCount {
    std::string area_id;  // catalogue order; "" for risks whose area is not known
    int count = 0;
};

struct RiskSummary {
    // The indices (into the rows summarised) of the risks in each cell, [likelihood - 1][impact -
    // 1].
    std::array<std::array<std::vector<std::size_t>, kScaleSteps>, kScaleSteps> cells;
    std::vector<BandCount> by_band;  // every band, then the unrated ones when there are any
    std::vector<AreaCount> by_area;  // only areas with risks

    const std::vector<std::size_t>& at(int likelihood, int impact) const;
    int count_at(int likelihood, int impact) const
    {
        return static_cast<int>(at(likelihood, impact).size());
    }
};

RiskSummary summarise_risks(const std::vector<RiskRow>& risks, const Catalogue& catalogue);

}  // namespace prevent::core
