#include "risk_coverage.hxx"

#include <algorithm>

namespace prevent::core {

std::vector<Finding> areas_without_risks(const CoverageReport& coverage,
                                         const std::vector<RiskRow>& rows)
{
    std::vector<Finding> findings;
    for (const auto& a : coverage.areas) {
        const bool has_risk = std::any_of(rows.begin(), rows.end(),
                                          [&](const RiskRow& r) { return r.area_id == a.area_id; });
        if (a.state == kCovered && !has_risk)
            findings.push_back({"area-without-risks", "warning", a.area_id,
                                finding_message("area-without-risks", {a.title}), a.location});
    }
    return findings;
}

}  // namespace prevent::core
