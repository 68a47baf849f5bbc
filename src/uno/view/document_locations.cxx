#include "uno/view/document_locations.hxx"

#include "core/canonical_text.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/read/writer_tables.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <regex>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

// Selects the whole paragraph with the view cursor, which scrolls it into view.
bool select(const Reference<css::frame::XModel>& document,
            const Reference<css::text::XTextContent>& paragraph)
{
    const Reference<css::text::XTextViewCursorSupplier> supplier(document->getCurrentController(),
                                                                 UNO_QUERY);
    if (!supplier.is() || !paragraph.is())
        return false;
    const auto cursor = supplier->getViewCursor();
    const auto anchor = paragraph->getAnchor();
    cursor->gotoRange(anchor->getStart(), false);
    cursor->gotoRange(anchor->getEnd(), true);
    return true;
}

// Puts the view cursor at the start of a table cell, which scrolls it into view.
bool select_cell(const Reference<css::frame::XModel>& document, const std::string& table_name,
                 const std::string& cell)
{
    const Reference<css::text::XTextViewCursorSupplier> supplier(document->getCurrentController(),
                                                                 UNO_QUERY);
    const Reference<css::text::XTextTablesSupplier> tables(document, UNO_QUERY);
    if (!supplier.is() || !tables.is() ||
        !tables->getTextTables()->hasByName(from_utf8(table_name)))
        return false;
    const Reference<css::text::XTextTable> table(
        tables->getTextTables()->getByName(from_utf8(table_name)), UNO_QUERY);
    const Reference<css::text::XText> text(
        table.is() ? table->getCellByName(from_utf8(cell)) : nullptr, UNO_QUERY);
    if (!text.is())
        return false;
    supplier->getViewCursor()->gotoRange(text->getStart(), false);
    return true;
}

// The n-th paragraph (1-based), counting all paragraphs or headings only.
Reference<css::text::XTextContent> nth(const Reference<css::frame::XModel>& document, std::size_t n,
                                       bool headings)
{
    Reference<css::text::XTextContent> found;
    std::size_t count = 0;
    visit_paragraphs(
        Reference<css::text::XTextDocument>(document, UNO_QUERY),
        [&](const Reference<css::text::XTextContent>& p, const core::OutlineParagraph& read) {
            if (!headings || read.outline_level > 0)
                ++count;
            if (count == n && (!headings || read.outline_level > 0))
                found = p;
            return !found.is();
        });
    return found;
}

}  // namespace

// "sheet:Action plan!H4": that sheet active and the cell selected.
static bool select_sheet_cell(const Reference<css::frame::XModel>& document,
                              const std::string& location)
{
    const Reference<css::sheet::XSpreadsheetDocument> calc(document, UNO_QUERY);
    const auto bang = location.rfind('!');
    if (!calc.is() || bang == std::string::npos || bang < 6)
        return false;
    const OUString name = from_utf8(location.substr(6, bang - 6));
    const Reference<css::sheet::XSpreadsheetView> view(document->getCurrentController(), UNO_QUERY);
    if (!view.is() || !calc->getSheets()->hasByName(name))
        return false;
    const Reference<css::sheet::XSpreadsheet> sheet(calc->getSheets()->getByName(name),
                                                    UNO_QUERY_THROW);
    view->setActiveSheet(sheet);
    try {
        const auto cell = Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW)
                              ->getCellRangeByName(from_utf8(location.substr(bang + 1)));
        return Reference<css::view::XSelectionSupplier>(view, UNO_QUERY_THROW)
            ->select(css::uno::Any(cell));
    } catch (const css::uno::RuntimeException&) {  // no such cell
        return false;
    }
}

bool go_to_location(const Reference<css::frame::XModel>& document, const std::string& location)
{
    fault_point("locations");
    if (location.rfind("sheet:", 0) == 0)
        return select_sheet_cell(document, location);
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    if (!text.is())
        return false;
    for (const auto& [prefix, headings] :
         {std::pair{std::string("heading:"), true}, std::pair{std::string("paragraph:"), false}}) {
        if (location.rfind(prefix, 0) != 0)
            continue;
        try {
            const std::size_t n = std::stoul(location.substr(prefix.size()));
            return n > 0 && select(document, nth(document, n, headings));
        } catch (const std::exception&) {
            return false;
        }
    }
    if (location.rfind("table:", 0) == 0) {
        const auto bang = location.find('!');
        if (bang == std::string::npos)
            return false;
        return select_cell(document, location.substr(6, bang - 6), location.substr(bang + 1));
    }
    return false;  // "document" and others: nowhere in particular
}

bool go_to_risk(const Reference<css::frame::XModel>& document, const std::string& table_name,
                int row)
{
    fault_point("locations");
    const Reference<css::text::XTextTablesSupplier> tables(document, UNO_QUERY);
    if (!tables.is() || row < 1 || !tables->getTextTables()->hasByName(from_utf8(table_name)))
        return false;
    const Reference<css::text::XTextTable> table(
        tables->getTextTables()->getByName(from_utf8(table_name)), UNO_QUERY);
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    const auto header =
        table.is() ? read_risk_header_of(table, has_tracked_changes(text)) : std::nullopt;
    return header &&
           select_cell(document, table_name, "A" + std::to_string(header->header_rows + row));
}

bool go_to_heading(const Reference<css::frame::XModel>& document, const std::string& heading_text)
{
    fault_point("locations");
    Reference<css::text::XTextContent> found;
    visit_paragraphs(
        Reference<css::text::XTextDocument>(document, UNO_QUERY),
        [&](const Reference<css::text::XTextContent>& p, const core::OutlineParagraph& read) {
            if (read.outline_level > 0 && read.text == heading_text)
                found = p;
            return !found.is();
        });
    return select(document, found);
}

bool go_to_section(const Reference<css::frame::XModel>& document, const std::string& key)
{
    fault_point("locations");
    if (const Reference<css::sheet::XSpreadsheetDocument> calc{document, UNO_QUERY}; calc.is()) {
        const Reference<css::sheet::XSpreadsheetView> view(document->getCurrentController(),
                                                           UNO_QUERY);
        const OUString name = from_utf8(key);
        if (!view.is() || !calc->getSheets()->hasByName(name))
            return false;
        view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(calc->getSheets()->getByName(name),
                                                                 UNO_QUERY_THROW));
        return true;
    }
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    if (!text.is())
        return false;
    // "2. Welfare (2)": the second top-level heading reading "2. Welfare" (docs/digest.md).
    std::string heading = key;
    int wanted = 1;
    static const std::regex repeat(R"(^(.*) \((\d+)\)$)");
    if (std::smatch m; std::regex_match(key, m, repeat)) {
        heading = m[1].str();
        wanted = std::stoi(m[2].str());
    }
    int top = 0;  // the highest level any heading has
    visit_paragraphs(
        text, [&](const Reference<css::text::XTextContent>&, const core::OutlineParagraph& read) {
            if (read.outline_level > 0 && (top == 0 || read.outline_level < top))
                top = read.outline_level;
            return true;
        });
    Reference<css::text::XTextContent> found;
    int seen = 0;
    visit_paragraphs(
        text, [&](const Reference<css::text::XTextContent>& p, const core::OutlineParagraph& read) {
            if (key.empty() && !found.is())
                found = p;  // the text before the first heading starts the document
            else if (read.outline_level == top && top > 0 &&
                     core::canonical_line(read.text) == heading && ++seen == wanted)
                found = p;
            return !found.is();
        });
    return select(document, found);
}

std::vector<std::string> heading_texts(const Reference<css::frame::XModel>& document)
{
    fault_point("locations");
    std::vector<std::string> out;
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    if (!text.is())
        return out;
    for (const auto& p : read_outline(text).paragraphs)
        if (p.outline_level > 0 && !p.text.empty())
            out.push_back(p.text);
    return out;
}

}  // namespace prevent::uno
