#include "catalogue.hxx"

#include "messages.hxx"
#include "plan_columns.hxx"

#include "risk_columns.hxx"

#include <algorithm>
#include <set>

namespace prevent::core {

namespace {

const std::string& title_in_language(const std::map<std::string, std::string>& titles,
                                     const std::string& fallback, std::string_view language)
{
    if (const auto it = titles.find(std::string(language)); it != titles.end())
        return it->second;
    const auto bare = language.substr(0, language.find_first_of("-_"));
    for (const auto& [tag, title] : titles)
        if (tag.substr(0, tag.find_first_of("-_")) == bare)
            return title;
    return fallback;
}

}  // namespace

const std::string& Profile::title_in(std::string_view language) const
{
    return title_in_language(titles_by_language, title, language);
}

const std::string& Area::title_in(std::string_view language) const
{
    return title_in_language(titles_by_language, title, language);
}

namespace {

// Ids appear in document properties and in the CLI's output: keep them to a safe alphabet.
bool is_valid_id(std::string_view id)
{
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool contains(const std::vector<std::string>& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string join(const std::vector<std::string>& items, std::string_view separator)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

template <typename T>
void sort_by_order(std::vector<T>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
}

void check_profiles(const std::vector<Profile>& profiles, std::vector<std::string>& problems)
{
    if (profiles.empty())
        problems.push_back(message("core.catalogue-no-profile"));
    std::set<std::string_view> seen;
    for (const auto& p : profiles) {
        if (!is_valid_id(p.id))
            problems.push_back(message("core.catalogue-profile-id-invalid", {p.id}));
        if (!seen.insert(p.id).second)
            problems.push_back(message("core.catalogue-profile-twice", {p.id}));
        if (p.title.empty())
            problems.push_back(message("core.catalogue-profile-no-title", {p.id}));
    }
}

void check_areas(const std::vector<Area>& areas, const std::vector<Profile>& profiles,
                 std::vector<std::string>& problems)
{
    if (areas.empty())
        problems.push_back(message("core.catalogue-no-area"));
    std::set<std::string_view> known;
    for (const auto& p : profiles)
        known.insert(p.id);
    std::set<std::string_view> seen;
    for (const auto& a : areas) {
        if (!is_valid_id(a.id))
            problems.push_back(message("core.catalogue-area-id-invalid", {a.id}));
        if (!seen.insert(a.id).second)
            problems.push_back(message("core.catalogue-area-twice", {a.id}));
        if (a.title.empty())
            problems.push_back(message("core.catalogue-area-no-title", {a.id}));
        if (a.expected_in.empty() && a.recommended_in.empty())
            problems.push_back(message("core.catalogue-area-in-no-profile", {a.id}));
        for (const auto* list : {&a.expected_in, &a.recommended_in})
            for (const auto& p : *list)
                if (!known.count(p))
                    problems.push_back(message("core.catalogue-area-unknown-profile", {a.id, p}));
        for (const auto& p : a.expected_in)
            if (contains(a.recommended_in, p))
                problems.push_back(
                    message("core.catalogue-area-expected-and-recommended", {a.id, p}));
        for (const auto& s : a.synonyms)
            if (s.empty())
                problems.push_back(message("core.catalogue-area-empty-synonym", {a.id}));
    }
    for (const auto& p : profiles) {
        const bool used = std::any_of(areas.begin(), areas.end(), [&](const Area& a) {
            return a.expectation_in(p.id).has_value();
        });
        if (!used)
            problems.push_back(message("core.catalogue-profile-no-area", {p.id}));
    }
}

void check_rating(const RatingScale& rating, std::vector<std::string>& problems)
{
    struct Scale {
        const char* count_key;     // the scale has the wrong number of labels
        const char* no_label_key;  // a step of it has none
        const std::vector<std::string>* labels;
    };
    for (const auto& scale :
         {Scale{"core.catalogue-likelihood-labels", "core.catalogue-likelihood-no-label",
                &rating.likelihood_labels},
          Scale{"core.catalogue-impact-labels", "core.catalogue-impact-no-label",
                &rating.impact_labels}}) {
        const auto& labels = *scale.labels;
        if (labels.size() != kScaleSteps) {
            problems.push_back(message(
                scale.count_key, {std::to_string(labels.size()), std::to_string(kScaleSteps)}));
            continue;
        }
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i].empty())
                problems.push_back(message(scale.no_label_key, {std::to_string(i + 1)}));
    }
    if (rating.bands.empty())
        problems.push_back(message("core.catalogue-no-band"));
    std::set<std::string_view> seen;
    for (const auto& b : rating.bands) {
        if (!is_valid_id(b.id))
            problems.push_back(message("core.catalogue-band-id-invalid", {b.id}));
        if (!seen.insert(b.id).second)
            problems.push_back(message("core.catalogue-band-twice", {b.id}));
        if (b.title.empty())
            problems.push_back(message("core.catalogue-band-no-title", {b.id}));
        if (b.minimum < 1 || b.maximum > kScaleSteps * kScaleSteps || b.minimum > b.maximum)
            problems.push_back(
                message("core.catalogue-band-range",
                        {b.id, std::to_string(b.minimum), std::to_string(b.maximum)}));
        if (b.colour > 0xFFFFFF)
            problems.push_back(message("core.catalogue-band-colour", {b.id}));
    }
    // Every score a risk can get (a product of two factors 1..5) must fall in exactly one band.
    for (int l = 1; l <= kScaleSteps; ++l) {
        for (int i = l; i <= kScaleSteps; ++i) {
            const int score = l * i;
            const auto holding = std::count_if(
                rating.bands.begin(), rating.bands.end(),
                [&](const RiskBand& b) { return b.minimum <= score && score <= b.maximum; });
            if (holding == 0)
                problems.push_back(
                    message("core.catalogue-score-in-no-band", {std::to_string(score)}));
            else if (holding > 1)
                problems.push_back(
                    message("core.catalogue-score-in-several-bands", {std::to_string(score)}));
        }
    }
}

// Each style's titles must read back as a risk table of that style, or the toolkit could not
// find the tables it inserts.
void check_table_styles(const RiskTableStyles& styles, std::vector<std::string>& problems)
{
    // The plan's titles must read back column for column, or the toolkit could not adopt its own
    // sheet.
    if (!styles.action_plan.empty()) {
        const auto header = read_plan_header(styles.action_plan);
        bool in_order =
            header && styles.action_plan.size() == static_cast<std::size_t>(kPlanColumnCount);
        for (int c = 0; in_order && c < kPlanColumnCount; ++c)
            in_order = header->columns[static_cast<std::size_t>(c)] == static_cast<PlanColumn>(c);
        if (!in_order)
            problems.push_back(message("core.catalogue-plan-columns"));
    }
    // Each style with its name in the messages.
    for (const auto& [style, style_key] :
         {std::pair{"scored", "core.catalogue-style-scored"},
          std::pair{"rag", "core.catalogue-style-rag"},
          std::pair{"narrative", "core.catalogue-style-narrative"}}) {
        const auto& titles = *styles.columns(style);
        if (titles.empty())
            continue;  // not configured: the toolkit offers no such table
        std::vector<HeaderCell> row;
        for (std::size_t c = 0; c < titles.size(); ++c)
            row.push_back({titles[c], static_cast<int>(c), 1});
        const auto header = read_risk_header({row}, static_cast<int>(titles.size()));
        const std::string style_name = message(style_key);
        if (!header)
            problems.push_back(message("core.catalogue-style-unrecognised", {style_name}));
        else if ((std::string(style) == "scored") != header->scored())
            problems.push_back(message(header->scored() ? "core.catalogue-style-has-rating"
                                                        : "core.catalogue-style-lacks-rating",
                                       {style_name}));
    }
}

// A score reached by several factor pairs would be reported once per pair: keep the first.
std::vector<std::string> unique_in_order(std::vector<std::string> items)
{
    std::vector<std::string> out;
    for (auto& item : items)
        if (!contains(out, item))
            out.push_back(std::move(item));
    return out;
}

}  // namespace

std::string_view expectation_name(Expectation e)
{
    return e == Expectation::Expected ? "expected" : "recommended";
}

std::vector<std::string> Area::prompts_for(std::string_view profile) const
{
    std::vector<std::string> out;
    for (const auto& prompt : prompts) {
        const auto open = prompt.rfind(" [");
        if (open == std::string::npos || prompt.back() != ']') {
            out.push_back(prompt);
            continue;
        }
        // "… [he, fe]": the profile among the comma-separated ids?
        const std::string ids = prompt.substr(open + 2, prompt.size() - open - 3);
        bool listed = false;
        std::size_t from = 0;
        while (from <= ids.size()) {
            auto to = ids.find(',', from);
            if (to == std::string::npos)
                to = ids.size();
            auto id = ids.substr(from, to - from);
            id.erase(0, id.find_first_not_of(' '));
            id.erase(id.find_last_not_of(' ') + 1);
            listed = listed || id == profile;
            from = to + 1;
        }
        if (listed)
            out.push_back(prompt.substr(0, open));
    }
    return out;
}

std::optional<Expectation> Area::expectation_in(std::string_view profile) const
{
    if (contains(expected_in, profile))
        return Expectation::Expected;
    if (contains(recommended_in, profile))
        return Expectation::Recommended;
    return std::nullopt;
}

const RiskBand* RatingScale::band_for_score(int score) const
{
    for (const auto& b : bands)
        if (b.minimum <= score && score <= b.maximum)
            return &b;
    return nullptr;
}

CatalogueError::CatalogueError(std::vector<std::string> problems)
    : std::runtime_error(message("core.catalogue-invalid", {join(problems, "\n  ")})),
      problems_(std::move(problems))
{
}

UnknownProfile::UnknownProfile(std::string_view profile, const std::vector<std::string>& known)
    : std::invalid_argument(
          message("core.catalogue-unknown-profile", {std::string(profile), join(known, ", ")}))
{
}

const std::vector<std::string>* RiskTableStyles::columns(std::string_view style) const
{
    if (style == "scored")
        return &scored;
    if (style == "rag")
        return &rag;
    if (style == "narrative")
        return &narrative;
    return nullptr;
}

Catalogue::Catalogue(std::vector<Profile> profiles, std::vector<Area> areas, RatingScale rating,
                     RiskTableStyles table_styles)
    : profiles_(std::move(profiles)),
      areas_(std::move(areas)),
      rating_(std::move(rating)),
      table_styles_(std::move(table_styles))
{
    sort_by_order(profiles_);
    sort_by_order(areas_);
    sort_by_order(rating_.bands);
    std::vector<std::string> problems;
    check_profiles(profiles_, problems);
    check_areas(areas_, profiles_, problems);
    check_rating(rating_, problems);
    check_table_styles(table_styles_, problems);
    if (!problems.empty())
        throw CatalogueError(unique_in_order(std::move(problems)));
}

std::vector<std::string> Catalogue::profile_ids() const
{
    std::vector<std::string> ids;
    ids.reserve(profiles_.size());
    for (const auto& p : profiles_)
        ids.push_back(p.id);
    return ids;
}

bool Catalogue::has_profile(std::string_view id) const
{
    return std::any_of(profiles_.begin(), profiles_.end(),
                       [&](const Profile& p) { return p.id == id; });
}

const Area* Catalogue::find_area(std::string_view id) const
{
    const auto it =
        std::find_if(areas_.begin(), areas_.end(), [&](const Area& a) { return a.id == id; });
    return it == areas_.end() ? nullptr : &*it;
}

std::vector<ProfileArea> Catalogue::areas_for(std::string_view profile) const
{
    if (!has_profile(profile))
        throw UnknownProfile(profile, profile_ids());
    std::vector<ProfileArea> out;
    for (const auto& a : areas_)
        if (const auto e = a.expectation_in(profile))
            out.push_back({&a, *e});
    return out;
}

}  // namespace prevent::core
