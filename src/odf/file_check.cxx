#include "file_check.hxx"

#include "core/approval_storage.hxx"
#include "core/assessment_check.hxx"
#include "core/messages.hxx"
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

std::vector<core::Approval> approvals_of(const MetaProperties& meta)
{
    return core::approvals_from_properties(
        [&](const std::string& name) { return meta.normalised(name); });
}

// The state of the approvals against the content as it is now, and its findings.
void approval_of(FileReport& report, const MetaProperties& meta, const std::string& digest,
                 const std::vector<core::SectionDigest>& sections, const CheckSettings& settings)
{
    report.approvals = approvals_of(meta);
    report.digest = digest;
    report.approval = core::approval_state(report.approvals, digest, sections, settings.today,
                                           meta.text(core::kOperatingYearProperty).value_or(""));
    for (auto& f : core::approval_findings(report.approval, report.approvals))
        report.findings.push_back(std::move(f));
}

void check_assessment(FileReport& report, const PackageParts& parts, const MetaProperties& meta,
                      const CheckSettings& settings)
{
    report.kind = "assessment";
    const core::StoredState stored{meta.text(core::kProfileProperty), marks_of(meta),
                                   approvals_of(meta),
                                   meta.text(core::kOperatingYearProperty).value_or("")};
    auto check = core::check_assessment(read_odf_text(parts.content, parts.styles), stored,
                                        *settings.catalogue, *settings.matcher, settings.profile,
                                        settings.today);
    // What changed since the approval, by the rules the extension's Approval.assessChange uses.
    report.change = core::change_since_approval(check, stored.approvals, *settings.catalogue);
    report.profile = check.profile.profile;
    report.areas = std::move(check.coverage.areas);
    report.findings = std::move(check.coverage.findings);
    report.risks = std::move(check.risks);
    report.approvals = stored.approvals;
    report.approval = std::move(check.approval);
    report.digest = check.digests.digest;
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
    core::ChangeInputs in;
    in.assessment = false;  // a plan keeps no risks or areas: its sheets count
    in.digest_now = digests.digest;
    in.sections_now = digests.sections;
    report.change = core::assess_change(report.approvals, in, settings.catalogue->rating(), {});
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
        report.error = core::message("odf.damaged", {e.what()});
    } catch (const std::length_error& e) {
        report.error = core::message("odf.too-large", {e.what()});
    } catch (const std::bad_alloc&) {
        report.error = core::message("odf.too-large-out-of-memory");
    } catch (const std::exception& e) {
        report.error = core::message("odf.cannot-be-checked", {e.what()});
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
