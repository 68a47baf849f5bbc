#include "file_check.hxx"

#include "core/approval_storage.hxx"
#include "core/risk_coverage.hxx"
#include "core/stored_names.hxx"
#include "meta_properties.hxx"
#include "odf_sheets.hxx"
#include "odf_text.hxx"
#include "xml_stream.hxx"

#include <stdexcept>

namespace prevent::odf {

namespace {

core::CoverageMarks marks_of(const MetaProperties& meta)
{
    core::CoverageMarks marks;
    for (const auto& [name, property] : meta.user)
        marks.add_property(name, property.value);
    return marks;
}

std::string profile_of(const MetaProperties& meta, const CheckSettings& settings)
{
    if (settings.profile)
        return *settings.profile;
    const auto stored = meta.text(core::kProfileProperty);
    if (stored && settings.catalogue->has_profile(*stored))
        return *stored;
    return settings.catalogue->profiles().front().id;
}

// The state of the approvals against the content as it is now, and its findings.
void approval_of(FileReport& report, const MetaProperties& meta, const std::string& digest,
                 const std::vector<core::SectionDigest>& sections, const CheckSettings& settings)
{
    report.approvals = core::approvals_from_properties(
        [&](const std::string& name) { return meta.normalised(name); });
    report.digest = digest;
    report.approval = core::approval_state(report.approvals, digest, sections, settings.today);
    for (auto& f : core::approval_findings(report.approval, report.approvals))
        report.findings.push_back(std::move(f));
}

void check_assessment(FileReport& report, const PackageParts& parts, const MetaProperties& meta,
                      const CheckSettings& settings)
{
    report.kind = "assessment";
    const auto text = read_odf_text(parts.content, parts.styles);
    const auto& catalogue = *settings.catalogue;
    const auto& matcher = *settings.matcher;
    const auto outline = text.outline();
    const auto choice =
        settings.profile ? core::ProfileChoice{*settings.profile, false, {}}
                         : core::choose_profile(catalogue, outline, meta.text("Prevent.Profile"));
    report.profile = choice.profile;
    auto coverage =
        core::check_coverage(catalogue, matcher, outline, report.profile, marks_of(meta));
    report.areas = coverage.areas;
    report.findings = std::move(coverage.findings);
    if (auto f = core::profile_finding(catalogue, choice))
        report.findings.insert(report.findings.begin(), std::move(*f));

    for (const auto& table : text.tables) {
        core::TableGrid grid = table.grid;
        if (const auto match = matcher.match(table.heading); !match.covered.empty())
            grid.section_area = match.covered.front();
        if (auto rows = core::read_risk_table(grid, catalogue, matcher))
            report.risks.insert(report.risks.end(), rows->begin(), rows->end());
    }
    for (auto& f : core::check_risks(report.risks, catalogue.rating(), settings.today))
        report.findings.push_back(std::move(f));
    for (auto& f : core::areas_without_risks(coverage, report.risks))
        report.findings.push_back(std::move(f));

    const auto digests = core::content_digests(text.canonical());
    approval_of(report, meta, digests.digest, digests.sections, settings);
}

void check_plan(FileReport& report, const PackageParts& parts, const MetaProperties& meta,
                const CheckSettings& settings)
{
    report.kind = "action-plan";
    report.profile = profile_of(meta, settings);
    const auto sheets = read_ods(parts.content, parts.styles);
    const auto plans = sheets.plans();
    for (const auto& plan : plans)
        for (auto& f : core::check_plan(plan, settings.today, nullptr))
            report.findings.push_back(std::move(f));
    if (!plans.empty())
        report.plan = core::count_plans(plans, settings.today);
    const auto digests = core::content_digests(sheets.canonical());
    approval_of(report, meta, digests.digest, digests.sections, settings);
}

// Whatever went wrong, one line for the user, and nothing half-read in the report.
template <typename Check>
FileReport guarded(const std::filesystem::path& file, Check&& check)
{
    FileReport report;
    report.path = file;
    try {
        check(report);
    } catch (const PackageError& e) {
        report.error = e.what();
    } catch (const XmlError& e) {
        report.error = std::string("damaged: ") + e.what();
    } catch (const std::length_error& e) {
        report.error = std::string("too large to check: ") + e.what();
    } catch (const std::bad_alloc&) {
        report.error = "too large to check: out of memory";
    } catch (const std::exception& e) {
        report.error = std::string("cannot be checked: ") + e.what();
    }
    if (report.error) {
        const auto path = report.path;
        const auto error = report.error;
        report = FileReport{};
        report.path = path;
        report.error = error;
    }
    return report;
}

void check_read_parts(FileReport& report, const PackageParts& parts, bool spreadsheet,
                      const CheckSettings& settings)
{
    const auto meta = read_meta_properties(parts.meta);
    if (spreadsheet)
        check_plan(report, parts, meta, settings);
    else
        check_assessment(report, parts, meta, settings);
}

}  // namespace

FileReport check_file(const std::filesystem::path& file, const CheckSettings& settings)
{
    return guarded(file, [&](FileReport& report) {
        if (const auto advice = conversion_advice(file); !advice.empty()) {
            report.error = advice;
            return;
        }
        const OdfPackage package(file, settings.limits);
        const PackageParts parts{package.read("content.xml"), package.read_if_present("styles.xml"),
                                 package.read_if_present("meta.xml")};
        check_read_parts(report, parts, package.is_spreadsheet(), settings);
    });
}

FileReport check_parts(const PackageParts& parts, bool spreadsheet, const CheckSettings& settings)
{
    return guarded(
        {}, [&](FileReport& report) { check_read_parts(report, parts, spreadsheet, settings); });
}

}  // namespace prevent::odf
