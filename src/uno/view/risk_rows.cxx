#include "uno/view/risk_rows.hxx"

#include "uno/base/uno_text.hxx"

namespace prevent::uno {

core::RiskSummary summarise_risks(const css::uno::Sequence<org::preventtoolkit::RiskRow>& risks,
                                  const core::Catalogue& catalogue)
{
    std::vector<core::RiskRow> rows;
    rows.reserve(static_cast<std::size_t>(risks.getLength()));
    for (const auto& r : risks) {
        core::RiskRow row;
        row.table = to_utf8(r.Table);
        row.row = r.Row;
        row.ref = to_utf8(r.Ref);
        row.area_id = to_utf8(r.AreaId);
        row.inherent_likelihood = r.InherentLikelihood;
        row.inherent_impact = r.InherentImpact;
        row.residual_likelihood = r.ResidualLikelihood;
        row.residual_impact = r.ResidualImpact;
        rows.push_back(std::move(row));
    }
    return core::summarise_risks(rows, catalogue);
}

}  // namespace prevent::uno
