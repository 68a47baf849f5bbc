#include "assessment_check.hxx"

#include "risk_coverage.hxx"

namespace prevent::core {

Outline TextModel::outline() const
{
    Outline out;
    for (const auto& p : paragraphs)
        out.paragraphs.push_back(p.outline);
    return out;
}

std::vector<CanonicalParagraph> TextModel::canonical() const
{
    std::vector<CanonicalParagraph> out;
    for (const auto& p : paragraphs)
        if (!p.in_approval_block)
            out.push_back(p.canonical);
    return out;
}

std::vector<RiskRow> read_risks(const TextModel& text, const Catalogue& catalogue,
                                const HeadingMatcher& matcher)
{
    std::vector<RiskRow> risks;
    for (const auto& table : text.tables) {
        TableGrid grid = table.grid;
        if (const auto match = matcher.match(table.heading); !match.covered.empty())
            grid.section_area = match.covered.front();
        if (auto rows = read_risk_table(grid, catalogue, matcher))
            risks.insert(risks.end(), rows->begin(), rows->end());
    }
    return risks;
}

AssessmentCheck check_assessment(const TextModel& text, const StoredState& stored,
                                 const Catalogue& catalogue, const HeadingMatcher& matcher,
                                 const std::optional<std::string>& given,
                                 const boost::gregorian::date& today)
{
    AssessmentCheck out;
    const auto outline = text.outline();
    out.profile = given ? ProfileChoice{*given, false, {}}
                        : choose_profile(catalogue, outline, stored.profile);
    out.coverage = check_coverage(catalogue, matcher, outline, out.profile.profile, stored.marks);
    auto& findings = out.coverage.findings;
    if (auto f = profile_finding(catalogue, out.profile))
        findings.insert(findings.begin(), std::move(*f));

    out.risks = read_risks(text, catalogue, matcher);
    for (auto& f : check_risks(out.risks, catalogue.rating(), today))
        findings.push_back(std::move(f));
    for (auto& f : areas_without_risks(out.coverage, out.risks))
        findings.push_back(std::move(f));

    out.digests = content_digests(text.canonical());
    out.approval =
        approval_state(stored.approvals, out.digests.digest, out.digests.sections, today);
    for (auto& f : approval_findings(out.approval, stored.approvals))
        findings.push_back(std::move(f));
    return out;
}

}  // namespace prevent::core
