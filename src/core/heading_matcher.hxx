// Which areas of the catalogue a heading covers, the way an experienced Prevent lead reads it:
// by the area's title and synonyms (any order, extra generic words allowed), not fooled by
// headings that share a word with a synonym but are about something else ("Fire safety",
// "IT equipment loans"). Rules and examples: docs/matching.md; the test table:
// tests/fixtures/heading_matches.tsv.
#pragma once

#include "catalogue.hxx"
#include "welsh_words.hxx"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace prevent::core {

struct HeadingMatch {
    std::vector<std::string> covered;   // area ids, catalogue order: the heading covers them
    std::vector<std::string> possible;  // area ids the heading may be about (an info finding)
    // For each covered area, the heading's words that name it, as written ("trained", "staff").
    std::map<std::string, std::vector<std::string>> because;
    // The heading only names a part of the document ("Purpose", "Policy statement", "Glossary"):
    // it covers nothing, and its text is no evidence either.
    bool document_part = false;
    // The heading holds words that say what it is about beyond generic, sentence and topic
    // words ("Our arrangements" and "What is Prevent?" hold none): only then may the section's
    // text speak for it (docs/matching.md).
    bool words_left_over = false;
};

// The areas a section's own text is about, by the catalogue's keywords of each area.
struct TextEvidence {
    struct Area {
        std::string id;
        std::vector<std::string> words;  // distinct keywords found, as written, in text order
        std::vector<std::string> stems;  // their canonical words, in the same order
    };
    std::vector<Area> areas;  // most keywords first (then catalogue order); only areas with any

    // The evidence of several texts read one after the other (a section's paragraphs, each read
    // once however many sections hold it).
    static TextEvidence merged(const std::vector<const TextEvidence*>& parts);
};

// Words of the document that name the provider ("Northgate" in "Northgate College"): in a heading
// they neither make nor spoil a match ("Northgate's approach to events").
using NameWords = std::set<std::string>;

// What a document's first page tells about reading its headings.
struct DocumentContext {
    NameWords names;
    // A training provider's whole name, which holds a word of the field ("PM Training"): in a
    // heading the name is read as a name ("PM Training's duty" is no training).
    std::vector<std::vector<std::string>> name_phrases;
    // The page speaks of the duty (Prevent, radicalisation, extremism…): its headings are read as a
    // Prevent lead reads a Prevent document's, where an outcome sentence that names an area is
    // about it however many other words it has.
    bool on_prevent = false;
};

class HeadingMatcher {
public:
    explicit HeadingMatcher(const Catalogue& catalogue);

    // Results are remembered (a few thousand headings at most): the extension matches the same
    // headings at every pause in typing, prevent-check the same template's in every file.
    // language: what the document marks the heading's language as ("cy-GB"), or empty. Marked
    // Welsh, its words are read in Welsh too whatever they look like; which language is its
    // main one (the order of its words) the words decide, as they do when it is not marked:
    // documents are often marked with the office's default language rather than their own.
    HeadingMatch match(std::string_view heading, const DocumentContext& context = {},
                       std::string_view language = {}) const;

    // The keywords of each area that a section's text holds (body paragraphs and table cells).
    TextEvidence text_evidence(std::string_view text) const;

    // The provider's name, as far as the first page can tell (the capitalised words before
    // "College", "School"…, unknown to the catalogue), and whether the page speaks of the duty.
    DocumentContext document_context(std::string_view first_page) const;

private:
    // A text's words as the matcher reads them: English words as heading_tokens gives them, and
    // when the text is Welsh in whole or in part, its Welsh words in the lexicon's form
    // (docs/matching.md, "Welsh"). welsh: the text reads as Welsh (its word order: the noun
    // first).
    struct Reading {
        std::vector<HeadingWord> tokens;
        bool welsh = false;
    };
    Reading read(std::string_view text, const WordOptions& options, bool heading,
                 bool marked_welsh = false) const;
    bool english_word(const std::string& word) const;

    HeadingMatch match_uncached(std::string_view heading, const DocumentContext& context,
                                bool marked_welsh) const;
    HeadingMatch match_words(std::string_view heading, const DocumentContext& context,
                             bool marked_welsh) const;
    NameWords name_words(std::string_view title_page,
                         std::vector<std::vector<std::string>>* phrases = nullptr) const;
    // A word of the catalogue, of the field or of ordinary headings: no name.
    bool known_word(const std::string& word) const;

    struct Term {
        std::size_t area;  // index into areas_
        std::set<std::string> words;
        bool generic;  // only generic words ("Policies", "Risk assessment")
    };

    std::vector<std::string> areas_;  // ids, catalogue order
    std::vector<Term> terms_;
    // For each word of any term (generic words excepted): the areas whose terms hold it.
    std::vector<std::pair<std::string, std::set<std::size_t>>> word_areas_;

    // Keywords of each area's section text: canonical word -> areas.
    std::vector<std::pair<std::string, std::set<std::size_t>>> keyword_areas_;

    const std::set<std::size_t>* areas_of_word(const std::string& word) const;

    WelshLexicon welsh_;                             // empty when the catalogue has no Welsh terms
    std::unordered_set<std::string> english_words_;  // of the English terms and keywords

    struct Memo;
    std::shared_ptr<Memo> memo_;  // shared by copies; guarded by its own mutex
};

}  // namespace prevent::core
