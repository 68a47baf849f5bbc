#include "risk_summary.hxx"

#include <algorithm>
#include <stdexcept>

namespace prevent::core {

namespace {

bool on_scale(int step) { return step >= 1 && step <= kScaleSteps; }

}  // namespace

std::optional<GridPosition> grid_position(const RiskRow& risk)
{
    if (on_scale(risk.residual_likelihood) && on_scale(risk.residual_impact))
        return GridPosition{risk.residual_likelihood, risk.residual_impact, true};
    if (risk.residual_likelihood == 0 && risk.residual_impact == 0 &&
        on_scale(risk.inherent_likelihood) && on_scale(risk.inherent_impact))
        return GridPosition{risk.inherent_likelihood, risk.inherent_impact, false};
    return std::nullopt;  // no rating, half a rating or one off the scale: the findings say which
}

const std::vector<std::size_t>& RiskSummary::at(int likelihood, int impact) const
{
    if (!on_scale(likelihood) || !on_scale(impact))
        throw std::out_of_range("a heat map cell is likelihood and impact from 1 to 5");
    return cells[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
}

RiskSummary summarise_risks(const std::vector<RiskRow>& risks, const Catalogue& catalogue)
{
    RiskSummary summary;
    const RatingScale& scale = catalogue.rating();
    for (const auto& band : scale.bands)
        summary.by_band.push_back({band.id, 0});
    int unrated = 0;
    std::vector<int> per_area(catalogue.areas().size(), 0);
    int unknown_area = 0;

    for (std::size_t i = 0; i < risks.size(); ++i) {
        const RiskRow& risk = risks[i];
        const auto position = grid_position(risk);
        const RiskBand* band =
            position ? scale.band_for_score(position->likelihood * position->impact) : nullptr;
        if (position)
            summary
                .cells[static_cast<std::size_t>(position->likelihood - 1)]
                      [static_cast<std::size_t>(position->impact - 1)]
                .push_back(i);
        if (band) {
            for (auto& b : summary.by_band)
                if (b.band_id == band->id)
                    ++b.count;
        } else {
            ++unrated;
        }
        const auto& areas = catalogue.areas();
        const auto area = std::find_if(areas.begin(), areas.end(),
                                       [&](const Area& a) { return a.id == risk.area_id; });
        if (area == areas.end())
            ++unknown_area;
        else
            ++per_area[static_cast<std::size_t>(area - areas.begin())];
    }
    if (unrated)
        summary.by_band.push_back({"", unrated});
    for (std::size_t a = 0; a < per_area.size(); ++a)
        if (per_area[a])
            summary.by_area.push_back({catalogue.areas()[a].id, per_area[a]});
    if (unknown_area)
        summary.by_area.push_back({"", unknown_area});
    return summary;
}

}  // namespace prevent::core
