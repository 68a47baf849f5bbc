// One file checked as the extension would check it, read straight from the package: for an
// assessment the coverage report, the risks and their findings; for a spreadsheet the action
// plan's findings; for both the approval state and the content digest. What prevent-check prints.
#pragma once

#include "core/plan_checks.hxx"
#include "core/approval.hxx"
#include "core/approval_change.hxx"
#include "core/catalogue.hxx"
#include "core/coverage.hxx"
#include "core/heading_matcher.hxx"
#include "core/risk_register.hxx"
#include "odf_package.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prevent::odf {

struct CheckSettings {
    const core::Catalogue* catalogue = nullptr;
    const core::HeadingMatcher* matcher = nullptr;  // built from the same catalogue
    std::optional<std::string> profile;  // else the file's Prevent.Profile, else the first profile
    boost::gregorian::date today;
    PackageLimits limits;
};

struct FileReport {
    std::filesystem::path path;
    std::string kind;  // "assessment" or "action-plan"; "" when the file could not be read
    std::optional<std::string> error;  // why the file could not be read
    std::string profile;
    std::vector<core::AreaCoverage> areas;
    std::vector<core::Finding> findings;
    std::vector<core::RiskRow> risks;
    std::optional<core::PlanCounts> plan;
    std::vector<core::Approval> approvals;  // oldest first
    core::ApprovalState approval;
    core::ChangeAssessment change;  // what changed since the current approval (docs/approval.md)
    std::string digest;
};

// Never throws for a bad file: the reason is in error.
FileReport check_file(const std::filesystem::path& file, const CheckSettings& settings);

// The parts of a package as text; styles and meta may be "".
struct PackageParts {
    std::string content;
    std::string styles;
    std::string meta;
};

// The same checks on parts already read (the content fuzzer's way in, past the zip): as an
// action plan when spreadsheet, else as an assessment. Never throws either.
FileReport check_parts(const PackageParts& parts, bool spreadsheet, const CheckSettings& settings);

}  // namespace prevent::odf
