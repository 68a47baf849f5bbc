// Which areas of the catalogue a heading covers, the way an experienced Prevent lead reads it:
// by the area's title and synonyms (any order, extra generic words allowed), not fooled by
// headings that share a word with a synonym but are about something else ("Fire safety",
// "IT equipment loans"). Rules and examples: docs/matching.md; the test table:
// tests/fixtures/heading_matches.tsv.
#pragma once

#include "catalogue.hxx"

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace prevent::core {

struct HeadingMatch {
    std::vector<std::string> covered;   // area ids, catalogue order: the heading covers them
    std::vector<std::string> possible;  // area ids the heading may be about (an info finding)
};

class HeadingMatcher {
public:
    explicit HeadingMatcher(const Catalogue& catalogue);

    // Results are remembered (a few thousand headings at most): the extension matches the same
    // headings at every pause in typing, prevent-check the same template's in every file.
    HeadingMatch match(std::string_view heading) const;

private:
    HeadingMatch match_uncached(std::string_view heading) const;

    struct Term {
        std::size_t area;                // index into areas_
        std::set<std::string> words;
        bool generic;                    // only generic words ("Policies", "Risk assessment")
    };

    std::vector<std::string> areas_;     // ids, catalogue order
    std::vector<Term> terms_;
    // For each word of any term (generic words excepted): the areas whose terms hold it.
    std::vector<std::pair<std::string, std::set<std::size_t>>> word_areas_;

    const std::set<std::size_t>* areas_of_word(const std::string& word) const;

    struct Memo;
    std::shared_ptr<Memo> memo_;  // shared by copies; guarded by its own mutex
};

}  // namespace prevent::core
