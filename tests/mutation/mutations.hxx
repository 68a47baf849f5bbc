// Mutations of real documents, made in the office through the API: what many hands do to an
// assessment or an action plan between meetings. Each takes the document and a random source;
// it returns nullopt where it does not apply (a document without tables has no row to delete),
// else a function that puts back what it changed (for the approval run, which makes hundreds of
// edits to one approved document).
#pragma once

#include <com/sun/star/frame/XModel.hpp>

#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace prevent::mutation {

using Model = css::uno::Reference<css::frame::XModel>;
using Random = std::mt19937;
using Revert = std::function<void()>;

struct Mutation {
    std::string name;
    std::function<std::optional<Revert>(const Model&, Random&)> apply;
};

bool is_spreadsheet(const Model& document);

// Structure and content: delete, duplicate and reorder paragraphs and rows, merge cells, inject
// fields and formulas, tracked changes, protected sections and sheets, truncated tables, huge
// cells. For the mutation run; their reverts are not used.
std::vector<Mutation> structural_mutations(bool spreadsheet);

// Edits of the approved text: a word, a digit, a cell. Each must make the approval stale.
std::vector<Mutation> text_edits(bool spreadsheet);

// Edits of form only: bold, a style, page margins, a column width, a document property. None
// may make the approval stale.
std::vector<Mutation> format_edits(bool spreadsheet);

}  // namespace prevent::mutation
