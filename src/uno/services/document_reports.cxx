#include "uno/services/document_reports.hxx"

#include "core/assessment_check.hxx"
#include "core/clock.hxx"
#include "core/iso_dates.hxx"
#include "core/risk_coverage.hxx"
#include "core/section_reviews.hxx"
#include "uno/base/approval_conversion.hxx"
#include "uno/base/uno_findings.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"
#include "uno/stored/approval_properties.hxx"
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
        o.Reviewed = a.reviewed ? from_utf8(core::iso_text(*a.reviewed)) : rtl::OUString();
        o.ReviewedBy = from_utf8(a.reviewed_by);
        o.EditedSinceReview = a.edited_since_review;
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

// What the toolkit keeps in the document beside its text.
core::StoredState stored_state(const css::uno::Reference<css::frame::XModel>& document,
                               const core::Catalogue& catalogue)
{
    return {stored_profile(catalogue, document), read_coverage_marks(document),
            read_approvals(document), stated_operating_year(document)};
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

DocumentAnswers answer(const css::uno::Reference<css::frame::XModel>& document,
                       const core::TextModel& model, const core::Catalogue& catalogue,
                       const core::HeadingMatcher& matcher, const std::string& profile,
                       const AnswerParts& parts)
{
    DocumentAnswers out;
    const auto stored = stored_state(document, catalogue);
    const auto today = core::today();
    // Each part computed once, whoever needs it: the approval's findings are part of the
    // coverage report (docs/findings.md), and the risks' findings need the coverage.
    std::optional<core::ApprovalPart> approval;
    if (parts.coverage || parts.approval) {
        fault_point("digest");
        approval = core::check_approval_part(model.canonical(), stored.approvals, today,
                                             stored.operating_year);
    }
    std::optional<core::CoveragePart> coverage;
    if (parts.coverage || parts.risks)
        coverage = core::check_coverage_part(
            core::coverage_outline(model, catalogue, matcher), stored, catalogue, matcher,
            profile.empty() ? std::nullopt : std::optional<std::string>(profile));
    if (parts.coverage) {
        auto report = coverage->report;
        const auto reviews = core::apply_reviews(report, stored.marks, model, today);
        report.findings.insert(report.findings.end(), reviews.begin(), reviews.end());
        report.findings.insert(report.findings.end(), approval->findings.begin(),
                               approval->findings.end());
        out.coverage = to_uno(report);
    }
    if (parts.risks) {
        const auto risks =
            core::check_risk_part(model, coverage->report, catalogue, matcher, today);
        out.risks = org::preventtoolkit::RiskReport{risk_rows_to_uno(risks.rows),
                                                    findings_to_uno(risks.findings)};
    }
    if (parts.approval)
        out.approval = to_status(approval->state, stored.approvals, approval->digests.digest);
    return out;
}

org::preventtoolkit::CoverageReport coverage_report(
    const css::uno::Reference<css::frame::XModel>& document, const core::TextModel& model,
    const core::Catalogue& catalogue, const core::HeadingMatcher& matcher,
    const std::string& profile)
{
    return *answer(document, model, catalogue, matcher, profile, {true, false, false}).coverage;
}

org::preventtoolkit::RiskReport risk_report(const css::uno::Reference<css::frame::XModel>& document,
                                            const core::TextModel& model,
                                            const core::Catalogue& catalogue,
                                            const core::HeadingMatcher& matcher)
{
    return *answer(document, model, catalogue, matcher, "", {false, true, false}).risks;
}

core::AssessmentCheck assessment_check(const css::uno::Reference<css::frame::XModel>& document,
                                       const core::TextModel& model,
                                       const core::Catalogue& catalogue,
                                       const core::HeadingMatcher& matcher)
{
    return core::check_assessment(model, stored_state(document, catalogue), catalogue, matcher,
                                  std::nullopt, core::today());
}

}  // namespace prevent::uno
