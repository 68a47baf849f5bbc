#include "uno/edit/paper_writer.hxx"

#include "uno/base/made_document.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

using Kind = core::PaperBlock::Kind;

const char* style_of(Kind kind)
{
    switch (kind) {
    case Kind::Title:
        return "Title";
    case Kind::Subtitle:
        return "Subtitle";
    case Kind::Heading:
        return "Heading 1";
    default:
        return "Text body";
    }
}

// Dark fills take white text, so that a red cell stays readable.
bool is_dark(std::uint32_t rgb)
{
    const double r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    return 0.299 * r + 0.587 * g + 0.114 * b < 140;
}

class PaperWriter {
public:
    PaperWriter(const Reference<css::text::XTextDocument>& document,
                const core::Catalogue& catalogue)
        : document_(document), text_(document->getText()), cursor_(text_->createTextCursor())
    {
        cursor_->gotoEnd(false);
        for (const auto& band : catalogue.rating().bands)
            colours_[band.id] = band.colour;
    }

    void block(const core::PaperBlock& b)
    {
        if (b.kind == Kind::Table || b.kind == Kind::HeatMap) {
            if (!b.text.empty())
                paragraph("Text body", b.text);
            table(b.rows, b.kind == Kind::HeatMap);
            return;
        }
        paragraph(style_of(b.kind), b.text);
    }

private:
    void paragraph(const char* style, const std::string& text)
    {
        if (!first_)
            text_->insertControlCharacter(range(), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                          false);
        first_ = false;
        Reference<css::beans::XPropertySet>(cursor_, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(OUString::createFromAscii(style)));
        text_->insertString(range(), from_utf8(text), false);
    }

    void table(const std::vector<std::vector<core::PaperCell>>& rows, bool heat_map)
    {
        if (rows.empty())
            return;
        std::size_t columns = 0;
        for (const auto& r : rows)
            columns = std::max(columns, r.size());
        const Reference<css::text::XTextTable> table(
            Reference<css::lang::XMultiServiceFactory>(document_, UNO_QUERY_THROW)
                ->createInstance("com.sun.star.text.TextTable"),
            UNO_QUERY_THROW);
        table->initialize(static_cast<sal_Int32>(rows.size()), static_cast<sal_Int32>(columns));
        // A new paragraph for the table to stand in, so that the text after it follows it.
        text_->insertControlCharacter(range(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text_->insertTextContent(range(),
                                 Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
        Reference<css::beans::XPropertySet>(table, UNO_QUERY_THROW)
            ->setPropertyValue("RepeatHeadline", Any(true));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                const OUString name =
                    OUString::createFromAscii(std::string(1, static_cast<char>('A' + c)).c_str()) +
                    OUString::number(static_cast<sal_Int32>(r + 1));
                const auto& cell = rows[r][c];
                const Reference<css::text::XText> cell_text(table->getCellByName(name),
                                                            UNO_QUERY_THROW);
                cell_text->setString(from_utf8(cell.text));
                const Reference<css::beans::XPropertySet> words(cell_text->createTextCursor(),
                                                                UNO_QUERY_THROW);
                Reference<css::text::XTextCursor>(words, UNO_QUERY_THROW)->gotoEnd(true);
                const bool header = r == 0 || (heat_map && c == 0);
                if (header)
                    words->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
                if (heat_map)
                    words->setPropertyValue(
                        "ParaAdjust",
                        Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_CENTER)));
                const auto colour = colours_.find(cell.band);
                if (colour == colours_.end())
                    continue;
                Reference<css::beans::XPropertySet>(cell_text, UNO_QUERY_THROW)
                    ->setPropertyValue("BackColor", Any(static_cast<sal_Int32>(colour->second)));
                if (is_dark(colour->second))
                    words->setPropertyValue("CharColor", Any(sal_Int32(0xFFFFFF)));
            }
        }
        cursor_->gotoEnd(false);
        first_ = true;  // the paragraph after the table is empty: the next block goes in it
    }

    Reference<css::text::XTextRange> range() const
    {
        return Reference<css::text::XTextRange>(cursor_, UNO_QUERY_THROW);
    }

    Reference<css::text::XTextDocument> document_;
    Reference<css::text::XText> text_;
    Reference<css::text::XTextCursor> cursor_;
    std::map<std::string, std::uint32_t> colours_;
    bool first_ = true;  // the cursor stands in an empty paragraph to fill
};

}  // namespace

Reference<css::frame::XModel> write_paper(const Reference<css::uno::XComponentContext>& context,
                                          const core::BoardPaper& paper,
                                          const core::Catalogue& catalogue,
                                          const std::string& title)
{
    const auto model = open_hidden(context, "private:factory/swriter");
    const Reference<css::text::XTextDocument> document(model, UNO_QUERY_THROW);
    making(model, [&] {
        PaperWriter writer(document, catalogue);
        for (const auto& block : paper.blocks)
            writer.block(block);
        Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->setTitle(from_utf8(title));
    });
    return model;
}

}  // namespace prevent::uno
