// The approval block (docs/approval.md): the lines it is made of, for the writer that inserts it,
// and how a reader knows it wherever it stands. Word formats keep neither the block's section nor
// its name, so after a .docx or .doc round trip the block is known by what it is: its title,
// then lines made only of the current approval's property fields, each after its label.
#pragma once

#include "canonical_text.hxx"

#include <string>
#include <vector>

namespace prevent::core {

// The block's lines after its title, each the fields (ApprovingBody, ...) it shows in order.
const std::vector<std::vector<std::string>>& approval_block_lines();

// A line of the block: one or more fields of the properties Prevent.Approval.Current.<Field>,
// each after its label ("Approving body: ") in a language the toolkit writes, and nothing else.
bool is_approval_block_line(const CanonicalParagraph& paragraph);

// The block's title ("Approval of this risk assessment"), a line of text only.
bool is_approval_block_title(const CanonicalParagraph& paragraph);

// The paragraphs without the block's lines, and without its title where a line follows it.
std::vector<CanonicalParagraph> without_approval_block(std::vector<CanonicalParagraph> paragraphs);

}  // namespace prevent::core
