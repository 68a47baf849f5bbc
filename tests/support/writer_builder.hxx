// Builds Writer documents for tests through the API, paragraph by paragraph at the end.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>
#include <vector>

namespace prevent::testing {

class WriterBuilder {
public:
    explicit WriterBuilder(const css::uno::Reference<css::frame::XModel>& document);

    WriterBuilder& heading(const std::string& text, int level = 1);
    WriterBuilder& body(const std::string& text);
    WriterBuilder& bold(const std::string& text);
    // A paragraph in any style, with a direct outline level when level >= 0.
    WriterBuilder& paragraph(const std::string& text, const std::string& style, int level = -1,
                             bool hidden = false);
    // A table of rows x columns; cells[r][c] is a heading (level 2) when it starts with "#".
    WriterBuilder& table(const std::vector<std::vector<std::string>>& cells);
    // A text frame anchored at the end, holding a heading and a body paragraph.
    WriterBuilder& frame(const std::string& heading, const std::string& text);
    // Deletes the text of the last paragraph with change tracking on.
    WriterBuilder& delete_last_tracked();

private:
    css::uno::Reference<css::text::XTextDocument> document_;
    bool first_ = true;
};

// Retypes a cell ("C2") of the document's table at this index (in the document's order).
void set_table_cell(const css::uno::Reference<css::frame::XModel>& document, int table,
                    const char* cell, const std::string& text);

// Replaces every occurrence of the text (Find & Replace, plain text); how many were replaced.
int replace_text(const css::uno::Reference<css::frame::XModel>& document, const std::string& from,
                 const std::string& to);

}  // namespace prevent::testing
