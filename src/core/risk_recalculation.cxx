#include "risk_recalculation.hxx"

#include "document_strings.hxx"
#include "risk_summary.hxx"
#include "risk_values.hxx"

namespace prevent::core {

std::vector<CellChange> recalculation(const TableGrid& table, const RiskHeader& header,
                                      const RatingScale& scale)
{
    static const RiskColumn kPhases[2][3] = {
        {RiskColumn::InherentLikelihood, RiskColumn::InherentImpact, RiskColumn::InherentScore},
        {RiskColumn::ResidualLikelihood, RiskColumn::ResidualImpact, RiskColumn::ResidualScore}};
    std::vector<CellChange> changes;
    for (std::size_t r = static_cast<std::size_t>(header.header_rows); r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto cell = [&](RiskColumn kind) -> const GridCell* {
            const auto column = header.column_of(kind);
            return column ? cell_at(row, *column) : nullptr;
        };
        const auto rating = [&](RiskColumn kind, const std::vector<std::string>& labels,
                                const std::vector<std::vector<std::string>>& others) {
            const auto* c = cell(kind);
            const auto v = c ? parse_rating(c->text, labels, others) : std::nullopt;
            return v && *v >= 1 && *v <= kScaleSteps ? *v : 0;
        };
        int band_score = 0;
        for (const auto& phase : kPhases) {
            const int l = rating(phase[0], scale.likelihood_labels, scale.other_likelihood_labels);
            const int i = rating(phase[1], scale.impact_labels, scale.other_impact_labels);
            if (!l || !i)
                continue;
            band_score = l * i;  // the residual, when there is one, comes last
            if (const auto* score = cell(phase[2]);
                score && parse_score(score->text, scale).value != l * i)
                changes.push_back({score->address, std::to_string(l * i)});
        }
        const auto* band = band_score ? scale.band_for_score(band_score) : nullptr;
        if (const auto* rag = cell(RiskColumn::Rag);
            rag && band && parse_band(rag->text, scale) != band->id)
            changes.push_back({rag->address, band->title});
    }
    return changes;
}

HeatMapTable heat_map_table(const std::vector<RiskRow>& risks, const Catalogue& catalogue)
{
    const auto& scale = catalogue.rating();
    const auto summary = summarise_risks(risks, catalogue);
    const auto size = static_cast<std::size_t>(kScaleSteps + 1);
    HeatMapTable map{std::vector<std::vector<std::string>>(size, std::vector<std::string>(size)),
                     std::vector<std::vector<std::optional<std::uint32_t>>>(
                         size, std::vector<std::optional<std::uint32_t>>(size))};
    map.cells[0][0] = document_words("heat-map-corner");
    for (int i = 1; i <= kScaleSteps; ++i)
        map.cells[0][static_cast<std::size_t>(i)] = document_words(
            "scale-step",
            {std::to_string(i), scale.impact_labels[static_cast<std::size_t>(i - 1)]});
    for (int row = 1; row <= kScaleSteps; ++row) {
        const int l = kScaleSteps + 1 - row;  // the most likely at the top
        const auto r = static_cast<std::size_t>(row);
        map.cells[r][0] = document_words(
            "scale-step",
            {std::to_string(l), scale.likelihood_labels[static_cast<std::size_t>(l - 1)]});
        for (int i = 1; i <= kScaleSteps; ++i) {
            const auto c = static_cast<std::size_t>(i);
            const int count = summary.count_at(l, i);
            map.cells[r][c] = count ? std::to_string(count) : "";
            if (const auto* band = scale.band_for_score(l * i))
                map.colours[r][c] = band->colour;
        }
    }
    return map;
}

}  // namespace prevent::core
