#include "heading_words.hxx"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace prevent::core {

namespace {

// Words that carry no meaning in a heading. "it" is not one of them: in a heading it is IT.
constexpr std::array<std::string_view, 33> kStopWords = {
    "a",    "an",   "the",   "and",   "or",   "of",     "for", "to",  "in",    "on",   "at",
    "by",   "with", "from",  "about", "into", "within", "our", "its", "their", "your", "we",
    "this", "that", "these", "those", "as",   "be",     "is",  "are", "how",   "what", "who"};

// Prefixes that providers write with or without a hyphen ("sub-contractors", "co-ordination",
// "e-safety"): the hyphen goes, before words are split, so that "E-safety" is one word and not a
// numbering letter.
// Welsh writes some the same way: "cyd-destun", "aml-asiantaethol", "hunan-niweidio", "ar-lein".
constexpr std::array<std::u16string_view, 13> kJoinedPrefixes = {
    u"sub", u"co",  u"multi", u"self", u"cyber", u"e", u"inter",
    u"non", u"pre", u"cyd",   u"aml",  u"hunan", u"ar"};

constexpr std::array<std::string_view, 20> kRomanNumerals = {
    "i",  "ii",  "iii",  "iv",  "v",  "vi",  "vii",  "viii",  "ix",  "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

// Labels that number a heading when a number or letter follows: "Section 4 –", "Requirement 4:",
// "Risk 1:", "Objective B". Self-assessments and risk registers number their criteria this way;
// Welsh ones too ("Adran 4", "Rhan B", "Atodiad 2", "Amcan 3", "Risg 1").
constexpr std::array<std::string_view, 28> kNumberingWords = {
    "section",   "part",     "chapter",   "appendix", "annex", "requirement", "standard",
    "criterion", "criteria", "objective", "outcome",  "theme", "question",    "step",
    "stage",     "risk",     "area",      "adran",    "rhan",  "atodiad",     "pennod",
    "amcan",     "safon",    "thema",     "cwestiwn", "cam",   "risg",        "maes"};

struct Spelling {
    std::string_view from, to;
};
constexpr std::array<Spelling, 6> kSpellings = {{{"center", "centre"},
                                                 {"program", "programme"},
                                                 {"counseling", "counselling"},
                                                 {"behavior", "behaviour"},
                                                 {"defense", "defence"},
                                                 {"license", "licence"}}};

// Abbreviations and equivalent phrases, longest first, applied to canonical words.
struct Phrase {
    std::vector<std::string> from, to;
};
const std::vector<Phrase>& phrases()
{
    static const std::vector<Phrase> table = {
        {{"information", "communication", "technology"}, {"it"}},
        {{"information", "technology"}, {"it"}},
        {{"guild", "student"}, {"guild"}},
        {{"ict"}, {"it"}},
        {{"freedom", "information"}, {"foi"}},  // the Act and its requests: no freedom of speech
        {{"esafety"}, {"online", "safety"}},
        {{"su"}, {"student", "union"}},
        {{"ctlp"}, {"counter", "terrorism", "local", "profile"}},
        {{"spoc"}, {"single", "point", "contact"}},
        {{"adr"}, {"accountability", "data", "return"}},
        {{"fbv"}, {"fundamental", "british", "value"}},
        // Providers name their students by their sector: one word for all ("Engaging with
        // learners").
        {{"learner"}, {"student"}},
        {{"pupil"}, {"student"}},
        {{"apprentice"}, {"student"}},
        // Where a provider is: its town, city or county is its local area ("a real risk in our
        // town").
        {{"town"}, {"local"}},
        {{"city"}, {"local"}},
        {{"county"}, {"local"}},
        {{"borough"}, {"local"}},
        {{"region"}, {"local"}},
        {{"regional"}, {"local"}},
        {{"locality"}, {"local"}},
        // A worry about someone is a concern ("when they are worried about a learner").
        {{"worried"}, {"concern"}},
        {{"worry"}, {"concern"}},
        {{"worries"}, {"concern"}},
    };
    return table;
}

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

// One hash lookup instead of comparing each word with all the stop words.
bool is_stop_word(std::string_view word)
{
    static const std::unordered_set<std::string_view> stop(kStopWords.begin(), kStopWords.end());
    return stop.count(word) > 0;
}

bool ends_with(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool is_number(std::string_view w)
{
    return !w.empty() && std::all_of(w.begin(), w.end(),
                                     [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

bool is_ascii_letter_word(std::string_view w)
{
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool letter_or_number(UChar32 c)
{
    const auto kind = u_charType(c);
    return u_isalpha(c) || kind == U_DECIMAL_DIGIT_NUMBER || kind == U_LETTER_NUMBER ||
           kind == U_OTHER_NUMBER;
}

// The hyphen after a whole word that is one of the prefixes, before a letter, dropped:
// "Sub-contractors" -> "Subcontractors", "co-e-learning" -> "coelearning"; "Pre-" at the end and
// "pre-2020" stay. Characters are read by ICU's properties; a scan, as a regex costs microseconds
// a call and every heading and paragraph comes through here.
icu::UnicodeString joined_prefixes(const icu::UnicodeString& text)
{
    if (text.indexOf(u'-') < 0)
        return text;
    icu::UnicodeString out;
    int32_t copied = 0;
    for (int32_t hyphen = text.indexOf(u'-'); hyphen >= 0;
         hyphen = text.indexOf(u'-', hyphen + 1)) {
        if (hyphen + 1 >= text.length() || !u_isalpha(text.char32At(hyphen + 1)))
            continue;
        int32_t word = hyphen;  // the start of the letters and numbers before the hyphen
        while (word > 0 && letter_or_number(text.char32At(word - 1)))
            word = text.moveIndex32(word, -1);
        const icu::UnicodeString before = icu::UnicodeString(text, word, hyphen - word).foldCase();
        const bool prefix =
            std::any_of(kJoinedPrefixes.begin(), kJoinedPrefixes.end(), [&](std::u16string_view p) {
                return before == icu::UnicodeString(p.data(), static_cast<int32_t>(p.size()));
            });
        if (!prefix)
            continue;
        out.append(text, copied, hyphen - copied);
        copied = hyphen + 1;
    }
    out.append(text, copied, text.length() - copied);
    return out;
}

// The text as written, with typographic apostrophes made plain and hyphenated prefixes joined
// ("Sub-contractors" -> "Subcontractors"), ready to be split into words.
icu::UnicodeString prepared(std::string_view text)
{
    icu::UnicodeString input = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    // The apostrophes are outside ASCII: most text has nothing to replace.
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        for (const UChar32 apostrophe : {0x2019, 0x2018, 0x02BC, 0xFF07})
            input.findAndReplace(icu::UnicodeString(apostrophe), icu::UnicodeString(u'\''));
    return joined_prefixes(input);
}

// One word case-folded (NFKC), accents removed: "Externál" -> "external", "ＩＴ" -> "it".
std::string folded(const std::string& word)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        throw std::runtime_error("ICU normalisers are not available");
    const icu::UnicodeString decomposed =
        nfd->normalize(nfkc_cf->normalize(icu::UnicodeString::fromUTF8(word), status), status);
    if (U_FAILURE(status))
        throw std::runtime_error("ICU could not normalise a heading");
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK)
            out.append(c);
        i += U16_LENGTH(c);
    }
    std::string utf8;
    return out.toUTF8String(utf8);
}

bool all_capitals(const std::string& word)
{
    const icu::UnicodeString w = icu::UnicodeString::fromUTF8(word);
    for (int32_t i = 0; i < w.length();) {
        const UChar32 c = w.char32At(i);
        if (u_isalpha(c) && !u_isUUppercase(c))
            return false;
        i += U16_LENGTH(c);
    }
    return true;
}

// An ASCII word needs no ICU to fold: most words of English headings and text.
std::string folded_word(const std::string& word)
{
    if (std::all_of(word.begin(), word.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out = word;
        for (char& c : out)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    return folded(word);
}

// The words of a text, and whether only spaces stand between each and the one before.
struct SplitWords {
    std::vector<std::string> words;
    std::vector<bool> after_space;
};

SplitWords split_words(const icu::UnicodeString& text)
{
    // One word breaker per thread, reused: creating one costs more than splitting a heading.
    static thread_local std::unique_ptr<icu::BreakIterator> words;
    if (!words) {
        UErrorCode status = U_ZERO_ERROR;
        words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) {
            words.reset();
            throw std::runtime_error("ICU word breaking is not available");
        }
    }
    words->setText(text);
    SplitWords out;
    bool only_space = false;  // since the last word
    for (int32_t start = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
         start = end, end = words->next()) {
        if (words->getRuleStatus() == UBRK_WORD_NONE) {
            // spaces, punctuation, symbols, emoji: not words
            for (int32_t i = start; i < end && only_space; ++i)
                only_space = u_isWhitespace(text.charAt(i));
            continue;
        }
        std::string word;
        text.tempSubStringBetween(start, end).toUTF8String(word);
        out.after_space.push_back(!out.words.empty() && only_space);
        out.words.push_back(std::move(word));
        only_space = true;
    }
    return out;
}

// "students'" -> students, "union's" -> union
std::string without_possessive(std::string w)
{
    if (ends_with(w, "'s"))
        w.resize(w.size() - 2);
    w.erase(std::remove(w.begin(), w.end(), '\''), w.end());
    return w;
}

std::string british(std::string w)
{
    for (const auto& s : kSpellings)
        if (w == s.from)
            return std::string(s.to);
    // organization, organizations, recognize, recognized ... -> -is-
    for (const std::string_view tail : {"ization", "izations", "ize", "izes", "ized", "izing"}) {
        if (ends_with(w, tail) && w.size() > tail.size() + 2) {
            w[w.size() - tail.size() + 1] = 's';
            break;
        }
    }
    return w;
}

std::string singular(std::string w)
{
    if (w.size() <= 3 || !is_ascii_letter_word(w))
        return w;
    if (ends_with(w, "ies") && w.size() > 4)
        return w.substr(0, w.size() - 3) + "y";
    if (ends_with(w, "sses") || ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "xes"))
        return w.substr(0, w.size() - 2);
    if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is"))
        return w.substr(0, w.size() - 1);
    return w;
}

void strip_numbering(std::vector<std::string>& words)
{
    std::size_t first = 0;
    // "Prevent Objective 1 Leadership": the duty's name before a numbering label goes with it.
    if (words.size() > 2 && words[0] == "prevent" && one_of(kNumberingWords, words[1]) &&
        (is_number(words[2]) || words[2].size() == 1 || one_of(kRomanNumerals, words[2])))
        first = 1;
    while (first < words.size()) {
        const std::string& w = words[first];
        const bool numbering =
            is_number(w) || (w.size() == 1 && is_ascii_letter_word(w)) || one_of(kRomanNumerals, w);
        const bool label = one_of(kNumberingWords, w) && first + 1 < words.size() &&
                           (is_number(words[first + 1]) || words[first + 1].size() == 1 ||
                            one_of(kRomanNumerals, words[first + 1]));
        if (!numbering && !label)
            break;
        ++first;
    }
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
}

// The phrases by their first word, in the table's order (longest first): a word is compared
// with the few phrases it can begin, not with the whole table.
const std::unordered_map<std::string, std::vector<const Phrase*>>& phrases_by_first_word()
{
    static const auto index = [] {
        std::unordered_map<std::string, std::vector<const Phrase*>> by_first;
        for (const auto& p : phrases())
            by_first[p.from.front()].push_back(&p);
        return by_first;
    }();
    return index;
}

std::vector<HeadingWord> fold_phrases(std::vector<HeadingWord> words)
{
    const auto& by_first = phrases_by_first_word();
    std::vector<HeadingWord> out;
    out.reserve(words.size());
    for (std::size_t i = 0; i < words.size();) {
        const Phrase* found = nullptr;
        if (const auto candidates = by_first.find(words[i].word); candidates != by_first.end())
            for (const Phrase* p : candidates->second)
                if (i + p->from.size() <= words.size() &&
                    std::equal(
                        p->from.begin(), p->from.end(),
                        words.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const std::string& a, const HeadingWord& b) { return a == b.word; })) {
                    found = p;
                    break;
                }
        if (!found) {
            out.push_back(std::move(words[i++]));
            continue;
        }
        std::string surface, plain;
        for (std::size_t k = 0; k < found->from.size(); ++k) {
            surface += (k ? " " : "") + words[i + k].surface;
            plain += (k ? " " : "") + words[i + k].plain;
        }
        const HeadingWord& last = words[i + found->from.size() - 1];
        for (const auto& to : found->to)
            out.push_back({to, surface, plain, words[i].position,
                           last.position + last.span - words[i].position, words[i].after_space});
        i += found->from.size();
    }
    return out;
}

// Derived forms that Snowball's English stemmer leaves apart (referral -> referr, referring ->
// refer, the stem of reference too) but a reader takes as one word: folded before stemming.
struct WordFold {
    std::string_view from, to;
};
constexpr std::array<WordFold, 4> kWordFolds = {{{"refer", "referral"},
                                                 {"referred", "referral"},
                                                 {"referring", "referral"},
                                                 {"refers", "referral"}}};

// Snowball's English stemmer (libstemmer): trained/training/train, assessing/assessment,
// monitored/monitoring. One stemmer per thread: a stemmer is not safe to share.
std::string stem(std::string word)
{
    if (!is_ascii_letter_word(word) || word.size() <= 2)
        return word;
    for (const auto& f : kWordFolds)
        if (word == f.from)
            word = std::string(f.to);
    struct Stemmer {
        sb_stemmer* stemmer = sb_stemmer_new("english", "UTF_8");
        ~Stemmer() { sb_stemmer_delete(stemmer); }
    };
    static thread_local Stemmer english;
    if (!english.stemmer)
        throw std::runtime_error("the Snowball English stemmer is not available");
    const sb_symbol* out =
        sb_stemmer_stem(english.stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                        static_cast<int>(word.size()));
    if (!out)
        throw std::bad_alloc();
    return std::string(reinterpret_cast<const char*>(out),
                       static_cast<std::size_t>(sb_stemmer_length(english.stemmer)));
}

// Kept per thread, as the words of every document are: text repeats its words (Zipf), and each
// word otherwise costs a fold, a spelling and plural rule and a Snowball stem again. Emptied when
// it grows large, so a long run over many files stays small.
struct WordForms {
    std::string plain;  // folded, as written otherwise
    std::string word;   // without possessive, British, singular: before phrases and stemming
};

const WordForms& forms_of(const std::string& written)
{
    thread_local std::unordered_map<std::string, WordForms> kept;
    if (const auto at = kept.find(written); at != kept.end())
        return at->second;
    if (kept.size() > 20000)
        kept.clear();
    std::string plain = folded_word(written);
    std::string word = singular(british(without_possessive(plain)));
    return kept.emplace(written, WordForms{std::move(plain), std::move(word)}).first->second;
}

const std::string& stemmed(const std::string& word)
{
    thread_local std::unordered_map<std::string, std::string> kept;
    if (const auto at = kept.find(word); at != kept.end())
        return at->second;
    if (kept.size() > 20000)
        kept.clear();
    return kept.emplace(word, stem(word)).first->second;
}

}  // namespace

std::vector<HeadingWord> heading_tokens(std::string_view text, const WordOptions& options)
{
    // Split as written (the surface keeps its capitals: "IT", "DSL"), then fold each word.
    const SplitWords split_text = split_words(prepared(text));
    const std::vector<std::string>& written = split_text.words;
    std::vector<const WordForms*> forms;
    forms.reserve(written.size());
    for (const auto& w : written)
        forms.push_back(&forms_of(w));
    std::size_t first = 0;
    if (options.strip_numbering) {
        std::vector<std::string> split;
        split.reserve(forms.size());
        for (const auto* f : forms)
            split.push_back(f->plain);
        const std::size_t before = split.size();
        strip_numbering(split);
        first = before - split.size();
    }
    std::vector<HeadingWord> words;
    for (std::size_t i = first; i < forms.size(); ++i) {
        const std::string plain_word = without_possessive(forms[i]->plain);
        if (plain_word.empty() || (options.drop_stop_words && is_stop_word(plain_word)))
            continue;
        // "IT" in capitals is information technology; "it" and "It" are the pronoun.
        if (options.drop_stop_words && plain_word == "it" && !all_capitals(written[i]))
            continue;
        words.push_back(
            {forms[i]->word, written[i], forms[i]->plain, i, 1, split_text.after_space[i]});
    }
    words = fold_phrases(std::move(words));
    if (options.stem)
        for (auto& w : words)
            w.word = stemmed(w.word);
    return words;
}

std::vector<HeadingWord> folded_tokens(std::string_view text, bool strip_leading_numbering)
{
    const SplitWords split_text = split_words(prepared(text));
    std::vector<std::string> plain;
    plain.reserve(split_text.words.size());
    for (const auto& w : split_text.words)
        plain.push_back(forms_of(w).plain);
    std::size_t first = 0;
    if (strip_leading_numbering) {
        std::vector<std::string> rest = plain;
        strip_numbering(rest);
        first = plain.size() - rest.size();
    }
    std::vector<HeadingWord> words;
    for (std::size_t i = first; i < plain.size(); ++i)
        words.push_back({plain[i], split_text.words[i], plain[i], i, 1, split_text.after_space[i]});
    return words;
}

bool directly_before(const HeadingWord& a, const HeadingWord& b)
{
    return b.position == a.position + a.span && b.after_space;
}

std::vector<std::string> heading_words(std::string_view text, const WordOptions& options)
{
    std::vector<std::string> out;
    for (auto& w : heading_tokens(text, options))
        out.push_back(std::move(w.word));
    return out;
}

std::string canonical_word(std::string_view word)
{
    const auto words = heading_words(word, {false, false, true});
    return words.size() == 1 ? words.front() : std::string(word);
}

}  // namespace prevent::core
