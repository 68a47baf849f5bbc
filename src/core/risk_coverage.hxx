// Where coverage and risks meet: an area the assessment covers but gives no risk at all is
// worth a warning (area-without-risks, docs/findings.md). One rule for the RiskRegister service
// and the command-line checker.
#pragma once

#include "coverage.hxx"
#include "findings.hxx"
#include "risk_register.hxx"

#include <vector>

namespace prevent::core {

std::vector<Finding> areas_without_risks(const CoverageReport& coverage,
                                         const std::vector<RiskRow>& rows);

}  // namespace prevent::core
