#include "uno/read/canonical_reader.hxx"

#include "core/approval_block_text.hxx"
#include "core/cell_address.hxx"
#include "core/stored_names.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFrame.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <functional>
#include <optional>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

// ---- Writer ----

// A field's kind (docs/digest.md rule 3), from its service names.
std::string field_kind(const Reference<css::lang::XServiceInfo>& field)
{
    if (!field.is())
        return "field";
    if (field->supportsService("com.sun.star.text.TextField.DateTime") ||
        field->supportsService("com.sun.star.text.textfield.DocInfo.CreateDateTime") ||
        field->supportsService("com.sun.star.text.textfield.DocInfo.ChangeDateTime") ||
        field->supportsService("com.sun.star.text.textfield.DocInfo.PrintDateTime"))
        return "date";
    if (field->supportsService("com.sun.star.text.TextField.PageNumber"))
        return "page-number";
    if (field->supportsService("com.sun.star.text.TextField.PageCount"))
        return "page-count";
    for (const OUString& name : field->getSupportedServiceNames()) {
        for (const char* prefix :
             {"com.sun.star.text.TextField.", "com.sun.star.text.textfield."}) {
            if (name.startsWithIgnoreAsciiCase(OUString::createFromAscii(prefix)) &&
                name.getLength() > static_cast<sal_Int32>(std::char_traits<char>::length(prefix))) {
                return to_utf8(name.copy(name.lastIndexOf('.') + 1).toAsciiLowerCase());
            }
        }
    }
    return "field";
}

class WriterReader {
public:
    void text(const Reference<css::text::XText>& text)
    {
        const Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY);
        if (!access.is())
            return;
        for (const auto items = access->createEnumeration(); items->hasMoreElements();) {
            const auto item = items->nextElement();
            if (const Reference<css::text::XTextTable> t{item, UNO_QUERY}; t.is())
                table(t);
            else if (const auto p = paragraph_of(item); p.is())
                paragraph(p);
        }
    }

    std::vector<core::CanonicalParagraph> paragraphs;

private:
    void table(const Reference<css::text::XTextTable>& table)
    {
        for (const auto& name : table->getCellNames()) {  // row by row, column by column
            const Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
            if (cell.is())
                text(cell);
        }
    }

    void paragraph(const Reference<css::text::XTextContent>& content)
    {
        const auto facts =
            read_paragraph_facts(Reference<css::beans::XPropertySet>(content, UNO_QUERY_THROW));
        if (facts.in_hidden_section || facts.in_approval_block)
            return;
        paragraphs.push_back(read_canonical_paragraph(content, facts.outline_level, nullptr));
    }
};

// The paragraph's sections, innermost first, until visit returns true.
template <typename Visit>
bool any_section(const Reference<css::beans::XPropertySet>& paragraph, Visit&& visit)
{
    Reference<css::text::XTextSection> section;
    paragraph->getPropertyValue("TextSection") >>= section;
    for (; section.is(); section = section->getParentSection())
        if (visit(section))
            return true;
    return false;
}

// ---- Calc ----

class CalcReader {
public:
    explicit CalcReader(const Reference<css::sheet::XSpreadsheetDocument>& document)
    {
        const Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY);
        if (supplier.is()) {
            formats_ = supplier->getNumberFormats();
            css::util::Date null_date(30, 12, 1899);
            supplier->getNumberFormatSettings()->getPropertyValue("NullDate") >>= null_date;
            // docs/digest.md counts days from 1899-12-30 whatever the document's own null date.
            offset_ = static_cast<double>(
                (boost::gregorian::date(static_cast<unsigned short>(null_date.Year),
                                        null_date.Month, null_date.Day) -
                 boost::gregorian::date(1899, 12, 30))
                    .days());
        }
    }

    core::CanonicalSheet sheet(const Reference<css::sheet::XSpreadsheet>& sheet,
                               const OUString& name)
    {
        core::CanonicalSheet out;
        out.name = to_utf8(name);
        // The used area bounds the walk; empty cells inside it cost one call each at most.
        const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
        const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        const auto area = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                              ->getRangeAddress();
        const Reference<css::table::XCellRange> range(sheet, UNO_QUERY_THROW);
        for (sal_Int32 row = area.StartRow; row <= area.EndRow; ++row) {
            for (sal_Int32 column = area.StartColumn; column <= area.EndColumn; ++column) {
                const Reference<css::table::XCell> cell = range->getCellByPosition(column, row);
                if (auto read = this->cell(cell)) {
                    read->address = core::cell_address(column, row);
                    out.cells.push_back(std::move(*read));
                }
            }
        }
        return out;
    }

private:
    std::optional<core::CanonicalCell> cell(const Reference<css::table::XCell>& cell)
    {
        core::CanonicalCell read;
        switch (cell->getType()) {
        case css::table::CellContentType_EMPTY:
            return std::nullopt;
        case css::table::CellContentType_FORMULA:
            read.kind = core::CellKind::Formula;
            read.text = to_utf8(cell->getFormula());
            return read;
        case css::table::CellContentType_TEXT: {
            read.kind = core::CellKind::Text;
            read.text =
                to_utf8(Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString());
            if (core::canonical_line(read.text).empty())
                return std::nullopt;  // only white space: an empty cell
            return read;
        }
        default:
            break;
        }
        read.number = cell->getValue();
        read.kind = number_kind(cell);
        if (read.kind != core::CellKind::Number)
            read.number += offset_;
        return read;
    }

    core::CellKind number_kind(const Reference<css::table::XCell>& cell) const
    {
        if (!formats_.is())
            return core::CellKind::Number;
        sal_Int32 key = 0;
        Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)
            ->getPropertyValue("NumberFormat") >>= key;
        sal_Int16 type = 0;
        try {
            formats_->getByKey(key)->getPropertyValue("Type") >>= type;
        } catch (const css::uno::Exception&) {
            return core::CellKind::Number;
        }
        if ((type & css::util::NumberFormat::DATETIME) == css::util::NumberFormat::DATETIME)
            return core::CellKind::DateTime;
        if (type & css::util::NumberFormat::DATE)
            return core::CellKind::Date;
        return core::CellKind::Number;
    }

    Reference<css::util::XNumberFormats> formats_;
    double offset_ = 0;
};

}  // namespace

bool in_hidden_section(const Reference<css::beans::XPropertySet>& paragraph)
{
    return any_section(paragraph, [](const Reference<css::text::XTextSection>& section) {
        bool visible = true;
        Reference<css::beans::XPropertySet>(section, UNO_QUERY_THROW)
            ->getPropertyValue("IsVisible") >>= visible;
        return !visible;
    });
}

bool in_approval_block(const Reference<css::beans::XPropertySet>& paragraph)
{
    return any_section(paragraph, [](const Reference<css::text::XTextSection>& section) {
        const Reference<css::container::XNamed> named(section, UNO_QUERY);
        return named.is() && named->getName().equalsAscii(core::kApprovalBlockSection);
    });
}

Reference<css::text::XTextContent> paragraph_of(const css::uno::Any& item)
{
    // A text's enumeration yields paragraphs and tables only; asking for the interfaces a
    // paragraph has costs far less than supportsService, which lists every service each time.
    const Reference<css::container::XEnumerationAccess> portions(item, UNO_QUERY);
    const Reference<css::text::XTextContent> content(portions, UNO_QUERY);
    return Reference<css::beans::XMultiPropertySet>(content, UNO_QUERY).is() ? content : nullptr;
}

ParagraphFacts read_paragraph_facts(const Reference<css::beans::XPropertySet>& paragraph)
{
    static const OUString names_[] = {"CharHidden", "OutlineLevel", "TextSection", "CharWeight"};
    static const css::uno::Sequence<OUString> names(names_, SAL_N_ELEMENTS(names_));
    const auto values = Reference<css::beans::XMultiPropertySet>(paragraph, UNO_QUERY_THROW)
                            ->getPropertyValues(names);
    ParagraphFacts facts;
    values[0] >>= facts.char_hidden;
    values[1] >>= facts.outline_level;
    values[3] >>= facts.weight;
    Reference<css::text::XTextSection> section;
    values[2] >>= section;
    // One climb of the section chain answers both questions.
    for (; section.is(); section = section->getParentSection()) {
        const Reference<css::beans::XPropertySet> props(section, UNO_QUERY_THROW);
        bool visible = true;
        props->getPropertyValue("IsVisible") >>= visible;
        facts.in_hidden_section = facts.in_hidden_section || !visible;
        const Reference<css::container::XNamed> named(section, UNO_QUERY);
        if (named.is() && named->getName().equalsAscii(core::kApprovalBlockSection))
            facts.in_approval_block = true;
    }
    return facts;
}

void visit_kept_portions(
    const Reference<css::text::XTextContent>& paragraph,
    const std::function<void(const Reference<css::beans::XPropertySet>& portion,
                             const OUString& type, bool hidden)>& visit)
{
    bool deleting = false;
    const Reference<css::container::XEnumerationAccess> portions(paragraph, UNO_QUERY_THROW);
    for (const auto items = portions->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::beans::XPropertySet> portion(items->nextElement(), UNO_QUERY);
        if (!portion.is())
            continue;
        // Both in one call (each call builds the portion's cursor anew).
        static const OUString names_[] = {"TextPortionType", "CharHidden"};
        static const css::uno::Sequence<OUString> names(names_, SAL_N_ELEMENTS(names_));
        const auto values = Reference<css::beans::XMultiPropertySet>(portion, UNO_QUERY_THROW)
                                ->getPropertyValues(names);
        OUString type;
        values[0] >>= type;
        if (type == "Redline") {
            OUString redline;
            bool start = false;
            portion->getPropertyValue("RedlineType") >>= redline;
            portion->getPropertyValue("IsStart") >>= start;
            if (redline == "Delete")
                deleting = start;
            continue;
        }
        bool hidden = false;
        values[1] >>= hidden;
        if (!deleting)
            visit(portion, type, hidden);
    }
}

core::CanonicalParagraph read_canonical_paragraph(const Reference<css::text::XTextContent>& content,
                                                  std::optional<std::string>* shown_text)
{
    sal_Int16 level = 0;
    Reference<css::beans::XPropertySet>(content, UNO_QUERY_THROW)
        ->getPropertyValue("OutlineLevel") >>= level;
    return read_canonical_paragraph(content, level, shown_text);
}

core::CanonicalParagraph read_canonical_paragraph(const Reference<css::text::XTextContent>& content,
                                                  sal_Int16 outline_level,
                                                  std::optional<std::string>* shown_text)
{
    core::CanonicalParagraph read;
    read.outline_level = outline_level;
    // The text as shown, from the same portions, while they are only text (tracked changes and
    // bookmarks aside): any other kind (a field, a footnote, hidden text...) leaves it to the
    // paragraph's own string.
    std::string shown;
    bool plain = true;
    visit_kept_portions(content, [&](const Reference<css::beans::XPropertySet>& portion,
                                     const OUString& type, bool hidden) {
        if (hidden) {
            plain = false;
            return;
        }
        if (type == "Text") {
            std::string text =
                to_utf8(Reference<css::text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
            if (plain && shown_text)
                shown += text;
            read.pieces.push_back({std::move(text), "", ""});
        } else if (type == "TextField") {
            Reference<css::lang::XServiceInfo> field;
            portion->getPropertyValue("TextField") >>= field;
            // A placeholder (a prompt for text still to be written) is neither text nor field.
            if (field.is() && field->supportsService("com.sun.star.text.TextField.JumpEdit"))
                return;
            plain = false;
            OUString name;
            core::TextPiece piece{"", field_kind(field), ""};
            if (piece.field_kind == "custom")  // the approval block's fields are known by name
                Reference<css::beans::XPropertySet>(field, UNO_QUERY_THROW)
                    ->getPropertyValue("Name") >>= name;
            piece.field_name = to_utf8(name);
            read.pieces.push_back(std::move(piece));
        } else if (type != "Bookmark" && type != "SoftPageBreak") {
            plain = false;  // footnote anchors, comments, frames: no text of the body
        }
    });
    if (shown_text)
        *shown_text = plain ? std::optional<std::string>(std::move(shown)) : std::nullopt;
    return read;
}

std::vector<core::CanonicalParagraph> read_canonical_paragraphs(
    const Reference<css::text::XTextDocument>& document)
{
    WriterReader reader;
    reader.text(document->getText());
    // Text frames follow the body, in the document's order of frames.
    if (const Reference<css::text::XTextFramesSupplier> frames{document, UNO_QUERY}; frames.is()) {
        const Reference<css::container::XIndexAccess> all(frames->getTextFrames(), UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < all->getCount(); ++i) {
            const Reference<css::text::XTextFrame> frame(all->getByIndex(i), UNO_QUERY);
            if (frame.is())
                reader.text(frame->getText());
        }
    }
    // Wherever Word formats left the approval block's lines, they are not content either.
    return core::without_approval_block(std::move(reader.paragraphs));
}

std::vector<core::CanonicalSheet> read_canonical_sheets(
    const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    CalcReader reader(document);
    std::vector<core::CanonicalSheet> sheets;
    const Reference<css::container::XIndexAccess> all(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(all->getByIndex(i), UNO_QUERY_THROW);
        const Reference<css::container::XNamed> named(sheet, UNO_QUERY_THROW);
        sheets.push_back(reader.sheet(sheet, named->getName()));
    }
    return sheets;
}

}  // namespace prevent::uno
