#include "heading_matcher.hxx"

#include "heading_words.hxx"
#include "matching_words.hxx"
#include "messages.hxx"

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace prevent::core {

namespace {

// Neither makes a match nor spoils one.
bool is_neutral(const std::string& word, const NameWords& names)
{
    return is_sentence_word(word) || is_topic_word(word) || names.count(word) > 0;
}

bool strict_subset(const std::set<std::string>& a, const std::set<std::string>& b)
{
    return a.size() < b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
}

bool is_number(const std::string& w)
{
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A term's words stand near each other in the heading: a long sentence's words far apart make no
// term ("staff understand how to report … risk" is no "understanding the risk"). Only words that
// say something count as between ("Governors have had Prevent training" is governor training).
bool near_each_other(const std::vector<HeadingWord>& tokens,
                     const std::set<std::string>& term_words, const std::set<std::string>& content)
{
    constexpr std::size_t kTermSlack = 2;  // saying words a term's words may have between them
    if (term_words.size() < 2)
        return true;
    for (std::size_t start = 0; start < tokens.size(); ++start) {
        if (!term_words.count(tokens[start].word))
            continue;
        std::set<std::string> seen;
        std::size_t between = 0;
        for (std::size_t i = start; i < tokens.size() && between <= kTermSlack; ++i) {
            if (term_words.count(tokens[i].word))
                seen.insert(tokens[i].word);
            else if (content.count(tokens[i].word))
                ++between;
            if (seen.size() == term_words.size())
                return true;
        }
    }
    return false;
}

// The words name the duty itself: "Prevent" (not "prevention"), radicalisation, extremism…
bool speaks_of_prevent(const std::vector<HeadingWord>& tokens)
{
    return std::any_of(tokens.begin(), tokens.end(), [](const HeadingWord& t) {
        return t.plain == "prevent" || is_topic_word(t.word);
    });
}

using NamedBy =
    std::map<std::size_t, std::set<std::string>>;  // area -> the heading's words naming it

// One word naming an area right before another area's word is a modifier, not a second subject:
// "Safeguarding training plan" is about training, "Safeguarding concern reporting flowchart"
// about concerns ("Safeguarding and training" names both). Welsh puts the modifier after the
// noun: "Hyfforddiant diogelu" is about training.
void drop_modifiers(const std::vector<HeadingWord>& tokens, std::set<std::size_t>& strong,
                    NamedBy& named_by, bool welsh)
{
    for (auto it = strong.begin(); it != strong.end();) {
        const auto& own = named_by[*it];
        bool modifier = false;
        for (std::size_t i = 0; own.size() == 1 && i + 1 < tokens.size() && !modifier; ++i) {
            const HeadingWord& mine = welsh ? tokens[i + 1] : tokens[i];
            const HeadingWord& head = welsh ? tokens[i] : tokens[i + 1];
            if (mine.word != *own.begin() || !directly_before(tokens[i], tokens[i + 1]))
                continue;
            for (const std::size_t other : strong)
                modifier = modifier || (other != *it && named_by[other].count(head.word) > 0);
        }
        it = modifier ? strong.erase(it) : std::next(it);
    }
}

// A long sentence on the duty names many things in passing: only the area it says most about
// counts ("… ownership of radicalisation concerns and oversight of the Prevent agenda").
void keep_the_most_named(std::set<std::size_t>& strong, NamedBy& named_by)
{
    std::size_t most = 0;
    for (const std::size_t a : strong)
        most = std::max(most, named_by[a].size());
    for (auto it = strong.begin(); it != strong.end();)
        it = named_by[*it].size() < most ? strong.erase(it) : std::next(it);
}

using WordIndex = std::vector<std::pair<std::string, std::set<std::size_t>>>;

const std::set<std::size_t>* areas_in(const WordIndex& index, const std::string& word)
{
    const auto it =
        std::lower_bound(index.begin(), index.end(), word,
                         [](const auto& entry, const std::string& w) { return entry.first < w; });
    return it != index.end() && it->first == word ? &it->second : nullptr;
}

bool is_welsh_tag(const std::string& language) { return message_language_for(language) == "cy"; }

// The area's terms and keywords by language; a catalogue built in code has them in English only.
std::map<std::string, std::vector<std::string>> terms_of(const Area& area)
{
    if (!area.terms_by_language.empty())
        return area.terms_by_language;
    std::vector<std::string> texts = area.synonyms;
    texts.push_back(area.title);
    return {{"", texts}};
}

std::map<std::string, std::vector<std::string>> keywords_of(const Area& area)
{
    if (!area.keywords_by_language.empty())
        return area.keywords_by_language;
    return {{"", area.keywords}};
}

}  // namespace

HeadingMatcher::HeadingMatcher(const Catalogue& catalogue) : memo_(std::make_shared<Memo>())
{
    // The Welsh lexicon first: the word lists' forms are its canonical ones, then every Welsh
    // word of the catalogue; only then can a Welsh term be read.
    bool any_welsh = false;
    for (const auto& area : catalogue.areas()) {
        for (const auto& [language, texts] : terms_of(area))
            if (is_welsh_tag(language))
                any_welsh = true;
    }
    if (any_welsh) {
        add_welsh_word_lists(welsh_);
        for (const auto& area : catalogue.areas()) {
            for (const auto& group : {terms_of(area), keywords_of(area)})
                for (const auto& [language, texts] : group)
                    if (is_welsh_tag(language))
                        for (const auto& text : texts)
                            welsh_.add(text);
        }
    }
    const auto words_of = [&](const std::string& language, const std::string& text) {
        if (!is_welsh_tag(language))
            return heading_words(text);
        std::vector<std::string> words;
        for (const auto& w : welsh_tokens(text, welsh_))
            words.push_back(w.word.word);
        return words;
    };

    std::map<std::string, std::set<std::size_t>> word_areas, keyword_areas;
    for (const auto& area : catalogue.areas()) {
        const std::size_t index = areas_.size();
        areas_.push_back(area.id);
        for (const auto& [language, texts] : terms_of(area)) {
            for (const auto& text : texts) {
                const auto words = words_of(language, text);
                if (words.empty())
                    continue;
                if (!is_welsh_tag(language))
                    english_words_.insert(words.begin(), words.end());
                Term term{index, std::set<std::string>(words.begin(), words.end()), true};
                for (const auto& w : term.words) {
                    if (!is_generic_word(w)) {
                        term.generic = false;
                        word_areas[w].insert(index);
                    }
                }
                terms_.push_back(std::move(term));
            }
        }
        for (const auto& [language, keywords] : keywords_of(area)) {
            for (const auto& keyword : keywords) {
                const auto words = words_of(language, keyword);
                if (!is_welsh_tag(language))
                    english_words_.insert(words.begin(), words.end());
                for (const auto& w : words)
                    keyword_areas[w].insert(index);
            }
        }
    }
    word_areas_.assign(word_areas.begin(), word_areas.end());
    keyword_areas_.assign(keyword_areas.begin(), keyword_areas.end());
}

bool HeadingMatcher::english_word(const std::string& word) const
{
    return is_english_list_word(word) || english_words_.count(word) > 0;
}

HeadingMatcher::Reading HeadingMatcher::read(std::string_view text, const WordOptions& options,
                                             bool heading, bool marked_welsh) const
{
    Reading reading{heading_tokens(text, options), false};
    if (welsh_.empty())
        return reading;
    // Is any of it Welsh? A Welsh stop word English does not use ("yn", "gyda", "a'r"), or, in a
    // heading, a word the Welsh lexicon knows and English does not ("Lles", "Hyfforddiant").
    // Body text is told by its stop words alone: Welsh prose always has them, and looking each
    // word of an English text up in the lexicon would cost every pause in typing.
    const auto marker = [](std::string_view plain) {
        for (std::size_t start = 0; start <= plain.size();) {
            const auto cut = plain.find('\'', start);
            const auto part =
                plain.substr(start, cut == std::string_view::npos ? cut : cut - start);
            if (is_welsh_marker(part) || (part == "r" && start > 0))
                return true;
            if (cut == std::string_view::npos)
                break;
            start = cut + 1;
        }
        return false;
    };
    bool welsh = marked_welsh || std::any_of(reading.tokens.begin(), reading.tokens.end(),
                                             [&](const HeadingWord& t) { return marker(t.plain); });
    if (!welsh && heading)
        welsh =
            std::any_of(reading.tokens.begin(), reading.tokens.end(), [&](const HeadingWord& t) {
                return !english_word(t.word) && welsh_.canonical(t.plain);
            });
    if (!welsh)
        return reading;

    // Both readings side by side, by the position of their words in the text. Each word is read
    // in the language that knows it: Welsh first, then English ("Channel", "DSL", the English
    // half of "Hyfforddiant staff / Staff training"); a word neither knows as the text's
    // language reads it. A word the English reading dropped as a stop word ("the") stays out.
    std::map<std::size_t, std::vector<const HeadingWord*>> english_at;
    for (const auto& t : reading.tokens)
        english_at[t.position].push_back(&t);
    const auto welsh_words = welsh_tokens(text, welsh_, options);
    std::size_t welsh_score = 0, english_score = 0;
    for (const auto& w : welsh_words)
        welsh_score += w.known ? 1 : 0;
    for (const auto& t : reading.tokens)
        english_score += english_word(t.word) ? 1 : 0;
    for (const auto& t : reading.tokens)
        welsh_score += marker(t.plain) ? 1 : 0;
    // The words decide the main language, whatever the mark: a document is often marked with
    // the office's default language rather than its own ("Safeguarding training" marked Welsh
    // is still English, its modifier first).
    Reading mixed{{}, welsh_score >= english_score};
    std::size_t taken_until =
        0;  // positions an English phrase stands for ("information technology")
    for (const auto& w : welsh_words) {
        const std::size_t at = w.word.position;
        if (at < taken_until)
            continue;
        if (w.known) {
            mixed.tokens.push_back(w.word);
            continue;
        }
        const auto english = english_at.find(at);
        if (english == english_at.end())
            continue;  // an English stop word
        if (english_word(english->second.front()->word) || !mixed.welsh) {
            for (const HeadingWord* t : english->second)
                mixed.tokens.push_back(*t);
            taken_until = at + english->second.front()->span;
            continue;
        }
        mixed.tokens.push_back(w.word);
    }
    return mixed;
}

const std::set<std::size_t>* HeadingMatcher::areas_of_word(const std::string& word) const
{
    return areas_in(word_areas_, word);
}

struct HeadingMatcher::Memo {
    static constexpr std::size_t kLimit = 4096;
    std::mutex mutex;
    std::unordered_map<std::string, HeadingMatch> results;
};

HeadingMatch HeadingMatcher::match(std::string_view heading, const DocumentContext& context,
                                   std::string_view language) const
{
    const bool marked_welsh = !welsh_.empty() && is_welsh_tag(std::string(language));
    if (!memo_)
        return match_uncached(heading, context, marked_welsh);
    std::string key(heading);
    key += marked_welsh ? "\x1eW" : "";
    key += context.on_prevent ? "\x1eP"
                              : "\x1e-";  // the same heading in another document may read otherwise
    for (const auto& n : context.names)
        key += '\x1f' + n;
    for (const auto& phrase : context.name_phrases)
        for (const auto& w : phrase)
            key += '\x1d' + w;
    {
        std::lock_guard<std::mutex> lock(memo_->mutex);
        if (const auto it = memo_->results.find(key); it != memo_->results.end())
            return it->second;
    }
    HeadingMatch result = match_uncached(heading, context, marked_welsh);
    std::lock_guard<std::mutex> lock(memo_->mutex);
    if (memo_->results.size() >= Memo::kLimit)
        memo_->results.clear();  // a simple bound: rebuilt from the headings in use
    memo_->results.emplace(std::move(key), result);
    return result;
}

HeadingMatch HeadingMatcher::match_uncached(std::string_view heading,
                                            const DocumentContext& context, bool marked_welsh) const
{
    // A title and a sentence that describes it ("Leadership: structures are in place and visible
    // throughout the school", "Objective 4 Working in partnership: develop multi-agency
    // approaches…"): the title decides when it names an area. A short tail is part of the title
    // ("Welfare facilities: toilets and drinking water" is about toilets).
    constexpr std::size_t kDescriptionWords = 5;
    if (const auto colon = heading.find(':'); colon != std::string_view::npos) {
        const auto description = heading.substr(colon + 1);
        if (heading_words(description, {false, false, false}).size() >= kDescriptionWords) {
            HeadingMatch by_title = match_words(heading.substr(0, colon), context, marked_welsh);
            if (!by_title.covered.empty()) {
                by_title.words_left_over = true;
                return by_title;
            }
        }
    }
    return match_words(heading, context, marked_welsh);
}

HeadingMatch HeadingMatcher::match_words(std::string_view heading, const DocumentContext& context,
                                         bool marked_welsh) const
{
    Reading reading = read(heading, {}, true, marked_welsh);
    auto& tokens = reading.tokens;
    // The provider's name is no subject ("PM Training's duty").
    for (const auto& phrase : context.name_phrases) {
        for (std::size_t i = 0; !phrase.empty() && i + phrase.size() <= tokens.size(); ++i) {
            if (std::equal(phrase.begin(), phrase.end(),
                           tokens.begin() + static_cast<std::ptrdiff_t>(i),
                           [](const std::string& w, const HeadingWord& t) { return w == t.word; }))
                tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                             tokens.begin() + static_cast<std::ptrdiff_t>(i + phrase.size()));
        }
    }
    std::set<std::string> words;
    for (const auto& t : tokens)
        words.insert(t.word);
    // A provider's name standing first with its possessive ("Northgate's approach to events"),
    // when the catalogue does not know the word, is a name.
    NameWords neutral_names = context.names;
    if (!tokens.empty() && tokens.front().plain.size() > 2 &&
        tokens.front().plain.compare(tokens.front().plain.size() - 2, 2, "'s") == 0 &&
        !areas_of_word(tokens.front().word))
        neutral_names.insert(tokens.front().word);
    std::set<std::string> content;  // the words that say what the heading is about
    for (const auto& w : words)
        if (!is_generic_word(w) && !is_neutral(w, neutral_names) && !is_number(w))
            content.insert(w);

    HeadingMatch result;
    const bool part_word = std::any_of(
        words.begin(), words.end(), [](const std::string& w) { return is_document_part_word(w); });

    result.words_left_over = !content.empty();

    // "Policy" in the singular is the document itself ("3. Policy", "Why do we need this
    // policy?"): a term of generic words only ("Policies", "Policies and procedures") needs the
    // plural to name the area of related policies.
    // So in Welsh: "Polisi" is the document, "Polisïau" the area.
    static const std::string policy_word = canonical_word("policy");
    const std::string welsh_policy = "polisi";
    const bool policy_singular =
        std::none_of(tokens.begin(), tokens.end(), [&](const HeadingWord& t) {
            return (t.word == policy_word && t.plain != "policy") ||
                   (t.word == welsh_policy && t.plain.size() > 2 &&
                    t.plain.compare(t.plain.size() - 2, 2, "au") == 0);
        });

    // 1. Terms whose words all stand in the heading, near each other.
    std::vector<const Term*> full;
    for (const auto& term : terms_)
        if (std::includes(words.begin(), words.end(), term.words.begin(), term.words.end()) &&
            !(term.generic && policy_singular &&
              (term.words.count(policy_word) || term.words.count(welsh_policy))) &&
            near_each_other(tokens, term.words, content))
            full.push_back(&term);
    // A term inside a longer matched term of another area gives way ("Safeguarding" in
    // "Safeguarding policy"); so does a generic term ("Policies") when a specific one matched.
    const bool any_specific =
        std::any_of(full.begin(), full.end(), [](const Term* t) { return !t->generic; });
    std::vector<const Term*> kept;
    for (const Term* t : full) {
        const bool inside = std::any_of(full.begin(), full.end(), [&](const Term* other) {
            return other->area != t->area && strict_subset(t->words, other->words);
        });
        if (!inside && !(t->generic && any_specific))
            kept.push_back(t);
    }

    // A heading that names only a part of the document ("Policy statement", "Scope and purpose"):
    // no term stands in it, and its other words are parts of documents too.
    if (kept.empty() && part_word &&
        std::all_of(content.begin(), content.end(),
                    [](const std::string& w) { return is_document_part_word(w); })) {
        result.document_part = true;
        return result;
    }

    std::set<std::size_t> strong;
    std::set<std::string> explained;
    NamedBy named_by;
    for (const Term* t : kept) {
        strong.insert(t->area);
        for (const auto& w : t->words) {
            named_by[t->area].insert(w);
            if (!is_generic_word(
                    w))  // "understand" in "Staff understand" explains as much as "staff"
                explained.insert(w);
        }
    }
    std::set<std::string> unexplained;  // words of the content no matched term holds
    for (const auto& w : content)
        if (!explained.count(w))
            unexplained.insert(w);

    // 2. A word left over that belongs to one area only names that area ("prayer").
    std::set<std::size_t> suggested;
    bool every_word_known = true;
    for (auto it = unexplained.begin(); it != unexplained.end();) {
        const auto* areas = areas_of_word(*it);
        if (areas && areas->size() == 1 && !is_common_word(*it)) {
            strong.insert(*areas->begin());
            named_by[*areas->begin()].insert(*it);
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
    // A word several areas share supports one of them that the heading names already
    // ("Monitoring and reporting": "monitoring" is also IT's and the estate's word).
    for (auto it = unexplained.begin(); it != unexplained.end();) {
        const auto* areas = areas_of_word(*it);
        const auto named = areas ? std::find_if(areas->begin(), areas->end(),
                                                [&](std::size_t a) { return strong.count(a) > 0; })
                                 : std::set<std::size_t>::const_iterator();
        if (areas && named != areas->end() && !is_common_word(*it)) {
            named_by[*named].insert(*it);
            explained.insert(*it);
            it = unexplained.erase(it);
        } else {
            ++it;
        }
    }

    drop_modifiers(tokens, strong, named_by, reading.welsh);

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
            spoiling += (areas_of_word(w) && is_common_word(w)) ? 0 : 1;
        // A heading that speaks of the duty itself ("… of the Prevent duty", "… risk of
        // radicalisation") is on the subject whatever else it says: a self-assessment's
        // outcome statement leaves many words over and is still about its area.
        // A short title with a part of the document ("Safeguarding policy statement") is no
        // outcome statement.
        constexpr std::size_t kShortTitle = 4;
        const bool part_title = part_word && content.size() <= kShortTitle;
        const bool on_topic = (context.on_prevent || speaks_of_prevent(tokens)) && !part_title;
        const bool about =
            spoiling == 0 || (explained.size() >= 2 && spoiling <= explained.size() - 1);
        if (about || (on_topic && !explained.empty())) {
            if (!about)
                keep_the_most_named(strong, named_by);
            result.covered = in_catalogue_order(strong);
            for (const std::size_t a : strong) {
                auto& because = result.because[areas_[a]];
                for (const auto& t : tokens)  // in the heading's order, as written
                    if (named_by[a].count(t.word) &&
                        std::find(because.begin(), because.end(), t.surface) == because.end())
                        because.push_back(t.surface);
            }
        }
        return result;
    }
    // 4. Only words several areas share ("Security", "Monitoring"): possible matches. Words that
    //    point everywhere ("Do staff know what to do…") suggest nothing.
    constexpr std::size_t kMostPossible = 3;
    if (every_word_known && !suggested.empty() && suggested.size() <= kMostPossible)
        result.possible = in_catalogue_order(suggested);
    return result;
}

TextEvidence HeadingMatcher::text_evidence(std::string_view text) const
{
    std::map<std::size_t, TextEvidence::Area> found;  // by area index: catalogue order
    for (const auto& t : read(text, {false, true, true}, false).tokens) {
        const auto* areas = areas_in(keyword_areas_, t.word);
        if (!areas)
            continue;
        for (const std::size_t a : *areas) {
            auto& area = found[a];
            if (std::find(area.stems.begin(), area.stems.end(), t.word) == area.stems.end()) {
                area.stems.push_back(t.word);
                area.words.push_back(t.surface);
            }
        }
    }
    TextEvidence evidence;
    for (auto& [index, area] : found) {
        area.id = areas_[index];
        evidence.areas.push_back(std::move(area));
    }
    return TextEvidence::merged({&evidence});
}

TextEvidence TextEvidence::merged(const std::vector<const TextEvidence*>& parts)
{
    TextEvidence out;
    for (const TextEvidence* part : parts) {
        for (const auto& area : part->areas) {
            auto mine = std::find_if(out.areas.begin(), out.areas.end(),
                                     [&](const Area& a) { return a.id == area.id; });
            if (mine == out.areas.end()) {
                out.areas.push_back({area.id, {}, {}});
                mine = out.areas.end() - 1;
            }
            for (std::size_t i = 0; i < area.stems.size(); ++i) {
                if (std::find(mine->stems.begin(), mine->stems.end(), area.stems[i]) ==
                    mine->stems.end()) {
                    mine->stems.push_back(area.stems[i]);
                    mine->words.push_back(area.words[i]);
                }
            }
        }
    }
    // Most keywords first; the first text's order (catalogue order within one text) breaks ties.
    std::stable_sort(out.areas.begin(), out.areas.end(),
                     [](const Area& a, const Area& b) { return a.words.size() > b.words.size(); });
    return out;
}

bool HeadingMatcher::known_word(const std::string& word) const
{
    return is_generic_word(word) || is_common_word(word) || is_neutral(word, {}) ||
           is_document_part_word(word) || areas_of_word(word) || areas_in(keyword_areas_, word) ||
           welsh_.canonical(word);
}

DocumentContext HeadingMatcher::document_context(std::string_view first_page) const
{
    DocumentContext context;
    context.names = name_words(first_page, &context.name_phrases);
    context.on_prevent = speaks_of_prevent(read(first_page, {}, false).tokens);
    return context;
}

NameWords HeadingMatcher::name_words(std::string_view title_page,
                                     std::vector<std::vector<std::string>>* phrases) const
{
    // A provider's name is the capitalised words before the word that says what it is
    // ("Northgate College", "St Mary's Catholic Primary School") or after "University of"
    // ("University of Northgate"). Other capitalised words of a title ("Fire Risk Assessment")
    // are no names.
    std::vector<std::string> raw;
    for (std::size_t i = 0; i < title_page.size();) {
        std::size_t end = i;
        while (end < title_page.size() && title_page[end] != ' ' && title_page[end] != '\n' &&
               title_page[end] != '\t')
            ++end;
        if (end > i)
            raw.emplace_back(title_page.substr(i, end - i));
        i = end + 1;
    }
    const auto capitalised = [](const std::string& w) {
        return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    };
    // Each capitalised word's own words, split once per thread: title pages repeat their words
    // ("College", "Prevent", "Assessment"), and each is asked about more than once below.
    thread_local std::unordered_map<std::string, std::vector<std::string>> split;
    if (split.size() > 5000)
        split.clear();
    const auto words_of = [&](const std::string& w) -> const std::vector<std::string>& {
        auto at = split.find(w);
        if (at == split.end())
            at = split.emplace(w, heading_words(w, {false, false, true})).first;
        return at->second;
    };
    const auto kind_of_provider = [&](const std::string& w) {
        const auto& words = words_of(w);
        return words.size() == 1 && is_provider_kind_word(words.front());
    };
    // A training provider is named by its trade: "PM Training", "Best Choice Training".
    const std::string training = canonical_word("training");
    const auto named_by_its_trade = [&](const std::string& w) {
        const auto& words = words_of(w);
        return words.size() == 1 && words.front() == training;
    };
    std::string name_text;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (!capitalised(raw[i]))
            continue;
        // Only unknown words make such a name: "Staff Training" and "Safeguarding Training" are
        // the field's own words.
        const auto unknown = [&](const std::string& w) {
            const auto words = heading_words(w);
            return words.size() == 1 && !known_word(words.front());
        };
        if (named_by_its_trade(raw[i]) && phrases && i > 0 && capitalised(raw[i - 1]) &&
            unknown(raw[i - 1])) {
            std::string phrase;
            for (std::size_t j = i, taken = 0;
                 j-- > 0 && taken < 3 && capitalised(raw[j]) && unknown(raw[j]); ++taken)
                phrase = raw[j] + ' ' + phrase;
            phrases->push_back(heading_words(phrase + raw[i]));
        }
        // Welsh names the provider after what it is: "Ysgol Glan Clwyd", "Coleg Cambria".
        if (is_welsh_provider_kind_word(words_of(raw[i]).size() == 1 ? words_of(raw[i]).front()
                                                                     : std::string())) {
            for (std::size_t j = i + 1, taken = 0;
                 j < raw.size() && taken < 3 && capitalised(raw[j]) && !kind_of_provider(raw[j]);
                 ++j, ++taken)
                name_text += raw[j] + ' ';
            continue;
        }
        if (!kind_of_provider(raw[i]))
            continue;
        for (std::size_t j = i, taken = 0;
             j-- > 0 && taken < 3 && capitalised(raw[j]) && !kind_of_provider(raw[j]); ++taken)
            name_text += raw[j] + ' ';
        if (i + 2 < raw.size() && raw[i + 1] == "of")
            for (std::size_t j = i + 2, taken = 0;
                 j < raw.size() && taken < 2 && capitalised(raw[j]); ++j, ++taken)
                name_text += raw[j] + ' ';
    }
    NameWords names;
    for (const auto& t : heading_tokens(name_text, {false, true, true})) {
        const std::string& w = t.word;
        if (w.size() < 3 || is_number(w) || known_word(w))
            continue;
        names.insert(w);
    }
    return names;
}

}  // namespace prevent::core
