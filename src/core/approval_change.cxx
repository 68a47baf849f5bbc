#include "approval_change.hxx"

#include "approval_messages.hxx"
#include "document_strings.hxx"
#include "percent_escape.hxx"

#include <algorithm>
#include <cctype>
#include <set>

namespace prevent::core {

namespace {

std::vector<std::string> split(const std::string& s, char separator)
{
    std::vector<std::string> parts;
    if (s.empty())
        return parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = s.find(separator, start);
        parts.push_back(
            s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

int number(const std::string& s)
{
    int n = 0;
    for (const char c : s) {
        if (c < '0' || c > '9' || n > 100000)
            return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// The band's place in the scale (its order), or nullopt when the scale has no such band.
std::optional<int> rank(const RatingScale& scale, const std::string& band)
{
    for (const auto& b : scale.bands)
        if (b.id == band)
            return b.order;
    return std::nullopt;
}

std::string band_words(const RatingScale& scale, const std::string& band)
{
    for (const auto& b : scale.bands)
        if (b.id == band)
            return lower(b.title);
    return band.empty() ? lower(change_words("no-band")) : band;
}

std::string section_words(const std::string& key)
{
    return key.empty() ? document_words("section-before-first-heading")
                       : change_words("quoted", {key});
}

}  // namespace

std::vector<RecordedRisk> record_risks(const std::vector<RiskRow>& risks, const RatingScale& scale)
{
    std::vector<RecordedRisk> out;
    for (const auto& r : risks) {
        RecordedRisk recorded{r.ref, r.inherent_score, r.residual_score, ""};
        if (r.residual_score > 0) {
            if (const auto* band = scale.band_for_score(r.residual_score))
                recorded.band = band->id;
        } else if (!r.rag.empty()) {
            for (const auto& b : scale.bands)
                if (lower(b.id) == lower(r.rag) || lower(b.title) == lower(r.rag))
                    recorded.band = b.id;
        }
        out.push_back(std::move(recorded));
    }
    return out;
}

std::string encode_risks(const std::vector<RecordedRisk>& risks)
{
    std::string out;
    for (const auto& r : risks) {
        if (!out.empty())
            out += ';';
        out += percent_escaped(r.ref, ",;") + ',' + std::to_string(r.inherent) + ',' +
               std::to_string(r.residual) + ',' + percent_escaped(r.band, ",;");
    }
    return out;
}

std::vector<RecordedRisk> decode_risks(const std::string& encoded)
{
    std::vector<RecordedRisk> risks;
    for (const auto& entry : split(encoded, ';')) {
        const auto fields = split(entry, ',');
        if (fields.size() != 4)
            continue;  // not written by the toolkit: left out rather than guessed
        risks.push_back({percent_unescaped(fields[0]), number(fields[1]), number(fields[2]),
                         percent_unescaped(fields[3])});
    }
    return risks;
}

std::string encode_area_states(const std::map<std::string, std::string>& states)
{
    std::string out;
    for (const auto& [id, state] : states) {
        if (!out.empty())
            out += ';';
        out += percent_escaped(id, "=;") + '=' + percent_escaped(state, "=;");
    }
    return out;
}

std::map<std::string, std::string> decode_area_states(const std::string& encoded)
{
    std::map<std::string, std::string> states;
    for (const auto& entry : split(encoded, ';')) {
        const auto eq = entry.find('=');
        if (eq != std::string::npos)
            states[percent_unescaped(entry.substr(0, eq))] =
                percent_unescaped(entry.substr(eq + 1));
    }
    return states;
}

ChangeAssessment assess_change(const Approval& approval, const ChangeInputs& in,
                               const RatingScale& scale,
                               const std::map<std::string, std::string>& area_titles)
{
    ChangeAssessment out;
    out.risks_recorded = in.risks_then.has_value();
    if (in.digest_now == approval.digest) {
        out.level = "none";
        return out;
    }
    std::vector<std::string> significant, minor;

    // Risks: by ref, in the order they stand now, then the removed ones.
    if (in.assessment && in.risks_then) {
        std::map<std::string, RecordedRisk> then;
        for (const auto& r : *in.risks_then)
            then.emplace(r.ref, r);
        std::set<std::string> seen;
        for (const auto& now : in.risks_now) {
            if (!seen.insert(now.ref).second)
                continue;
            const auto before = then.find(now.ref);
            if (before == then.end()) {
                out.movements.push_back({now.ref, "added", std::nullopt, now});
                significant.push_back(change_reason("risk-added", {now.ref}));
                continue;
            }
            const auto was = rank(scale, before->second.band), is = rank(scale, now.band);
            if (before->second.band != now.band) {
                const bool up = was && is ? *is > *was : false;
                out.movements.push_back({now.ref, up ? "up" : "down", before->second, now});
                significant.push_back(change_reason(
                    up ? "risk-up" : "risk-down", {now.ref, band_words(scale, before->second.band),
                                                   band_words(scale, now.band)}));
            } else if (before->second.inherent != now.inherent ||
                       before->second.residual != now.residual) {
                minor.push_back(change_reason("risk-rescored",
                                              {now.ref, std::to_string(before->second.residual),
                                               std::to_string(now.residual)}));
            }
        }
        for (const auto& r : *in.risks_then) {
            if (seen.count(r.ref))
                continue;
            seen.insert(r.ref);
            out.movements.push_back({r.ref, "removed", r, std::nullopt});
            significant.push_back(change_reason("risk-removed", {r.ref}));
        }
    } else if (in.assessment) {
        minor.push_back(change_reason("no-risk-record", {}));
    }

    // Areas whose state is not what it was.
    if (in.assessment && in.areas_then) {
        for (const auto& [id, state] : in.areas_now) {
            const auto before = in.areas_then->find(id);
            if (before == in.areas_then->end() || before->second == state)
                continue;
            const auto title = area_titles.find(id);
            significant.push_back(
                change_reason("area-state", {title == area_titles.end() ? id : title->second,
                                             change_words(before->second), change_words(state)}));
        }
    }

    // Sections added or deleted are significant; a changed one is wording.
    std::map<std::string, std::string> then_sections;
    for (const auto& s : approval.sections)
        then_sections.emplace(s.key, s.digest);
    std::set<std::string> now_keys;
    for (const auto& s : in.sections_now) {
        now_keys.insert(s.key);
        const auto before = then_sections.find(s.key);
        if (approval.sections.empty())
            continue;  // no section digests recorded: nothing to compare by section
        if (before == then_sections.end())
            significant.push_back(change_reason("section-added", {section_words(s.key)}));
        else if (before->second != s.digest)
            minor.push_back(change_reason("section-changed", {section_words(s.key)}));
    }
    for (const auto& s : approval.sections)
        if (!now_keys.count(s.key))
            significant.push_back(change_reason("section-deleted", {section_words(s.key)}));

    out.level = significant.empty() ? "minor" : "significant";
    out.reasons = std::move(significant);
    out.reasons.insert(out.reasons.end(), minor.begin(), minor.end());
    return out;
}

ChangeAssessment assess_change(const std::vector<Approval>& history, const ChangeInputs& inputs,
                               const RatingScale& scale,
                               const std::map<std::string, std::string>& area_titles)
{
    if (!history.empty())
        return assess_change(history.back(), inputs, scale, area_titles);
    ChangeAssessment out;
    out.level = "significant";
    out.reasons = {change_reason("not-approved", {})};
    return out;
}

}  // namespace prevent::core
