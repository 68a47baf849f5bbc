// The canonical text of an assessment and its digest (docs/digest.md): what an approval covers.
// The adapters (UNO, and the command-line checker's ODF reader) turn a document into paragraphs
// or cells; the rules that make two readings of the same content equal live here, once.
#pragma once

#include <string>
#include <vector>

namespace prevent::core {

// A piece of a Writer paragraph: text as shown, or a field, which counts by its kind only.
struct TextPiece {
    std::string text;        // for text pieces
    std::string field_kind;  // non-empty for a field: "date", "page-number", ...
    std::string field_name;  // a "custom" field: the user-defined property it shows
};

struct CanonicalParagraph {
    std::vector<TextPiece> pieces;
    int outline_level = 0;  // 0: body text; 1..10: a heading (it starts a section)
};

// A Calc cell: its address ("B4"), and its content as docs/digest.md says.
enum class CellKind { Text, Number, Date, DateTime, Formula };
struct CanonicalCell {
    std::string address;
    CellKind kind = CellKind::Text;
    std::string text;   // Text: the string; Formula: the formula ("=SUM(A1:A3)")
    double number = 0;  // Number, Date, DateTime: the stored value (Date: days since 1899-12-30)
};
struct CanonicalSheet {
    std::string name;
    std::vector<CanonicalCell> cells;  // row by row, column by column; empty cells left out
};

// One line of canonical text per non-empty paragraph, each ended by "\n".
std::string canonical_text(const std::vector<CanonicalParagraph>& paragraphs);
std::string canonical_text(const std::vector<CanonicalSheet>& sheets);

// NFC, every run of white space one space, none at either end.
std::string canonical_line(const std::string& text);

// A number in its shortest round-trip form: 3, 2.5, 0.1, -4e-07.
std::string canonical_number(double value);

// The digest of a canonical text: SHA-256 of its UTF-8, lowercase hex.
std::string digest_of(const std::string& canonical);

// A section's key and digest. Writer: sections start at each heading of the document's highest
// level (the smallest outline level used); text before the first one is the section "". The
// key is the heading's canonical line, " (2)", " (3)"... added to repeats. Calc: one per sheet.
struct SectionDigest {
    std::string key;
    std::string digest;
};
std::vector<SectionDigest> section_digests(const std::vector<CanonicalParagraph>& paragraphs);
std::vector<SectionDigest> section_digests(const std::vector<CanonicalSheet>& sheets);

// The digest and the section digests together, each line normalised once.
struct ContentDigests {
    std::string digest;
    std::vector<SectionDigest> sections;
};
ContentDigests content_digests(const std::vector<CanonicalParagraph>& paragraphs);
ContentDigests content_digests(const std::vector<CanonicalSheet>& sheets);

}  // namespace prevent::core
