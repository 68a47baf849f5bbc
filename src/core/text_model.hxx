// A Writer document as every check reads it, whichever reader filled it (a file on disk in
// src/odf; the live document in src/uno): its paragraphs in reading order (body, tables cell by
// cell, sections; then the text frames), each with what coverage sees (its text, outline level,
// weight) and what the digest sees (its pieces, fields by kind), and its tables as grids with
// the heading they stand under.
#pragma once

#include "canonical_text.hxx"
#include "outline.hxx"
#include "risk_register.hxx"

#include <string>
#include <vector>

namespace prevent::core {

struct TextParagraph {
    OutlineParagraph outline;
    CanonicalParagraph canonical;
    bool in_approval_block = false;  // the section PreventApprovalBlock: not content
    int table = -1;  // the innermost table it stands in (an index of TextModel::tables), or -1
};

struct TextTable {
    TableGrid grid;
    std::string heading;  // the text of the last heading before the table ("" before any)
};

struct TextModel {
    std::vector<TextParagraph> paragraphs;
    std::vector<TextTable> tables;

    Outline outline() const;
    std::vector<CanonicalParagraph> canonical() const;  // the approval block left out
};

}  // namespace prevent::core
