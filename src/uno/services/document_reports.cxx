#include "uno/services/document_reports.hxx"

#include "core/assessment_check.hxx"
#include "core/clock.hxx"
#include "core/risk_coverage.hxx"
#include "uno/base/approval_conversion.hxx"
#include "uno/base/uno_findings.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/approval_reading.hxx"
#include "uno/stored/coverage_marks.hxx"
#include "uno/stored/document_profile.hxx"

namespace prevent::uno {

namespace {

org::preventtoolkit::CoverageReport to_uno(const core::CoverageReport& report)
{
    org::preventtoolkit::CoverageReport out;
    out.Profile = from_utf8(report.profile);
    out.Areas.realloc(static_cast<sal_Int32>(report.areas.size()));
    for (std::size_t i = 0; i < report.areas.size(); ++i) {
        const auto& a = report.areas[i];
        auto& o = out.Areas[static_cast<sal_Int32>(i)];
        o.AreaId = from_utf8(a.area_id);
        o.Title = from_utf8(a.title);
        o.State = from_utf8(a.state);
        o.Headings = to_sequence(a.headings);
        o.Reason = from_utf8(a.reason);
        o.Evidence = to_sequence(a.evidence);
        o.PossibleHeadings = to_sequence(a.possible_headings);
        o.Marked = a.marked;
    }
    out.Findings = findings_to_uno(report.findings);
    return out;
}

org::preventtoolkit::RiskRow to_uno(const core::RiskRow& r)
{
    org::preventtoolkit::RiskRow o;
    o.Table = from_utf8(r.table);
    o.Row = r.row;
    o.Ref = from_utf8(r.ref);
    o.AreaId = from_utf8(r.area_id);
    o.Risk = from_utf8(r.risk);
    o.InherentLikelihood = r.inherent_likelihood;
    o.InherentImpact = r.inherent_impact;
    o.InherentScore = r.inherent_score;
    o.ResidualLikelihood = r.residual_likelihood;
    o.ResidualImpact = r.residual_impact;
    o.ResidualScore = r.residual_score;
    o.Rag = from_utf8(r.rag);
    o.Controls = from_utf8(r.controls);
    o.Actions = from_utf8(r.actions);
    o.Owner = from_utf8(r.owner);
    o.TargetDate = from_utf8(r.target_date);
    o.Status = from_utf8(r.status);
    return o;
}

// The profile the document is checked against, and the coverage of that profile.
core::CoverageReport coverage_of(const css::uno::Reference<css::frame::XModel>& document,
                                 const core::Outline& outline, const core::Catalogue& catalogue,
                                 const core::HeadingMatcher& matcher, const std::string& profile,
                                 core::ProfileChoice& choice)
{
    choice = core::ProfileChoice{profile, false, {}};
    if (choice.profile.empty())
        choice = core::choose_profile(catalogue, outline, stored_profile(catalogue, document));
    if (!catalogue.has_profile(choice.profile))
        throw core::UnknownProfile(choice.profile, catalogue.profile_ids());
    return core::check_coverage(catalogue, matcher, outline, choice.profile,
                                read_coverage_marks(document));
}

}  // namespace

css::uno::Sequence<org::preventtoolkit::RiskRow> risk_rows_to_uno(
    const std::vector<core::RiskRow>& rows)
{
    css::uno::Sequence<org::preventtoolkit::RiskRow> out(static_cast<sal_Int32>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        out[static_cast<sal_Int32>(i)] = to_uno(rows[i]);
    return out;
}

org::preventtoolkit::CoverageReport coverage_report(
    const css::uno::Reference<css::frame::XModel>& document, const core::TextModel& model,
    const core::Catalogue& catalogue, const core::HeadingMatcher& matcher,
    const std::string& profile)
{
    core::ProfileChoice choice;
    auto report = coverage_of(document, model.outline(), catalogue, matcher, profile, choice);
    if (auto f = core::profile_finding(catalogue, choice))
        report.findings.insert(report.findings.begin(), std::move(*f));
    // The approval's state is part of the picture a governor gets (docs/findings.md).
    const auto approval = read_approval(document, model.canonical());
    for (auto& f : core::approval_findings(approval.state, approval.history))
        report.findings.push_back(std::move(f));
    return to_uno(report);
}

org::preventtoolkit::RiskReport risk_report(const css::uno::Reference<css::frame::XModel>& document,
                                            const core::TextModel& model,
                                            const core::Catalogue& catalogue,
                                            const core::HeadingMatcher& matcher)
{
    const auto rows = core::read_risks(model, catalogue, matcher);
    // The checks of core::check_risks, and a warning for each covered area with no risk at all.
    auto findings = core::check_risks(rows, catalogue.rating(), core::today());
    core::ProfileChoice choice;
    const auto coverage = coverage_of(document, model.outline(), catalogue, matcher, "", choice);
    for (auto& f : core::areas_without_risks(coverage, rows))
        findings.push_back(std::move(f));
    return {risk_rows_to_uno(rows), findings_to_uno(findings)};
}

org::preventtoolkit::ApprovalStatus approval_status(
    const css::uno::Reference<css::frame::XModel>& document, const core::TextModel& model)
{
    const auto reading = read_approval(document, model.canonical());
    return to_status(reading.state, reading.history, reading.content.digest);
}

}  // namespace prevent::uno
