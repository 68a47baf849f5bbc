// The plain model of a Writer document that coverage checking needs, filled by a reader (the
// live document in src/uno, a file on disk in src/odf): its paragraphs in reading order.
#pragma once

#include <string>
#include <vector>

namespace prevent::core {

struct OutlineParagraph {
    std::string text;       // as shown: tracked deletions and hidden text left out
    int outline_level = 0;  // 0: body text; 1..10: a heading
    bool bold = false;      // all of its text is bold
    bool in_table = false;
    // The language its text is marked as (BCP 47: "cy-GB"), read for headings only; empty when
    // the document does not say. A heading marked Welsh is read as Welsh (docs/matching.md).
    std::string language;
};

struct Outline {
    std::vector<OutlineParagraph> paragraphs;  // body, tables cell by cell, sections, frames
};

// Location of the n-th heading (1-based, in document order) / paragraph, as findings use them.
std::string heading_location(std::size_t n);
std::string paragraph_location(std::size_t n);

// "Click here to enter text.", "TBC", "[Insert details]"...: text that only holds a place.
bool is_placeholder(const std::string& text);

}  // namespace prevent::core
