// Risks as the RiskRegister service returns them (org.preventtoolkit.RiskRow), back into the
// core's terms for the panels' counts and heat map.
#pragma once

#include "core/catalogue.hxx"
#include "core/risk_summary.hxx"

#include <com/sun/star/uno/Sequence.hxx>
#include <org/preventtoolkit/RiskRow.hpp>

namespace prevent::uno {

core::RiskSummary summarise_risks(const css::uno::Sequence<org::preventtoolkit::RiskRow>& risks,
                                  const core::Catalogue& catalogue);

}  // namespace prevent::uno
