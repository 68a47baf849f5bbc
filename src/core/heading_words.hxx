// The words of a heading or a catalogue term, in one canonical form so that providers' own
// wordings compare equal: NFKC with case folding, accents dropped, split at word boundaries (ICU),
// leading numbering removed ("3.2", "(b)", "iv)", "Section 4 –"), stop words dropped, possessives
// and plurals reduced ("Students' Unions" -> student union), British and American spellings and
// hyphenated prefixes joined ("co-ordination", "sub-contractors"), and abbreviations spelt out
// (ICT and information technology -> it, SU -> student union, CTLP, SPOC, ADR, e-safety), and
// each word reduced to its stem by Snowball's English stemmer (trained, training -> train).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prevent::core {

struct WordOptions {
    bool strip_numbering = true;  // headings: "3.2 Staff training"; column titles keep "I x L"
    bool drop_stop_words = true;
    bool stem = true;  // column titles compare unstemmed with their aliases
};

// A canonical word and the words of the text it stands for: "train" for "Trained", "it" for
// "ICT". Evidence shows the surface (as written), matching uses the word; plain is the surface
// case-folded, accents dropped, neither stemmed nor read as a synonym ("trained", "pupils").
struct HeadingWord {
    std::string word;
    std::string surface;
    std::string plain;
    std::size_t position = 0;  // of its first word among the text's words (stop words counted)
    std::size_t span = 1;      // how many of the text's words it stands for
    bool after_space = false;  // only spaces stand between it and the text's word before it
};

// b stands right after a in the text, only spaces between ("Safeguarding training", not
// "Safeguarding and training", nor "Safeguarding: training").
bool directly_before(const HeadingWord& a, const HeadingWord& b);
std::vector<HeadingWord> heading_tokens(std::string_view text, const WordOptions& options = {});

// The words of a text split and folded as heading_tokens splits and folds them (leading numbering
// removed when asked), none dropped, read as another word or stemmed: word is plain. Where the
// readers of other languages than English start (core/welsh_words).
std::vector<HeadingWord> folded_tokens(std::string_view text, bool strip_leading_numbering);

// text: UTF-8 (invalid sequences are replaced). Returns canonical words in text order.
std::vector<std::string> heading_words(std::string_view text, const WordOptions& options = {});

// One word in canonical form (its stem), for the word lists of the matcher.
std::string canonical_word(std::string_view word);

}  // namespace prevent::core
