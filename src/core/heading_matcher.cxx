#include "heading_matcher.hxx"

#include <mutex>
#include <unordered_map>

#include "heading_words.hxx"

#include <algorithm>
#include <array>
#include <map>

namespace prevent::core {

namespace {

// Words that any section of an assessment may carry: they neither make a match nor spoil one.
constexpr std::array<std::string_view, 30> kGenericWords = {
    "policy",    "procedure", "arrangement", "management", "approach",  "provision", "process",   "framework",
    "guidance",  "overview",  "statement",   "strategy",   "facility",  "university", "college",  "school",
    "institution", "provider", "academy",    "general",    "key",       "area",      "prevent",   "duty",
    "risk",      "assessment", "plan",       "action",     "review",    "summary"};

// Ordinary words that happen to belong to one area's terms: alone they only suggest that area
// ("IT support" is not about welfare, "Governance structure" not about partnership).
constexpr std::array<std::string_view, 44> kCommonWords = {
    "safety",   "staff",     "student",  "learner",       "use",       "level",     "body",    "party",
    "practice", "code",      "return",   "space",         "data",      "working",   "campus",  "annual",
    "building", "care",      "case",     "contact",       "critical",  "effective", "point",   "single",
    "senior",   "information", "material", "organisation", "picture",  "profile",   "raising", "related",
    "serious",  "structure", "support",  "thinking",      "understanding", "third", "governor", "regulation",
    "agreement", "counter",  "fundamental", "planning"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, const std::string& word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_generic(const std::string& word) { return one_of(kGenericWords, word); }

bool strict_subset(const std::set<std::string>& a, const std::set<std::string>& b)
{
    return a.size() < b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
}

}  // namespace

HeadingMatcher::HeadingMatcher(const Catalogue& catalogue) : memo_(std::make_shared<Memo>())
{
    std::map<std::string, std::set<std::size_t>> word_areas;
    for (const auto& area : catalogue.areas()) {
        const std::size_t index = areas_.size();
        areas_.push_back(area.id);
        std::vector<std::string> texts = area.synonyms;
        texts.push_back(area.title);
        for (const auto& text : texts) {
            const auto words = heading_words(text);
            if (words.empty())
                continue;
            Term term{index, std::set<std::string>(words.begin(), words.end()), true};
            for (const auto& w : term.words) {
                if (!is_generic(w)) {
                    term.generic = false;
                    word_areas[w].insert(index);
                }
            }
            terms_.push_back(std::move(term));
        }
    }
    word_areas_.assign(word_areas.begin(), word_areas.end());
}

const std::set<std::size_t>* HeadingMatcher::areas_of_word(const std::string& word) const
{
    const auto it = std::lower_bound(word_areas_.begin(), word_areas_.end(), word,
                                     [](const auto& entry, const std::string& w) { return entry.first < w; });
    return it != word_areas_.end() && it->first == word ? &it->second : nullptr;
}

struct HeadingMatcher::Memo {
    static constexpr std::size_t kLimit = 4096;
    std::mutex mutex;
    std::unordered_map<std::string, HeadingMatch> results;
};

HeadingMatch HeadingMatcher::match(std::string_view heading) const
{
    if (!memo_)
        return match_uncached(heading);
    const std::string key(heading);
    {
        std::lock_guard<std::mutex> lock(memo_->mutex);
        if (const auto it = memo_->results.find(key); it != memo_->results.end())
            return it->second;
    }
    HeadingMatch result = match_uncached(heading);
    std::lock_guard<std::mutex> lock(memo_->mutex);
    if (memo_->results.size() >= Memo::kLimit)
        memo_->results.clear();  // a simple bound: rebuilt from the headings in use
    memo_->results.emplace(key, result);
    return result;
}

HeadingMatch HeadingMatcher::match_uncached(std::string_view heading) const
{
    const auto all_words = heading_words(heading);
    const std::set<std::string> words(all_words.begin(), all_words.end());
    std::set<std::string> content;  // the words that say what the heading is about
    for (const auto& w : words)
        if (!is_generic(w))
            content.insert(w);

    // 1. Terms whose words all stand in the heading.
    std::vector<const Term*> full;
    for (const auto& term : terms_)
        if (std::includes(words.begin(), words.end(), term.words.begin(), term.words.end()))
            full.push_back(&term);
    // A term inside a longer matched term of another area gives way ("Safeguarding" in
    // "Safeguarding policy"); so does a generic term ("Policies") when a specific one matched.
    const bool any_specific = std::any_of(full.begin(), full.end(), [](const Term* t) { return !t->generic; });
    std::vector<const Term*> kept;
    for (const Term* t : full) {
        const bool inside = std::any_of(full.begin(), full.end(), [&](const Term* other) {
            return other->area != t->area && strict_subset(t->words, other->words);
        });
        if (!inside && !(t->generic && any_specific))
            kept.push_back(t);
    }

    std::set<std::size_t> strong;
    std::set<std::string> explained;
    for (const Term* t : kept) {
        strong.insert(t->area);
        for (const auto& w : t->words)
            if (content.count(w))
                explained.insert(w);
    }
    std::set<std::string> unexplained;
    for (const auto& w : content)
        if (!explained.count(w))
            unexplained.insert(w);

    // 2. A word left over that belongs to one area only names that area ("prayer").
    std::set<std::size_t> suggested;
    bool every_word_known = true;
    for (auto it = unexplained.begin(); it != unexplained.end();) {
        const auto* areas = areas_of_word(*it);
        if (areas && areas->size() == 1 && !one_of(kCommonWords, *it)) {
            strong.insert(*areas->begin());
            explained.insert(*it);
            it = unexplained.erase(it);
            continue;
        }
        if (areas)
            suggested.insert(areas->begin(), areas->end());
        else
            every_word_known = false;
        ++it;
    }

    HeadingMatch result;
    const auto in_catalogue_order = [&](const std::set<std::size_t>& indexes) {
        std::vector<std::string> ids;
        for (const std::size_t i : indexes)  // indexes follow the catalogue's order
            ids.push_back(areas_[i]);
        return ids;
    };

    // 3. The heading must be about what matched: nothing left over, or at least two words
    //    explained and one left ("Staff training and development"). Otherwise the match is
    //    incidental ("IT equipment loans", "Welfare facilities: toilets and drinking water").
    //    Ordinary words the catalogue knows ("IT support") neither explain nor spoil.
    if (!strong.empty()) {
        std::size_t spoiling = 0;
        for (const auto& w : unexplained)
            spoiling += (areas_of_word(w) && one_of(kCommonWords, w)) ? 0 : 1;
        if (spoiling == 0 || (explained.size() >= 2 && spoiling <= 1))
            result.covered = in_catalogue_order(strong);
        return result;
    }
    // 4. Only words several areas share ("Security", "Monitoring"): possible matches.
    if (every_word_known && !suggested.empty())
        result.possible = in_catalogue_order(suggested);
    return result;
}

}  // namespace prevent::core
