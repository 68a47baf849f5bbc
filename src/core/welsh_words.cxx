#include "welsh_words.hxx"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace prevent::core {

namespace {

// Folded (accents dropped: "â" is "a"). "r", "n", "i", "u", "w", "m" are what stands after an
// apostrophe ("a'r", "sy'n", "i'w"); "s" is the English possessive in a bilingual text.
// clang-format off
constexpr std::string_view kStopWords[] = {
    "a", "ac", "ag", "y", "yr", "r", "o", "i", "ar", "yn", "ym", "yng", "gyda", "gydag", "ei",
    "eu", "ein", "eich", "fy", "dy", "n", "u", "w", "m", "s", "am", "at", "gan", "heb", "hyd",
    "dan", "dros", "drwy", "trwy", "wrth", "rhwng", "tuag", "mewn", "neu", "ond", "fel", "er",
    "os", "sy", "sydd", "yw", "ydy", "mae", "hwn", "hon", "hyn", "hynny", "ni", "chi", "nhw", "ef",
    "hi", "hefyd", "oes", "ydyn", "ydych", "nid", "gyfer", "ydym", "rydym", "rydyn", "rhag",
    "ynghylch", "ynglyn", "oherwydd", "tan",
};
// clang-format on

// Stop words that English headings do not hold: their presence says the text is Welsh.
// clang-format off
constexpr std::string_view kMarkers[] = {
    "y", "yr", "yn", "ym", "yng", "gyda", "gydag", "mewn", "eu", "ein", "eich", "neu", "drwy",
    "trwy", "wrth", "rhwng", "tuag", "sydd", "sy", "yw", "ydy", "mae", "hwn", "hyn", "hynny", "ar",
    "ac", "gan",
};
// clang-format on

bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
}

bool starts_with(std::string_view s, std::string_view head)
{
    return s.size() >= head.size() && s.compare(0, head.size(), head) == 0;
}

bool ends_with(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The reverse of the mutations: what a mutated beginning may have been. Longest beginnings
// first; a beginning may have come from more than one radical.
struct Reverse {
    std::string_view mutated, radical;
};
constexpr std::array<Reverse, 18> kReverse = {{
    {"ngh", "c"},  // nasal: cyfathrebu -> fy nghyfathrebu
    {"mh", "p"},   // nasal: polisi -> fy mholisi
    {"nh", "t"},   // nasal: tim -> fy nhim
    {"ng", "g"},   // nasal: gweithdrefnau -> yng ngweithdrefnau
    {"ph", "p"},   // aspirate: polisi -> a pholisi
    {"th", "t"},   // aspirate: trefniadau -> a threfniadau
    {"ch", "c"},   // aspirate: cyfathrebu -> a chyfathrebu
    {"dd", "d"},   // soft: diogelu -> i ddiogelu
    {"b", "p"},    // soft: polisi -> ei bolisi
    {"d", "t"},    // soft: tim -> ei dim
    {"g", "c"},    // soft: cyfathrebu -> ei gyfathrebu
    {"f", "b"},    // soft: bwrdd -> ei fwrdd
    {"f", "m"},    // soft: monitro -> ei fonitro
    {"l", "ll"},   // soft: llywodraethu -> ei lywodraethu
    {"r", "rh"},   // soft: rheoli -> ei reoli
    {"m", "b"},    // nasal: bwrdd -> fy mwrdd
    {"n", "d"},    // nasal: diogelu -> fy niogelu
    {"h", ""},     // h before a vowel: asesiad -> ei hasesiad
}};

// Plural endings and what the singular ends with instead ("wyr" -> "wr": siaradwyr, siaradwr).
// Not "-i" nor "-edd": they end too many singulars ("cyhoeddi", "cyfrinachedd").
constexpr std::array<Reverse, 9> kPlurals = {{
    {"iau", ""},
    {"au", ""},
    {"ion", ""},
    {"on", ""},
    {"oedd", ""},
    {"ydd", ""},
    {"wyr", "wr"},
    {"wyr", "iwr"},
    {"wyr", "ydd"},
}};

// Plurals no ending rule gives.
constexpr std::array<Reverse, 9> kIrregularPlurals = {{{"plant", "plentyn"},
                                                       {"athrawon", "athro"},
                                                       {"myfyrwyr", "myfyriwr"},
                                                       {"gweithwyr", "gweithiwr"},
                                                       {"pobl", "person"},
                                                       {"ffyrdd", "ffordd"},
                                                       {"cynghorau", "cyngor"},
                                                       {"cwestiynau", "cwestiwn"},
                                                       {"ystafelloedd", "ystafell"}}};

constexpr std::size_t kShortest = 3;  // shorter words are read only as written: "ei", "dy", "tg"

}  // namespace

bool is_welsh_stop_word(std::string_view folded)
{
    static const std::unordered_set<std::string_view> words(std::begin(kStopWords),
                                                            std::end(kStopWords));
    return words.count(folded) > 0;
}

bool is_welsh_marker(std::string_view folded)
{
    static const std::unordered_set<std::string_view> words(std::begin(kMarkers),
                                                            std::end(kMarkers));
    return words.count(folded) > 0;
}

std::vector<std::string> radical_forms(std::string_view folded)
{
    std::vector<std::string> out{std::string(folded)};
    if (folded.size() < kShortest)
        return out;
    // A soft-mutated "g" leaves the vowel: "gofal" -> ei ofal, "gweithdrefn" -> ei weithdrefn.
    if (is_vowel(folded[0]))
        out.push_back("g" + std::string(folded));
    for (const auto& r : kReverse) {
        if (!starts_with(folded, r.mutated))
            continue;
        const std::string_view rest = folded.substr(r.mutated.size());
        // "ff", "ll" and "rh" are letters of their own, never a mutation of "f", "l" or "r".
        if (rest.empty() || (r.mutated == "f" && rest[0] == 'f') ||
            (r.mutated == "l" && rest[0] == 'l') || (r.mutated == "r" && rest[0] == 'h'))
            continue;
        if (r.mutated == "h" && !is_vowel(rest[0]))
            continue;
        // "dd", "ng", "ph", "th", "ch" are read as wholes before their first letter is.
        if ((r.mutated == "d" && rest[0] == 'd') || (r.mutated == "n" && rest[0] == 'g'))
            continue;
        out.push_back(std::string(r.radical) + std::string(rest));
    }
    return out;
}

std::vector<std::string> singular_forms(std::string_view folded)
{
    std::vector<std::string> out;
    for (const auto& p : kIrregularPlurals)
        if (folded == p.mutated)
            out.emplace_back(p.radical);
    for (const auto& p : kPlurals) {
        if (!ends_with(folded, p.mutated) || folded.size() < p.mutated.size() + kShortest)
            continue;
        out.push_back(std::string(folded.substr(0, folded.size() - p.mutated.size())) +
                      std::string(p.radical));
    }
    return out;
}

void WelshLexicon::add(std::string_view text, bool as_radical)
{
    for (const auto& t : folded_tokens(text, false)) {
        // "a'r", "sy'n": the parts of a word written with an apostrophe are words of their own.
        std::string_view rest = t.plain;
        while (!rest.empty()) {
            const auto cut = rest.find('\'');
            const std::string part(rest.substr(0, cut));
            if (!part.empty() && !is_welsh_stop_word(part))
                add_word(part, as_radical);
            rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
        }
    }
}

void WelshLexicon::add_word(const std::string& word, bool as_radical)
{
    // A word, its plural and its mutations are one: the form that came first is the canonical
    // one. A word of a term may be written mutated ("Ystafell weddi", "a chymorth"): it is one
    // with the radical forms the rules give it, known or not ("gweddi", "cymorth"); those
    // forms nobody writes ("cweddi") cost nothing. A word list is written radical: its words
    // are never taken for mutations ("dim" is no "tim").
    std::vector<std::string> forms;
    for (const auto& radical : as_radical ? std::vector<std::string>{word} : radical_forms(word)) {
        forms.push_back(radical);
        for (auto& s : singular_forms(radical))
            forms.push_back(std::move(s));
    }
    std::string canonical = word;
    for (const auto& f : forms) {
        if (const auto at = forms_.find(f); at != forms_.end()) {
            canonical = at->second;
            break;
        }
    }
    for (const auto& f : forms)
        forms_.emplace(f, canonical);
}

const std::string* WelshLexicon::canonical(std::string_view folded) const
{
    for (const auto& radical : radical_forms(folded)) {
        if (const auto at = forms_.find(radical); at != forms_.end())
            return &at->second;
        for (const auto& singular : singular_forms(radical))
            if (const auto at = forms_.find(singular); at != forms_.end())
                return &at->second;
    }
    return nullptr;
}

std::vector<WelshWord> welsh_tokens(std::string_view text, const WelshLexicon& lexicon,
                                    const WordOptions& options)
{
    std::vector<WelshWord> out;
    for (const auto& t : folded_tokens(text, options.strip_numbering)) {
        std::string_view rest = t.plain;
        while (!rest.empty()) {
            const auto cut = rest.find('\'');
            const std::string part(rest.substr(0, cut));
            rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
            if (part.empty() || (options.drop_stop_words && is_welsh_stop_word(part)))
                continue;
            WelshWord w{t, false};
            w.word.plain = part;
            if (const std::string* known = lexicon.canonical(part)) {
                w.word.word = *known;
                w.known = true;
            } else {
                w.word.word = part;
            }
            out.push_back(std::move(w));
        }
    }
    return out;
}

}  // namespace prevent::core
