// The kinds of words the heading matcher tells apart, beside the catalogue's own terms
// (docs/matching.md): generic words, ordinary words, the words of sentences and of the field,
// words that name a part of the document, and words that say what a provider is. Each is a
// list of English words, compared in canonical (stemmed) form, and one of Welsh words, compared in
// the canonical form of the matcher's Welsh lexicon (core/welsh_words).
#pragma once

#include <string>

namespace prevent::core {

class WelshLexicon;

bool is_generic_word(
    const std::string& word);  // policy, procedure, risk, plan…: neither make nor spoil
bool is_common_word(const std::string& word);  // staff, student, support…: alone they only suggest
bool is_sentence_word(const std::string& word);       // all, ensure, understand, have, checked…
bool is_topic_word(const std::string& word);          // radicalisation, extremism, terrorism…
bool is_document_part_word(const std::string& word);  // introduction, purpose, scope, glossary…
bool is_provider_kind_word(const std::string& word);  // university, college, school, academy…
bool is_welsh_provider_kind_word(const std::string& word);  // prifysgol, coleg, ysgol: name after
// A word of the English lists (what tells an English heading from a Welsh one).
bool is_english_list_word(const std::string& word);
// Adds the Welsh lists' words to a lexicon: first, so that they are its canonical forms.
void add_welsh_word_lists(WelshLexicon& lexicon);

}  // namespace prevent::core
