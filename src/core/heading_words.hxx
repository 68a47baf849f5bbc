// The words of a heading or a catalogue term, in one canonical form so that providers' own
// wordings compare equal: NFKC with case folding, accents dropped, split at word boundaries (ICU),
// leading numbering removed ("3.2", "(b)", "iv)", "Section 4 –"), stop words dropped, possessives
// and plurals reduced ("Students' Unions" -> student union), British and American spellings and
// hyphenated prefixes joined ("co-ordination", "sub-contractors"), and abbreviations spelt out
// (ICT and information technology -> it, SU -> student union, CTLP, SPOC, ADR, e-safety).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prevent::core {

struct WordOptions {
    bool strip_numbering = true;   // headings: "3.2 Staff training"; column titles keep "I x L"
    bool drop_stop_words = true;
};

// text: UTF-8 (invalid sequences are replaced). Returns canonical words in text order.
std::vector<std::string> heading_words(std::string_view text, const WordOptions& options = {});

}  // namespace prevent::core
