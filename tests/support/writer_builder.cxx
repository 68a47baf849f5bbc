#include "writer_builder.hxx"

#include "uno_values.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextFrame.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/util/XReplaceable.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::testing {

namespace {

OUString u(const std::string& s) { return OUString::fromUtf8(s.c_str()); }

}  // namespace

WriterBuilder::WriterBuilder(const Reference<css::frame::XModel>& document)
    : document_(document, UNO_QUERY_THROW)
{
}

WriterBuilder& WriterBuilder::paragraph(const std::string& text, const std::string& style,
                                        int level, bool hidden)
{
    const auto body = document_->getText();
    const auto cursor = body->createTextCursor();
    cursor->gotoEnd(false);
    if (!first_)
        body->insertControlCharacter(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                                     css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    first_ = false;
    const Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
    props->setPropertyValue("ParaStyleName", Any(u(style)));
    props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::NORMAL));
    if (level >= 0)
        props->setPropertyValue("OutlineLevel", Any(static_cast<sal_Int16>(level)));
    body->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), u(text), false);
    if (hidden) {
        Reference<css::text::XParagraphCursor> p(cursor, UNO_QUERY_THROW);
        p->gotoStartOfParagraph(false);
        p->gotoEndOfParagraph(true);
        props->setPropertyValue("CharHidden", Any(true));
    }
    return *this;
}

WriterBuilder& WriterBuilder::heading(const std::string& text, int level)
{
    return paragraph(text, "Heading " + std::to_string(level));
}

WriterBuilder& WriterBuilder::body(const std::string& text) { return paragraph(text, "Text body"); }

WriterBuilder& WriterBuilder::bold(const std::string& text)
{
    paragraph(text, "Text body");
    const auto cursor = document_->getText()->createTextCursor();
    cursor->gotoEnd(false);
    Reference<css::text::XParagraphCursor> p(cursor, UNO_QUERY_THROW);
    p->gotoStartOfParagraph(true);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    return *this;
}

WriterBuilder& WriterBuilder::table(const std::vector<std::vector<std::string>>& cells)
{
    body("");
    const Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
    const Reference<css::text::XTextTable> table(
        factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
    table->initialize(static_cast<sal_Int32>(cells.size()),
                      static_cast<sal_Int32>(cells.front().size()));
    const auto text = document_->getText();
    const auto end = text->createTextCursor();
    end->gotoEnd(false);
    text->insertTextContent(Reference<css::text::XTextRange>(end, UNO_QUERY_THROW),
                            Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
    for (std::size_t r = 0; r < cells.size(); ++r) {
        for (std::size_t c = 0; c < cells[r].size(); ++c) {
            const std::string name =
                std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1);
            const Reference<css::text::XText> cell(table->getCellByName(u(name)), UNO_QUERY_THROW);
            std::string value = cells[r][c];
            const auto cursor = cell->createTextCursor();
            if (!value.empty() && value[0] == '#') {
                value.erase(0, 1);
                Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
                    ->setPropertyValue("ParaStyleName", Any(OUString("Heading 2")));
            }
            cell->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), u(value),
                               false);
        }
    }
    return *this;
}

WriterBuilder& WriterBuilder::frame(const std::string& heading_text, const std::string& text)
{
    const Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
    const Reference<css::text::XTextFrame> frame(
        factory->createInstance("com.sun.star.text.TextFrame"), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(frame, UNO_QUERY_THROW)
        ->setPropertyValue("AnchorType", Any(css::text::TextContentAnchorType_AT_PARAGRAPH));
    const auto body = document_->getText();
    const auto end = body->createTextCursor();
    end->gotoEnd(false);
    body->insertTextContent(Reference<css::text::XTextRange>(end, UNO_QUERY_THROW),
                            Reference<css::text::XTextContent>(frame, UNO_QUERY_THROW), false);
    const auto inside = frame->getText();
    const auto cursor = inside->createTextCursor();
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", Any(OUString("Heading 1")));
    inside->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), u(heading_text),
                         false);
    inside->insertControlCharacter(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                                   css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", Any(OUString("Text body")));
    inside->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), u(text), false);
    return *this;
}

WriterBuilder& WriterBuilder::delete_last_tracked()
{
    const Reference<css::beans::XPropertySet> doc(document_, UNO_QUERY_THROW);
    doc->setPropertyValue("RecordChanges", Any(true));
    const auto cursor = document_->getText()->createTextCursor();
    cursor->gotoEnd(false);
    Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoStartOfParagraph(true);
    cursor->setString(OUString());
    doc->setPropertyValue("RecordChanges", Any(false));
    return *this;
}

void set_table_cell(const css::uno::Reference<css::frame::XModel>& document, int table,
                    const char* cell, const std::string& text)
{
    using css::uno::Reference;
    using css::uno::UNO_QUERY_THROW;
    const Reference<css::text::XTextTable> t(
        Reference<css::container::XIndexAccess>(
            Reference<css::text::XTextTablesSupplier>(document, UNO_QUERY_THROW)->getTextTables(),
            UNO_QUERY_THROW)
            ->getByIndex(table),
        UNO_QUERY_THROW);
    Reference<css::text::XText>(t->getCellByName(rtl::OUString::createFromAscii(cell)),
                                UNO_QUERY_THROW)
        ->setString(rtl::OUString::fromUtf8(text.c_str()));
}

int replace_text(const css::uno::Reference<css::frame::XModel>& document, const std::string& from,
                 const std::string& to)
{
    using css::uno::Reference;
    using css::uno::UNO_QUERY_THROW;
    const Reference<css::util::XReplaceable> replaceable(document, UNO_QUERY_THROW);
    const auto descriptor = replaceable->createReplaceDescriptor();
    descriptor->setSearchString(rtl::OUString::fromUtf8(from.c_str()));
    descriptor->setReplaceString(rtl::OUString::fromUtf8(to.c_str()));
    return replaceable->replaceAll(
        Reference<css::util::XSearchDescriptor>(descriptor, UNO_QUERY_THROW));
}

}  // namespace prevent::testing
