// The states an area of a profile can be in (docs/findings.md, AreaCoverage.State): a header of
// its own so that whoever shows them (the sidebar) names them without the matcher behind them.
#pragma once

namespace prevent::core {

constexpr const char* kCovered = "covered";
constexpr const char* kEmpty = "empty";
constexpr const char* kNotApplicable = "not-applicable";
constexpr const char* kMissing = "missing";

}  // namespace prevent::core
