#include "coverage.hxx"

#include "heading_words.hxx"
#include "messages.hxx"
#include "stored_names.hxx"

#include <algorithm>
#include <cstring>
#include <optional>

namespace prevent::core {

namespace {

// A section's text is clearly about an area when it holds this many of the area's keywords.
constexpr std::size_t kClearKeywords = 3;

struct Heading {
    std::size_t paragraph;  // index into the outline's paragraphs
    std::size_t number;     // 1-based, in document order
    bool has_content;       // real text under it, its subsections included
    HeadingMatch match;
    // Areas its section's text is about, when the heading itself names none: credited (clearly
    // one area) or possible (split between areas), each with the keywords found.
    std::vector<TextEvidence::Area> text_covered, text_possible;
};

std::string quoted_list(const std::vector<std::string>& words)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += i + 1 == words.size() ? finding_message("list-last", {}) : std::string(", ");
        out += "\u201c" + words[i] + "\u201d";
    }
    return out;
}

// The section's text as evidence, for a heading that names no area itself and is no mere part
// of the document: clearly one area's (kClearKeywords of its keywords, twice as many as any
// other's), or split between several.
void weigh_text(Heading& h, TextEvidence evidence)
{
    auto& areas = evidence.areas;
    areas.erase(
        std::remove_if(areas.begin(), areas.end(),
                       [](const TextEvidence::Area& a) { return a.words.size() < kClearKeywords; }),
        areas.end());
    if (areas.empty())
        return;
    const std::size_t second = areas.size() > 1 ? areas[1].words.size() : 0;
    if (areas.front().words.size() >= 2 * second) {
        h.text_covered.push_back(std::move(areas.front()));
        h.match.possible.clear();
    } else {
        h.text_possible = std::move(areas);
    }
}

// A heading's section runs to the next heading of the same or a higher level; any paragraph in
// it that is not empty or a placeholder is content, and its text is evidence of what it is about.
std::vector<Heading> read_headings(const Outline& outline, const HeadingMatcher& matcher)
{
    std::vector<Heading> headings;
    const auto& ps = outline.paragraphs;
    const DocumentContext context = matcher.document_context(first_page(outline));
    // Each paragraph's keywords are read once, and only for sections whose heading needs them.
    std::vector<std::optional<TextEvidence>> paragraph_evidence(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].outline_level <= 0)
            continue;
        Heading h{i,     headings.size() + 1,
                  false, matcher.match(ps[i].text, context, ps[i].language),
                  {},    {}};
        const bool needs_text =
            h.match.covered.empty() && !h.match.document_part && h.match.words_left_over;
        std::vector<const TextEvidence*> text;
        for (std::size_t j = i + 1; j < ps.size(); ++j) {
            if (ps[j].outline_level > 0 && ps[j].outline_level <= ps[i].outline_level)
                break;
            if (ps[j].outline_level != 0 || is_placeholder(ps[j].text))
                continue;
            h.has_content = true;
            if (!needs_text)
                break;
            if (!paragraph_evidence[j])
                paragraph_evidence[j] = matcher.text_evidence(ps[j].text);
            text.push_back(&*paragraph_evidence[j]);
        }
        if (needs_text && !text.empty())
            weigh_text(h, TextEvidence::merged(text));
        headings.push_back(std::move(h));
    }
    return headings;
}

bool credits(const Heading& h, const std::string& area)
{
    return std::find(h.match.covered.begin(), h.match.covered.end(), area) !=
               h.match.covered.end() ||
           std::any_of(h.text_covered.begin(), h.text_covered.end(),
                       [&](const TextEvidence::Area& a) { return a.id == area; });
}

// Why a heading counts for an area, in one line.
std::string evidence_line(const Heading& h, const std::string& heading_text,
                          const std::string& area)
{
    if (const auto it = h.match.because.find(area); it != h.match.because.end())
        return finding_message("evidence-heading", {heading_text, quoted_list(it->second)});
    for (const auto& a : h.text_covered)
        if (a.id == area)
            return finding_message("evidence-text", {heading_text, quoted_list(a.words)});
    return finding_message("evidence-marked", {heading_text});
}

bool same_heading(const std::string& a, const std::string& b)
{
    return heading_words(a) == heading_words(b);
}

// Bold paragraphs standing alone above body text, in a document with few real headings: the
// provider meant them as headings, and the checks cannot see them.
void find_candidate_headings(const Outline& outline, std::size_t real_headings,
                             std::vector<Finding>& findings)
{
    constexpr std::size_t kFewHeadings = 3;
    constexpr std::size_t kMaxWords = 12;
    if (real_headings >= kFewHeadings)
        return;
    const auto& ps = outline.paragraphs;
    for (std::size_t i = 0; i + 1 < ps.size(); ++i) {
        const auto& p = ps[i];
        const auto& next = ps[i + 1];
        if (p.outline_level != 0 || !p.bold || p.in_table || is_placeholder(p.text) ||
            p.text.back() == '.')
            continue;
        if (heading_words(p.text).size() > kMaxWords || p.text.size() > 120)
            continue;
        if (next.outline_level != 0 || next.bold || is_placeholder(next.text))
            continue;
        findings.push_back({"candidate-heading", "warning", "",
                            finding_message("candidate-heading", {p.text}),
                            paragraph_location(i + 1)});
    }
}

}  // namespace

CoverageReport check_coverage(const Catalogue& catalogue, const HeadingMatcher& matcher,
                              const Outline& outline, const std::string& profile,
                              const CoverageMarks& marks)
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
        AreaCoverage coverage{area.id, area.title, kMissing, {}, {}, {}, {}, {}, false};
        coverage.marked =
            marks.covered_by.count(area.id) > 0 || marks.not_applicable.count(area.id) > 0;
        bool any_content = false;
        std::vector<const Heading*> matched;
        for (const auto& h : headings)
            if (credits(h, area.id))
                matched.push_back(&h);
        if (const auto mark = marks.covered_by.find(area.id); mark != marks.covered_by.end()) {
            const auto named = std::find_if(
                headings.begin(), headings.end(),
                [&](const Heading& h) { return same_heading(text_of(h), mark->second); });
            if (named == headings.end())
                report.findings.push_back(
                    {"covered-by-heading-gone", "warning", area.id,
                     finding_message("covered-by-heading-gone", {area.title, mark->second}),
                     "document"});
            else if (std::find(matched.begin(), matched.end(), &*named) == matched.end())
                matched.push_back(&*named);
        }
        for (const Heading* h : matched) {
            coverage.headings.push_back(text_of(*h));
            coverage.evidence.push_back(evidence_line(*h, text_of(*h), area.id));
            any_content = any_content || h->has_content;
        }
        if (!matched.empty())
            coverage.location = heading_location(matched.front()->number);

        if (const auto mark = marks.not_applicable.find(area.id);
            mark != marks.not_applicable.end()) {
            coverage.state = kNotApplicable;
            coverage.reason = mark->second;
            if (profile_area.expectation == Expectation::Expected)
                report.findings.push_back(
                    {"not-applicable-expected", "info", area.id,
                     finding_message("not-applicable-expected",
                                     {area.title, profile_title, mark->second}),
                     "document"});
        } else if (any_content) {
            coverage.state = kCovered;
        } else if (!matched.empty()) {
            coverage.state = kEmpty;
            report.findings.push_back(
                {"area-empty", "warning", area.id,
                 finding_message("area-empty", {coverage.headings.front(), area.title}),
                 coverage.location});
        } else {
            const bool expected = profile_area.expectation == Expectation::Expected;
            report.findings.push_back(
                {"area-missing", expected ? "error" : "warning", area.id,
                 finding_message("area-missing",
                                 {area.title,
                                  message(expected ? "core.expectation-expected"
                                                   : "core.expectation-recommended"),
                                  profile_title}),
                 "document"});
        }
        report.areas.push_back(std::move(coverage));
    }

    // Possible matches, for the profile's areas that nothing covers or marks.
    const auto missing = [&](const std::string& id, const Heading& h) -> AreaCoverage* {
        const auto area = std::find_if(report.areas.begin(), report.areas.end(),
                                       [&](const AreaCoverage& a) { return a.area_id == id; });
        if (area == report.areas.end() || area->state != kMissing)
            return nullptr;
        if (std::find(area->possible_headings.begin(), area->possible_headings.end(), text_of(h)) ==
            area->possible_headings.end())
            area->possible_headings.push_back(text_of(h));
        return &*area;
    };
    for (const auto& h : headings) {
        for (const auto& id : h.match.possible)
            if (const auto* area = missing(id, h))
                report.findings.push_back(
                    {"possible-match", "info", id,
                     finding_message("possible-match", {text_of(h), area->title}),
                     heading_location(h.number)});
        for (const auto& a : h.text_possible)
            if (const auto* area = missing(a.id, h))
                report.findings.push_back(
                    {"possible-match", "info", a.id,
                     finding_message("possible-match-text",
                                     {text_of(h), area->title, quoted_list(a.words)}),
                     heading_location(h.number)});
    }
    find_candidate_headings(outline, headings.size(), report.findings);
    return report;
}

std::vector<HeadingCoverage> heading_coverage(const HeadingMatcher& matcher, const Outline& outline)
{
    std::vector<HeadingCoverage> out;
    for (const auto& h : read_headings(outline, matcher)) {
        HeadingCoverage c{outline.paragraphs[h.paragraph].text, h.match.covered, h.match.possible};
        for (const auto& a : h.text_covered)
            c.covered.push_back(a.id);
        for (const auto& a : h.text_possible)
            c.possible.push_back(a.id);
        out.push_back(std::move(c));
    }
    return out;
}

SectionInsertion plan_section_insertion(const Catalogue& catalogue, const HeadingMatcher& matcher,
                                        const Outline& outline, const std::string& area_id)
{
    const auto& areas = catalogue.areas();
    const auto order_of = [&](const std::string& id) {
        return static_cast<std::size_t>(
            std::find_if(areas.begin(), areas.end(), [&](const Area& a) { return a.id == id; }) -
            areas.begin());
    };
    const std::size_t target = order_of(area_id);
    const auto headings = read_headings(outline, matcher);
    const Heading* before = nullptr;  // last heading of an earlier area
    const Heading* after = nullptr;   // first heading of a later area
    for (const auto& h : headings) {
        std::vector<std::string> ids = h.match.covered;
        for (const auto& a : h.text_covered)
            ids.push_back(a.id);
        for (const auto& id : ids) {
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

std::string first_page(const Outline& outline)
{
    constexpr std::size_t kPageCharacters = 800;
    constexpr std::size_t kPageParagraphs = 15;
    std::string page;
    std::size_t taken = 0;
    for (const auto& p : outline.paragraphs) {
        if (page.size() >= kPageCharacters || taken >= kPageParagraphs)
            break;
        if (p.text.empty() || is_placeholder(p.text))
            continue;
        page += p.text;
        page += '\n';
        ++taken;
    }
    return page;
}

ProfileChoice choose_profile(const Catalogue& catalogue, const Outline& outline,
                             const std::optional<std::string>& stored)
{
    if (stored && catalogue.has_profile(*stored))
        return {*stored, false, {}};
    const auto page = heading_tokens(first_page(outline), {false, true, true});
    // Signals compare as written (case and accents folded, not stemmed or read as synonyms:
    // "pupils" is a school's word even though a heading reads it as "students").
    const auto has = [&](const std::vector<HeadingWord>& signal) {
        for (std::size_t i = 0; i + signal.size() <= page.size(); ++i)
            if (std::equal(
                    signal.begin(), signal.end(), page.begin() + static_cast<std::ptrdiff_t>(i),
                    [](const HeadingWord& a, const HeadingWord& b) { return a.plain == b.plain; }))
                return true;
        return false;
    };
    // The profile whose signals the page holds most of; the catalogue's order breaks a tie
    // ("University College": higher education before further education).
    ProfileChoice best{catalogue.profiles().front().id, true, {}};
    for (const auto& profile : catalogue.profiles()) {
        std::vector<std::string> found;
        for (const auto& signal : profile.signals) {
            const auto words = heading_tokens(signal, {false, true, true});
            if (!words.empty() && has(words))
                found.push_back(signal);
        }
        if (found.size() > best.words.size())
            best = {profile.id, true, std::move(found)};
    }
    return best;
}

std::optional<Finding> profile_finding(const Catalogue& catalogue, const ProfileChoice& choice)
{
    if (!choice.inferred)
        return std::nullopt;
    const auto profile = std::find_if(catalogue.profiles().begin(), catalogue.profiles().end(),
                                      [&](const Profile& p) { return p.id == choice.profile; });
    const std::string title =
        profile == catalogue.profiles().end() ? choice.profile : profile->title;
    if (choice.words.empty())
        return Finding{"profile-inferred", "info", "", finding_message("profile-default", {title}),
                       "document"};
    return Finding{"profile-inferred", "info", "",
                   finding_message("profile-inferred", {title, quoted_list(choice.words)}),
                   "document"};
}

void CoverageMarks::add_property(const std::string& name, const std::string& value)
{
    const auto starts = [&](const char* prefix) {
        return name.rfind(prefix, 0) == 0 && name.size() > std::strlen(prefix);
    };
    if (starts(kNotApplicablePrefix))
        not_applicable[name.substr(std::strlen(kNotApplicablePrefix))] = value;
    else if (starts(kCoveredByPrefix))
        covered_by[name.substr(std::strlen(kCoveredByPrefix))] = value;
    else if (starts(kReviewedPrefix))
        reviewed[name.substr(std::strlen(kReviewedPrefix))] = value;
}

std::string not_applicable_property(const std::string& area) { return kNotApplicablePrefix + area; }
std::string covered_by_property(const std::string& area) { return kCoveredByPrefix + area; }

}  // namespace prevent::core
