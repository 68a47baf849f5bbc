#include "mutations.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <rtl/ustrbuf.hxx>

#include <cctype>

namespace prevent::mutation {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

int pick(Random& random, int count)
{
    return count <= 1 ? 0 : std::uniform_int_distribution<int>(0, count - 1)(random);
}

// One element of a non-empty vector, at random.
template <typename T>
const T& one_of(const std::vector<T>& items, Random& random)
{
    return items[static_cast<std::size_t>(pick(random, static_cast<int>(items.size())))];
}

Reference<css::beans::XPropertySet> props(const Reference<css::uno::XInterface>& x)
{
    return Reference<css::beans::XPropertySet>(x, UNO_QUERY_THROW);
}

std::string words_of_length(std::size_t length)
{
    static const char* const words[] = {"Prevent",     "governors", "chaplaincy", "speakers",
                                        "filtering",   "referral",  "training",   "welfare",
                                        "partnership", "review"};
    std::string out;
    for (std::size_t i = 0; out.size() < length; ++i)
        out += std::string(words[i % 10]) + " ";
    return out;
}

// ---- Writer ----

// The SDK's references do not convert to a base interface by themselves.
Reference<css::text::XTextRange> as_range(const Reference<css::text::XTextCursor>& cursor)
{
    return cursor.get();
}

Reference<css::text::XTextDocument> text_document(const Model& m)
{
    return Reference<css::text::XTextDocument>(m, UNO_QUERY_THROW);
}

// The body's paragraphs (tables left out), in order.
std::vector<Reference<css::text::XTextContent>> paragraphs(const Model& m)
{
    std::vector<Reference<css::text::XTextContent>> out;
    const Reference<css::container::XEnumerationAccess> access(text_document(m)->getText(),
                                                               UNO_QUERY_THROW);
    for (const auto e = access->createEnumeration(); e->hasMoreElements();) {
        const Reference<css::lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (info.is() && info->supportsService("com.sun.star.text.Paragraph"))
            out.emplace_back(info, UNO_QUERY_THROW);
    }
    return out;
}

// A paragraph of plain visible text: outside any section, no tracked change, hidden text or
// field in it, some letters; the text an approval covers and an edit surely changes.
bool plain(const Reference<css::text::XTextContent>& paragraph)
{
    const auto p = props(paragraph);
    Reference<css::text::XTextSection> section;
    p->getPropertyValue("TextSection") >>= section;
    if (section.is())
        return false;
    const Reference<css::container::XEnumerationAccess> portions(paragraph, UNO_QUERY_THROW);
    for (const auto e = portions->createEnumeration(); e->hasMoreElements();) {
        const auto portion = props(Reference<css::uno::XInterface>(e->nextElement(), UNO_QUERY));
        OUString type;
        portion->getPropertyValue("TextPortionType") >>= type;
        bool hidden = false;
        portion->getPropertyValue("CharHidden") >>= hidden;
        if (type != "Text" || hidden)
            return false;
    }
    const OUString text = Reference<css::text::XTextRange>(paragraph, UNO_QUERY_THROW)->getString();
    for (sal_Int32 i = 0; i < text.getLength(); ++i)
        if (std::isalpha(static_cast<unsigned char>(text[i] < 128 ? text[i] : 0)))
            return true;
    return false;
}

std::vector<Reference<css::text::XTextContent>> plain_paragraphs(const Model& m)
{
    std::vector<Reference<css::text::XTextContent>> out;
    for (const auto& p : paragraphs(m))
        if (plain(p))
            out.push_back(p);
    return out;
}

std::vector<Reference<css::text::XTextTable>> tables(const Model& m)
{
    std::vector<Reference<css::text::XTextTable>> out;
    const Reference<css::container::XIndexAccess> all(
        Reference<css::text::XTextTablesSupplier>(m, UNO_QUERY_THROW)->getTextTables(),
        UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < all->getCount(); ++i)
        out.emplace_back(all->getByIndex(i), UNO_QUERY_THROW);
    return out;
}

Reference<css::text::XText> cell_text(const Reference<css::text::XTextTable>& table,
                                      const OUString& name)
{
    return Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW);
}

// A cell of a table outside any section (the approval block is one), for the text edits.
std::optional<std::pair<Reference<css::text::XTextTable>, OUString>> content_cell(const Model& m,
                                                                                  Random& random)
{
    std::vector<std::pair<Reference<css::text::XTextTable>, OUString>> cells;
    for (const auto& table : tables(m)) {
        Reference<css::text::XTextSection> section;
        props(table)->getPropertyValue("TextSection") >>= section;
        if (section.is())
            continue;
        for (const auto& name : table->getCellNames())
            cells.emplace_back(table, name);
    }
    if (cells.empty())
        return std::nullopt;
    return one_of(cells, random);
}

// The range of one word of the paragraph (or cell text): [start, start + length).
Reference<css::text::XTextCursor> word_cursor(const Reference<css::text::XTextRange>& range,
                                              Random& random)
{
    const OUString text = range->getString();
    std::vector<std::pair<sal_Int32, sal_Int32>> words;
    for (sal_Int32 i = 0; i < text.getLength();) {
        while (i < text.getLength() &&
               !std::isalpha(static_cast<unsigned char>(text[i] < 128 ? text[i] : 0)))
            ++i;
        const sal_Int32 start = i;
        while (i < text.getLength() &&
               std::isalpha(static_cast<unsigned char>(text[i] < 128 ? text[i] : 0)))
            ++i;
        if (i > start)
            words.emplace_back(start, i - start);
    }
    if (words.empty())
        return {};
    const auto [start, length] = one_of(words, random);
    const auto cursor = range->getText()->createTextCursorByRange(range->getStart());
    cursor->goRight(static_cast<sal_Int16>(std::min<sal_Int32>(start, 32767)), false);
    cursor->goRight(static_cast<sal_Int16>(std::min<sal_Int32>(length, 32767)), true);
    return cursor;
}

// Replaces what the cursor spans; the revert puts the old text back.
Revert replace(const Reference<css::text::XTextCursor>& cursor, const OUString& with)
{
    const OUString old = cursor->getString();
    cursor->setString(with);
    return [cursor, old] { cursor->setString(old); };
}

OUString changed_word(const OUString& word)
{
    rtl::OUStringBuffer b(word);
    const sal_Unicode c = b[0];
    b[0] = c == 'x' ? 'y' : c == 'X' ? 'Y' : (c >= 'A' && c <= 'Z') ? 'X' : 'x';
    return b.makeStringAndClear();
}

Reference<css::lang::XMultiServiceFactory> factory(const Model& m)
{
    return Reference<css::lang::XMultiServiceFactory>(m, UNO_QUERY_THROW);
}

std::optional<Revert> applied()
{
    return Revert([] {});
}

std::vector<Mutation> writer_structure()
{
    return {
        {"delete a paragraph",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = paragraphs(m);
             if (all.size() < 2)
                 return std::nullopt;
             Reference<css::lang::XComponent>(one_of(all, r), UNO_QUERY_THROW)->dispose();
             return applied();
         }},
        {"duplicate a paragraph",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = paragraphs(m);
             if (all.empty())
                 return std::nullopt;
             const Reference<css::text::XTextRange> p(one_of(all, r), UNO_QUERY_THROW);
             const auto text = p->getText();
             const auto cursor = text->createTextCursorByRange(p->getEnd());
             text->insertControlCharacter(as_range(cursor),
                                          css::text::ControlCharacter::PARAGRAPH_BREAK, false);
             text->insertString(as_range(cursor), p->getString(), false);
             return applied();
         }},
        {"reorder paragraphs",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = plain_paragraphs(m);
             if (all.size() < 2)
                 return std::nullopt;
             const Reference<css::text::XTextRange> a(one_of(all, r), UNO_QUERY_THROW);
             const Reference<css::text::XTextRange> b(one_of(all, r), UNO_QUERY_THROW);
             const OUString first = a->getString();
             a->setString(b->getString());
             b->setString(first);
             return applied();
         }},
        {"delete a table row",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = tables(m);
             if (all.empty())
                 return std::nullopt;
             const auto rows = one_of(all, r)->getRows();
             if (rows->getCount() < 2)
                 return std::nullopt;
             rows->removeByIndex(pick(r, rows->getCount()), 1);
             return applied();
         }},
        {"duplicate a table row",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = tables(m);
             if (all.empty())
                 return std::nullopt;
             const auto table = one_of(all, r);
             const auto rows = table->getRows();
             const int row = pick(r, rows->getCount());
             rows->insertByIndex(row + 1, 1);
             const Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
             for (sal_Int32 c = 0;; ++c) {
                 try {
                     const Reference<css::text::XText> from(cells->getCellByPosition(c, row),
                                                            UNO_QUERY_THROW);
                     Reference<css::text::XText>(cells->getCellByPosition(c, row + 1),
                                                 UNO_QUERY_THROW)
                         ->setString(from->getString());
                 } catch (const css::uno::Exception&) {
                     break;  // past the row's last cell (rows of merged tables differ)
                 }
             }
             return applied();
         }},
        {"reorder table rows",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = tables(m);
             if (all.empty())
                 return std::nullopt;
             const auto table = one_of(all, r);
             const int count = table->getRows()->getCount();
             const int a = pick(r, count), b = pick(r, count);
             const Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
             for (sal_Int32 c = 0;; ++c) {
                 try {
                     const Reference<css::text::XText> x(cells->getCellByPosition(c, a),
                                                         UNO_QUERY_THROW);
                     const Reference<css::text::XText> y(cells->getCellByPosition(c, b),
                                                         UNO_QUERY_THROW);
                     const OUString first = x->getString();
                     x->setString(y->getString());
                     y->setString(first);
                 } catch (const css::uno::Exception&) {
                     break;
                 }
             }
             return applied();
         }},
        {"merge cells",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = tables(m);
             if (all.empty())
                 return std::nullopt;
             const auto table = one_of(all, r);
             const auto names = table->getCellNames();
             const auto cursor = table->createCursorByCellName(names[pick(r, names.getLength())]);
             if (!cursor->goRight(1, true) && !cursor->goDown(1, true))
                 return std::nullopt;
             cursor->mergeRange();
             return applied();
         }},
        {"inject a field",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = paragraphs(m);
             if (all.empty())
                 return std::nullopt;
             static const char* const kinds[] = {
                 "com.sun.star.text.TextField.DateTime", "com.sun.star.text.TextField.PageNumber",
                 "com.sun.star.text.TextField.Author", "com.sun.star.text.TextField.DocInfo.Title",
                 "com.sun.star.text.TextField.PageCount"};
             const Reference<css::text::XTextContent> field(
                 factory(m)->createInstance(OUString::createFromAscii(kinds[pick(r, 5)])),
                 UNO_QUERY_THROW);
             const Reference<css::text::XTextRange> p(one_of(all, r), UNO_QUERY_THROW);
             p->getText()->insertTextContent(pick(r, 2) ? p->getStart() : p->getEnd(), field,
                                             false);
             return applied();
         }},
        {"tracked changes",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = paragraphs(m);
             if (all.empty())
                 return std::nullopt;
             props(m)->setPropertyValue("RecordChanges", Any(true));
             const Reference<css::text::XTextRange> p(one_of(all, r), UNO_QUERY_THROW);
             if (pick(r, 2))
                 p->setString("");  // a tracked deletion
             else
                 p->getText()->insertString(p->getStart(), "Amended: ", false);
             return applied();
         }},
        {"protect a section",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = paragraphs(m);
             if (all.empty())
                 return std::nullopt;
             const Reference<css::text::XTextContent> section(
                 factory(m)->createInstance("com.sun.star.text.TextSection"), UNO_QUERY_THROW);
             props(section)->setPropertyValue("IsProtected", Any(true));
             const Reference<css::text::XTextRange> p(one_of(all, r), UNO_QUERY_THROW);
             const auto cursor = p->getText()->createTextCursorByRange(p);
             p->getText()->insertTextContent(as_range(cursor), section, true);
             return applied();
         }},
        {"truncate a table",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto all = tables(m);
             if (all.empty())
                 return std::nullopt;
             const auto table = one_of(all, r);
             const auto rows = table->getRows();
             if (rows->getCount() > 1)
                 rows->removeByIndex(1, rows->getCount() - 1);
             const auto columns = table->getColumns();
             if (columns->getCount() > 2 && pick(r, 2))
                 columns->removeByIndex(2, columns->getCount() - 2);
             return applied();
         }},
        {"huge cell",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             // 20,000 characters, a dozen pages in one cell: LibreOffice's own layout of much
             // more in a table cell takes minutes, which would time the office, not the toolkit.
             const std::string huge = words_of_length(20000);
             if (const auto cell = content_cell(m, r)) {
                 cell_text(cell->first, cell->second)->setString(OUString::fromUtf8(huge.c_str()));
                 return applied();
             }
             const auto all = paragraphs(m);
             if (all.empty())
                 return std::nullopt;
             Reference<css::text::XTextRange>(one_of(all, r), UNO_QUERY_THROW)
                 ->setString(OUString::fromUtf8(huge.c_str()));
             return applied();
         }},
    };
}

// ---- Calc ----

Reference<css::sheet::XSpreadsheet> some_sheet(const Model& m, Random& r)
{
    const Reference<css::container::XIndexAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(m, UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(pick(r, sheets->getCount())),
                                               UNO_QUERY_THROW);
}

css::table::CellRangeAddress used_area(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    const auto cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
}

// A cell inside the used area of some sheet; with want_content, one that holds something.
std::optional<Reference<css::table::XCell>> some_cell(const Model& m, Random& r, bool want_content)
{
    for (int attempt = 0; attempt < 40; ++attempt) {
        const auto sheet = some_sheet(m, r);
        const auto area = used_area(sheet);
        const auto cell = sheet->getCellByPosition(
            area.StartColumn + pick(r, area.EndColumn - area.StartColumn + 1),
            area.StartRow + pick(r, area.EndRow - area.StartRow + 1));
        if (!want_content || cell->getType() != css::table::CellContentType_EMPTY)
            return cell;
    }
    return std::nullopt;
}

Revert keep_cell(const Reference<css::table::XCell>& cell)
{
    const auto type = cell->getType();
    const double value = cell->getValue();
    const OUString formula = cell->getFormula();
    const OUString text = Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString();
    return [=] {
        if (type == css::table::CellContentType_VALUE)
            cell->setValue(value);
        else if (type == css::table::CellContentType_TEXT)
            Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->setString(text);
        else
            cell->setFormula(formula);  // a formula, or "" for an empty cell
    };
}

std::vector<Mutation> calc_structure()
{
    return {
        {"delete a row",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto sheet = some_sheet(m, r);
             const auto area = used_area(sheet);
             Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)
                 ->getRows()
                 ->removeByIndex(area.StartRow + pick(r, area.EndRow - area.StartRow + 1), 1);
             return applied();
         }},
        {"duplicate a row",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto sheet = some_sheet(m, r);
             const auto area = used_area(sheet);
             const sal_Int32 row = area.StartRow + pick(r, area.EndRow - area.StartRow + 1);
             Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)
                 ->getRows()
                 ->insertByIndex(row + 1, 1);
             const auto from = Reference<css::sheet::XCellRangeAddressable>(
                                   sheet->getCellRangeByPosition(
                                       0, row, std::max<sal_Int32>(area.EndColumn, 0), row),
                                   UNO_QUERY_THROW)
                                   ->getRangeAddress();
             css::table::CellAddress to;
             to.Sheet = from.Sheet;
             to.Column = 0;
             to.Row = row + 1;
             Reference<css::sheet::XCellRangeMovement>(sheet, UNO_QUERY_THROW)->copyRange(to, from);
             return applied();
         }},
        {"reorder rows",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto sheet = some_sheet(m, r);
             const auto area = used_area(sheet);
             const sal_Int32 a = area.StartRow + pick(r, area.EndRow - area.StartRow + 1);
             const sal_Int32 b = area.StartRow + pick(r, area.EndRow - area.StartRow + 1);
             for (sal_Int32 c = area.StartColumn; c <= area.EndColumn; ++c) {
                 const auto x = sheet->getCellByPosition(c, a), y = sheet->getCellByPosition(c, b);
                 const OUString first = x->getFormula();
                 x->setFormula(y->getFormula());
                 y->setFormula(first);
             }
             return applied();
         }},
        {"merge cells",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto sheet = some_sheet(m, r);
             const auto area = used_area(sheet);
             const sal_Int32 c = area.StartColumn + pick(r, area.EndColumn - area.StartColumn + 1);
             const sal_Int32 row = area.StartRow + pick(r, area.EndRow - area.StartRow + 1);
             Reference<css::util::XMergeable>(
                 sheet->getCellRangeByPosition(c, row, c + 1, row + pick(r, 2)), UNO_QUERY_THROW)
                 ->merge(true);
             return applied();
         }},
        {"inject a formula",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             static const char* const formulas[] = {"=NOW()", "=1/0", "=A1&B1", "=SUM(A1:Z100)",
                                                    "=INDIRECT(\"XFD1048576\")"};
             const auto cell = some_cell(m, r, false);
             if (!cell)
                 return std::nullopt;
             (*cell)->setFormula(OUString::createFromAscii(formulas[pick(r, 5)]));
             return applied();
         }},
        {"tracked changes",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             props(m)->setPropertyValue("RecordChanges", Any(true));
             const auto cell = some_cell(m, r, false);
             if (!cell)
                 return std::nullopt;
             Reference<css::text::XTextRange>(*cell, UNO_QUERY_THROW)->setString("Amended");
             return applied();
         }},
        {"protect a sheet",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             Reference<css::util::XProtectable>(some_sheet(m, r), UNO_QUERY_THROW)->protect("");
             return applied();
         }},
        {"protect the document",
         [](const Model& m, Random&) -> std::optional<Revert> {
             Reference<css::util::XProtectable>(m, UNO_QUERY_THROW)->protect("");
             return applied();
         }},
        {"truncate a table",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto sheet = some_sheet(m, r);
             const auto area = used_area(sheet);
             if (area.EndRow <= area.StartRow)
                 return std::nullopt;
             Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)
                 ->getRows()
                 ->removeByIndex(area.StartRow + 1, area.EndRow - area.StartRow);
             return applied();
         }},
        {"huge cell",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cell = some_cell(m, r, false);
             if (!cell)
                 return std::nullopt;
             Reference<css::text::XTextRange>(*cell, UNO_QUERY_THROW)
                 ->setString(OUString::fromUtf8(words_of_length(100000).c_str()));
             return applied();
         }},
    };
}

// ---- edits for the approval run ----

Revert set_property(const Reference<css::beans::XPropertySet>& p, const char* name,
                    const Any& value)
{
    const OUString n = OUString::createFromAscii(name);
    const Any old = p->getPropertyValue(n);
    p->setPropertyValue(n, value);
    return [p, n, old] { p->setPropertyValue(n, old); };
}

Revert add_user_property(const Model& m, Random& r)
{
    const auto properties =
        Reference<css::document::XDocumentPropertiesSupplier>(m, UNO_QUERY_THROW)
            ->getDocumentProperties();
    const Reference<css::beans::XPropertyContainer> container =
        properties->getUserDefinedProperties();
    const OUString name = "Reviewed by " + OUString::number(pick(r, 1000000));
    container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE,
                           Any(OUString("Clerk to the governors")));
    return [container, name] { container->removeProperty(name); };
}

Revert page_margin(const Model& m, const OUString& style)
{
    const Reference<css::container::XNameAccess> pages(
        Reference<css::style::XStyleFamiliesSupplier>(m, UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        UNO_QUERY_THROW);
    const auto page =
        props(Reference<css::uno::XInterface>(pages->getByName(style), UNO_QUERY_THROW));
    sal_Int32 margin = 0;
    page->getPropertyValue("LeftMargin") >>= margin;
    return set_property(page, "LeftMargin", Any(sal_Int32(margin + 500)));
}

std::optional<Reference<css::text::XTextCursor>> a_word(const Model& m, Random& r)
{
    const auto all = plain_paragraphs(m);
    if (all.empty())
        return std::nullopt;
    for (int attempt = 0; attempt < 10; ++attempt)
        if (const auto cursor =
                word_cursor(Reference<css::text::XTextRange>(one_of(all, r), UNO_QUERY_THROW), r);
            cursor.is())
            return cursor;
    return std::nullopt;
}

std::vector<Mutation> writer_text_edits()
{
    return {
        {"a word",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cursor = a_word(m, r);
             if (!cursor)
                 return std::nullopt;
             return replace(*cursor, changed_word((*cursor)->getString()));
         }},
        {"a digit",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             for (const auto& p : plain_paragraphs(m)) {
                 const Reference<css::text::XTextRange> range(p, UNO_QUERY_THROW);
                 const OUString text = range->getString();
                 for (sal_Int32 i = 0; i < text.getLength(); ++i)
                     if (text[i] >= '0' && text[i] <= '9' && pick(r, 2)) {
                         const auto cursor =
                             range->getText()->createTextCursorByRange(range->getStart());
                         cursor->goRight(static_cast<sal_Int16>(i), false);
                         cursor->goRight(1, true);
                         return replace(cursor,
                                        OUString(sal_Unicode(text[i] == '9' ? '0' : text[i] + 1)));
                     }
             }
             const auto all =
                 plain_paragraphs(m);  // no digit met: a year added is a digit edit too
             if (all.empty())
                 return std::nullopt;
             const Reference<css::text::XTextRange> range(one_of(all, r), UNO_QUERY_THROW);
             const auto cursor = range->getText()->createTextCursorByRange(range->getEnd());
             return replace(cursor, " 2027");
         }},
        {"a cell",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cell = content_cell(m, r);
             if (!cell)
                 return std::nullopt;
             const auto text = cell_text(cell->first, cell->second);
             const auto cursor = text->createTextCursor();
             cursor->gotoEnd(true);
             const OUString old = cursor->getString();
             return replace(cursor, old.isEmpty() ? OUString("Amended") : old + " amended");
         }},
    };
}

std::vector<Mutation> writer_format_edits()
{
    return {
        {"bold",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cursor = a_word(m, r);
             if (!cursor)
                 return std::nullopt;
             float weight = 0;
             props(*cursor)->getPropertyValue("CharWeight") >>= weight;
             return set_property(
                 props(*cursor), "CharWeight",
                 Any(weight > css::awt::FontWeight::NORMAL ? css::awt::FontWeight::NORMAL
                                                           : css::awt::FontWeight::BOLD));
         }},
        {"character style",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cursor = a_word(m, r);
             if (!cursor)
                 return std::nullopt;
             return set_property(
                 props(*cursor), "CharStyleName",
                 Any(OUString::createFromAscii(pick(r, 2) ? "Emphasis" : "Strong Emphasis")));
         }},
        {"paragraph style",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             std::vector<Reference<css::text::XTextContent>> body;
             for (const auto& p : plain_paragraphs(m)) {
                 sal_Int16 level = 0;
                 props(p)->getPropertyValue("OutlineLevel") >>= level;
                 if (level == 0)
                     body.push_back(p);
             }
             if (body.empty())
                 return std::nullopt;
             const auto p = props(one_of(body, r));
             OUString style;
             p->getPropertyValue("ParaStyleName") >>= style;
             return set_property(p, "ParaStyleName",
                                 Any(OUString::createFromAscii(
                                     style == "Quotations" ? "Text Body" : "Quotations")));
         }},
        {"margins",
         [](const Model& m, Random&) -> std::optional<Revert> {
             const auto all = paragraphs(m);
             OUString style = "Standard";
             if (!all.empty())
                 props(all.front())->getPropertyValue("PageStyleName") >>= style;
             return page_margin(m, style);
         }},
        {"a property",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             return add_user_property(m, r);
         }},
        {"font colour",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cursor = a_word(m, r);
             if (!cursor)
                 return std::nullopt;
             return set_property(props(*cursor), "CharColor", Any(sal_Int32(0xC9211E)));
         }},
    };
}

std::vector<Mutation> calc_text_edits()
{
    return {
        {"a word",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             for (int attempt = 0; attempt < 40; ++attempt) {
                 const auto cell = some_cell(m, r, true);
                 if (!cell || (*cell)->getType() != css::table::CellContentType_TEXT)
                     continue;
                 const auto revert = keep_cell(*cell);
                 const Reference<css::text::XTextRange> range(*cell, UNO_QUERY_THROW);
                 range->setString("Amended " + range->getString());
                 return revert;
             }
             return std::nullopt;
         }},
        {"a digit",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             for (int attempt = 0; attempt < 40; ++attempt) {
                 const auto cell = some_cell(m, r, true);
                 if (!cell || (*cell)->getType() != css::table::CellContentType_VALUE)
                     continue;
                 const auto revert = keep_cell(*cell);
                 (*cell)->setValue((*cell)->getValue() + 1);
                 return revert;
             }
             const auto cell = some_cell(m, r, false);  // no number met: one typed in
             if (!cell)
                 return std::nullopt;
             const auto revert = keep_cell(*cell);
             (*cell)->setValue((*cell)->getValue() + 7);
             return revert;
         }},
        {"a cell",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cell = some_cell(m, r, false);
             if (!cell)
                 return std::nullopt;
             const auto revert = keep_cell(*cell);
             const Reference<css::text::XTextRange> range(*cell, UNO_QUERY_THROW);
             range->setString(range->getString() + " (amended)");
             return revert;
         }},
    };
}

std::vector<Mutation> calc_format_edits()
{
    return {
        {"bold",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cell = some_cell(m, r, false);
             if (!cell)
                 return std::nullopt;
             return set_property(props(*cell), "CharWeight", Any(css::awt::FontWeight::BOLD));
         }},
        {"background",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto cell = some_cell(m, r, false);
             if (!cell)
                 return std::nullopt;
             return set_property(props(*cell), "CellBackColor", Any(sal_Int32(0xFFE994)));
         }},
        {"column width",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             const auto sheet = some_sheet(m, r);
             const Reference<css::container::XIndexAccess> columns(
                 Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(),
                 UNO_QUERY_THROW);
             const auto column = props(Reference<css::uno::XInterface>(
                 columns->getByIndex(pick(r, 10)), UNO_QUERY_THROW));
             sal_Int32 width = 0;
             column->getPropertyValue("Width") >>= width;
             return set_property(column, "Width", Any(sal_Int32(width + 1500)));
         }},
        {"style",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             for (int attempt = 0; attempt < 40; ++attempt) {
                 const auto cell = some_cell(m, r, true);
                 if (cell && (*cell)->getType() == css::table::CellContentType_TEXT)
                     return set_property(props(*cell), "CellStyle", Any(OUString("Accent")));
             }
             return std::nullopt;
         }},
        {"margins",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             OUString style = "Default";
             props(some_sheet(m, r))->getPropertyValue("PageStyle") >>= style;
             return page_margin(m, style);
         }},
        {"a property",
         [](const Model& m, Random& r) -> std::optional<Revert> {
             return add_user_property(m, r);
         }},
    };
}

}  // namespace

bool is_spreadsheet(const Model& document)
{
    const Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
    return info.is() && info->supportsService("com.sun.star.sheet.SpreadsheetDocument");
}

std::vector<Mutation> structural_mutations(bool spreadsheet)
{
    return spreadsheet ? calc_structure() : writer_structure();
}
std::vector<Mutation> text_edits(bool spreadsheet)
{
    return spreadsheet ? calc_text_edits() : writer_text_edits();
}
std::vector<Mutation> format_edits(bool spreadsheet)
{
    return spreadsheet ? calc_format_edits() : writer_format_edits();
}

}  // namespace prevent::mutation
