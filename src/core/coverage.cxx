#include "coverage.hxx"

#include "heading_words.hxx"

#include <algorithm>

namespace prevent::core {

namespace {

struct Heading {
    std::size_t paragraph;  // index into the outline's paragraphs
    std::size_t number;     // 1-based, in document order
    bool has_content;       // real text under it, its subsections included
    HeadingMatch match;
};

// A heading's section runs to the next heading of the same or a higher level; any paragraph in
// it that is not empty or a placeholder is content.
std::vector<Heading> read_headings(const Outline& outline, const HeadingMatcher& matcher)
{
    std::vector<Heading> headings;
    const auto& ps = outline.paragraphs;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].outline_level <= 0)
            continue;
        bool content = false;
        for (std::size_t j = i + 1; j < ps.size(); ++j) {
            if (ps[j].outline_level > 0 && ps[j].outline_level <= ps[i].outline_level)
                break;
            if (ps[j].outline_level == 0 && !is_placeholder(ps[j].text)) {
                content = true;
                break;
            }
        }
        headings.push_back({i, headings.size() + 1, content, matcher.match(ps[i].text)});
    }
    return headings;
}

bool same_heading(const std::string& a, const std::string& b) { return heading_words(a) == heading_words(b); }

// Bold paragraphs standing alone above body text, in a document with few real headings: the
// provider meant them as headings, and the checks cannot see them.
void find_candidate_headings(const Outline& outline, std::size_t real_headings, std::vector<Finding>& findings)
{
    constexpr std::size_t kFewHeadings = 3;
    constexpr std::size_t kMaxWords = 12;
    if (real_headings >= kFewHeadings)
        return;
    const auto& ps = outline.paragraphs;
    for (std::size_t i = 0; i + 1 < ps.size(); ++i) {
        const auto& p = ps[i];
        const auto& next = ps[i + 1];
        if (p.outline_level != 0 || !p.bold || p.in_table || is_placeholder(p.text) || p.text.back() == '.')
            continue;
        if (heading_words(p.text).size() > kMaxWords || p.text.size() > 120)
            continue;
        if (next.outline_level != 0 || next.bold || is_placeholder(next.text))
            continue;
        findings.push_back({"candidate-heading", "warning", "", finding_message("candidate-heading", {p.text}),
                            paragraph_location(i + 1)});
    }
}

}  // namespace

CoverageReport check_coverage(const Catalogue& catalogue, const HeadingMatcher& matcher, const Outline& outline,
                              const std::string& profile, const CoverageMarks& marks)
{
    CoverageReport report;
    report.profile = profile;
    const auto areas = catalogue.areas_for(profile);  // throws UnknownProfile
    const auto& profile_title =
        std::find_if(catalogue.profiles().begin(), catalogue.profiles().end(),
                     [&](const Profile& p) { return p.id == profile; })
            ->title;
    const auto headings = read_headings(outline, matcher);
    const auto text_of = [&](const Heading& h) { return outline.paragraphs[h.paragraph].text; };

    for (const auto& profile_area : areas) {
        const Area& area = *profile_area.area;
        AreaCoverage coverage{area.id, area.title, kMissing, {}, {}, {}};
        bool any_content = false;
        std::vector<const Heading*> matched;
        for (const auto& h : headings)
            if (std::find(h.match.covered.begin(), h.match.covered.end(), area.id) != h.match.covered.end())
                matched.push_back(&h);
        if (const auto mark = marks.covered_by.find(area.id); mark != marks.covered_by.end()) {
            const auto named = std::find_if(headings.begin(), headings.end(),
                                            [&](const Heading& h) { return same_heading(text_of(h), mark->second); });
            if (named == headings.end())
                report.findings.push_back({"covered-by-heading-gone", "warning", area.id,
                                           finding_message("covered-by-heading-gone", {area.title, mark->second}),
                                           "document"});
            else if (std::find(matched.begin(), matched.end(), &*named) == matched.end())
                matched.push_back(&*named);
        }
        for (const Heading* h : matched) {
            coverage.headings.push_back(text_of(*h));
            any_content = any_content || h->has_content;
        }
        if (!matched.empty())
            coverage.location = heading_location(matched.front()->number);

        if (const auto mark = marks.not_applicable.find(area.id); mark != marks.not_applicable.end()) {
            coverage.state = kNotApplicable;
            coverage.reason = mark->second;
            if (profile_area.expectation == Expectation::Expected)
                report.findings.push_back({"not-applicable-expected", "info", area.id,
                                           finding_message("not-applicable-expected",
                                                           {area.title, profile_title, mark->second}),
                                           "document"});
        } else if (any_content) {
            coverage.state = kCovered;
        } else if (!matched.empty()) {
            coverage.state = kEmpty;
            report.findings.push_back({"area-empty", "warning", area.id,
                                       finding_message("area-empty", {coverage.headings.front(), area.title}),
                                       coverage.location});
        } else {
            const bool expected = profile_area.expectation == Expectation::Expected;
            report.findings.push_back(
                {"area-missing", expected ? "error" : "warning", area.id,
                 finding_message("area-missing", {area.title, std::string(expectation_name(profile_area.expectation)),
                                                  profile_title}),
                 "document"});
        }
        report.areas.push_back(std::move(coverage));
    }

    // Possible matches, for the profile's areas that nothing covers or marks.
    for (const auto& h : headings) {
        for (const auto& id : h.match.possible) {
            const auto area = std::find_if(report.areas.begin(), report.areas.end(),
                                           [&](const AreaCoverage& a) { return a.area_id == id; });
            if (area == report.areas.end() || area->state != kMissing)
                continue;
            report.findings.push_back({"possible-match", "info", id,
                                       finding_message("possible-match", {text_of(h), area->title}),
                                       heading_location(h.number)});
        }
    }
    find_candidate_headings(outline, headings.size(), report.findings);
    return report;
}

SectionInsertion plan_section_insertion(const Catalogue& catalogue, const HeadingMatcher& matcher,
                                        const Outline& outline, const std::string& area_id)
{
    const auto& areas = catalogue.areas();
    const auto order_of = [&](const std::string& id) {
        return static_cast<std::size_t>(
            std::find_if(areas.begin(), areas.end(), [&](const Area& a) { return a.id == id; }) - areas.begin());
    };
    const std::size_t target = order_of(area_id);
    const auto headings = read_headings(outline, matcher);
    const Heading* before = nullptr;  // last heading of an earlier area
    const Heading* after = nullptr;   // first heading of a later area
    for (const auto& h : headings) {
        for (const auto& id : h.match.covered) {
            const std::size_t order = order_of(id);
            if (order < target)
                before = &h;
            else if (order > target && !after)
                after = &h;
        }
    }
    const auto& ps = outline.paragraphs;
    if (before) {
        const int level = ps[before->paragraph].outline_level;
        std::size_t end = before->paragraph + 1;
        while (end < ps.size() && !(ps[end].outline_level > 0 && ps[end].outline_level <= level))
            ++end;
        return {end, level, before->paragraph};
    }
    if (after)
        return {after->paragraph, ps[after->paragraph].outline_level, after->paragraph};
    return {ps.size(), 1, std::nullopt};
}

}  // namespace prevent::core
