// A Writer package's text as the checks need it — the same model the extension reads from the
// live document (src/uno/writer_outline, writer_tables, canonical_reader): paragraphs in reading
// order (body, tables cell by cell, sections; then the text frames), each with what coverage sees
// (its text, outline level, weight) and what the digest sees (its pieces, fields by kind); and the
// tables as grids, with the heading they stand under. One pass over content.xml.
#pragma once

#include "core/canonical_text.hxx"
#include "core/outline.hxx"
#include "core/risk_register.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace prevent::odf {

struct OdfParagraph {
    core::OutlineParagraph outline;
    core::CanonicalParagraph canonical;
    bool in_approval_block = false;  // the section PreventApprovalBlock: not content
};

struct OdfTable {
    core::TableGrid grid;
    std::string heading;  // the text of the last heading before the table ("" before any)
};

struct OdfText {
    std::vector<OdfParagraph> paragraphs;
    std::vector<OdfTable> tables;

    core::Outline outline() const;
    std::vector<core::CanonicalParagraph> canonical() const;  // the approval block left out
};

// From content.xml and styles.xml (may be empty). XmlError when either is not well-formed.
OdfText read_odf_text(std::string_view content_xml, std::string_view styles_xml);

}  // namespace prevent::odf
