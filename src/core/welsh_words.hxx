// Welsh words in one canonical form, so that a Welsh heading compares with the catalogue's Welsh
// terms as an English heading does with the English ones: stop words dropped, and each word read
// back to the radical (unmutated), singular form the catalogue knows — "bolisi" and "pholisïau"
// are "polisi", "ngweithdrefnau" is "gweithdrefn". Welsh mutates a word's first consonant after
// certain words (soft, nasal and aspirate mutation, and h before a vowel), so the same word
// appears with several first letters; the rules that undo them are few but ambiguous ("f" may
// come from "b" or "m"), so a word is read as the form the lexicon knows. Rules: docs/matching.md.
#pragma once

#include "heading_words.hxx"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prevent::core {

// Welsh stop words ("y", "yr", "a", "ac", "o", "i", "yn", "gyda", "'r"…), folded.
bool is_welsh_stop_word(std::string_view folded);

// A word English headings do not use: a text that holds one is Welsh, in whole or in part
// ("y", "yr", "yn", "gyda", "mewn", "a'r"…).
bool is_welsh_marker(std::string_view folded);

// The radical forms a folded word may be a mutation of: the word itself first, then by the
// reverse rules ("bolisi" -> "polisi"; "fwrdd" -> "bwrdd", "mwrdd"; "ngofal" -> "gofal").
std::vector<std::string> radical_forms(std::string_view folded);

// The singular forms a folded word may be the plural of ("polisiau" -> "polisi", "polis";
// "siaradwyr" -> "siaradwr", "siaradydd"); none when it has no plural ending.
std::vector<std::string> singular_forms(std::string_view folded);

// The Welsh words a reader knows (the catalogue's Welsh terms and keywords, and the word lists of
// the matcher), each mapped to one canonical form: a word and its plural are one.
class WelshLexicon {
public:
    // Adds every word of a Welsh text (a term, a keyword). as_radical: its words are written in
    // their radical form (the word lists), never read as mutations.
    void add(std::string_view text, bool as_radical = false);

    // The canonical form of a folded word of a text, through its mutations and plural; nullptr
    // when the lexicon knows no form of it.
    const std::string* canonical(std::string_view folded) const;

    bool empty() const { return forms_.empty(); }

private:
    void add_word(const std::string& word, bool as_radical);
    std::unordered_map<std::string, std::string> forms_;  // a form -> its canonical word
};

// A Welsh text's words: stop words dropped, each word in the lexicon's canonical form when it
// knows one (then known is set), else folded as written. Positions as heading_tokens gives
// them, so that the two readings of one text can be laid side by side.
struct WelshWord {
    HeadingWord word;
    bool known = false;
};
std::vector<WelshWord> welsh_tokens(std::string_view text, const WelshLexicon& lexicon,
                                    const WordOptions& options = {});

}  // namespace prevent::core
