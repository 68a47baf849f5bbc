#include "assessment_check.hxx"

#include "section_reviews.hxx"

#include "approval_block_text.hxx"
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
    return without_approval_block(std::move(out));
}

namespace {

// The risk rows of one of the model's tables; nullopt when it is no risk table.
std::optional<std::vector<RiskRow>> risks_of(const TextTable& table, const Catalogue& catalogue,
                                             const HeadingMatcher& matcher)
{
    TableGrid grid = table.grid;
    if (const auto match = matcher.match(table.heading); !match.covered.empty())
        grid.section_area = match.covered.front();
    return read_risk_table(grid, catalogue, matcher);
}

}  // namespace

std::vector<RiskRow> read_risks(const TextModel& text, const Catalogue& catalogue,
                                const HeadingMatcher& matcher)
{
    std::vector<RiskRow> risks;
    for (const auto& table : text.tables)
        if (auto rows = risks_of(table, catalogue, matcher))
            risks.insert(risks.end(), rows->begin(), rows->end());
    return risks;
}

Outline coverage_outline(const TextModel& text, const Catalogue& catalogue,
                         const HeadingMatcher& matcher)
{
    std::vector<bool> waiting(text.tables.size(), false);
    bool any = false;
    for (std::size_t t = 0; t < text.tables.size(); ++t) {
        if (text.tables[t].grid.rows.empty())
            continue;  // a table whose cells were not read
        const auto rows = risks_of(text.tables[t], catalogue, matcher);
        waiting[t] = rows && rows->empty();
        any = any || waiting[t];
    }
    Outline out = text.outline();
    for (std::size_t i = 0; i < text.paragraphs.size(); ++i) {
        const auto& p = text.paragraphs[i];
        if (p.in_approval_block ||
            (any && p.table >= 0 && static_cast<std::size_t>(p.table) < waiting.size() &&
             waiting[static_cast<std::size_t>(p.table)]))
            out.paragraphs[i].text.clear();
    }
    return out;
}

CoveragePart check_coverage_part(const Outline& outline, const StoredState& stored,
                                 const Catalogue& catalogue, const HeadingMatcher& matcher,
                                 const std::optional<std::string>& given)
{
    CoveragePart out;
    out.profile = given ? ProfileChoice{*given, false, {}}
                        : choose_profile(catalogue, outline, stored.profile);
    if (!catalogue.has_profile(out.profile.profile))
        throw UnknownProfile(out.profile.profile, catalogue.profile_ids());
    out.report = check_coverage(catalogue, matcher, outline, out.profile.profile, stored.marks);
    if (auto f = profile_finding(catalogue, out.profile))
        out.report.findings.insert(out.report.findings.begin(), std::move(*f));
    return out;
}

RiskPart check_risk_part(const TextModel& text, const CoverageReport& coverage,
                         const Catalogue& catalogue, const HeadingMatcher& matcher,
                         const boost::gregorian::date& today)
{
    RiskPart out;
    out.rows = read_risks(text, catalogue, matcher);
    out.findings = check_risks(out.rows, catalogue.rating(), today);
    for (auto& f : areas_without_risks(coverage, out.rows))
        out.findings.push_back(std::move(f));
    return out;
}

ApprovalPart check_approval_part(const std::vector<CanonicalParagraph>& content,
                                 const std::vector<Approval>& approvals,
                                 const boost::gregorian::date& today,
                                 const std::string& document_year)
{
    ApprovalPart out;
    out.digests = content_digests(content);
    out.state =
        approval_state(approvals, out.digests.digest, out.digests.sections, today, document_year);
    out.findings = approval_findings(out.state, approvals);
    return out;
}

AssessmentCheck check_assessment(const TextModel& text, const StoredState& stored,
                                 const Catalogue& catalogue, const HeadingMatcher& matcher,
                                 const std::optional<std::string>& given,
                                 const boost::gregorian::date& today)
{
    auto coverage = check_coverage_part(coverage_outline(text, catalogue, matcher), stored,
                                        catalogue, matcher, given);
    auto reviews = apply_reviews(coverage.report, stored.marks, text, today);
    auto risks = check_risk_part(text, coverage.report, catalogue, matcher, today);
    auto approval =
        check_approval_part(text.canonical(), stored.approvals, today, stored.operating_year);
    AssessmentCheck out{std::move(coverage.profile), std::move(coverage.report),
                        std::move(risks.rows), std::move(approval.digests),
                        std::move(approval.state)};
    // The order prevent-check reports them in: profile and coverage, reviews, risks, approval.
    auto& findings = out.coverage.findings;
    for (auto* part : {&reviews, &risks.findings, &approval.findings})
        for (auto& f : *part)
            findings.push_back(std::move(f));
    return out;
}

ChangeAssessment change_since_approval(const AssessmentCheck& check,
                                       const std::vector<Approval>& history,
                                       const Catalogue& catalogue)
{
    ChangeInputs in;
    in.digest_now = check.digests.digest;
    in.sections_now = check.digests.sections;
    in.risks_now = record_risks(check.risks, catalogue.rating());
    std::map<std::string, std::string> titles;
    for (const auto& area : check.coverage.areas) {
        in.areas_now[area.area_id] = area.state;
        titles[area.area_id] = area.title;
    }
    if (!history.empty()) {
        in.risks_then = history.back().risks;
        in.areas_then = history.back().area_states;
    }
    return assess_change(history, in, catalogue.rating(), titles);
}

void record_check(const AssessmentCheck& check, const Catalogue& catalogue, Approval& approval)
{
    approval.risks = record_risks(check.risks, catalogue.rating());
    std::map<std::string, std::string> states;
    for (const auto& area : check.coverage.areas)
        states[area.area_id] = area.state;
    approval.area_states = std::move(states);
}

}  // namespace prevent::core
