#include "uno/edit/section_insertion.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

const char* const kBodyStyle = "Text body";

void style(const Reference<css::text::XParagraphCursor>& cursor, const OUString& name)
{
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("ParaStyleName", Any(name));
}

Reference<css::text::XTextRange> range(const Reference<css::text::XParagraphCursor>& cursor)
{
    return Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW);
}

}  // namespace

void insert_section(const Reference<css::text::XTextDocument>& document,
                    const core::SectionInsertion& where, const std::string& title,
                    const std::string& undo_title)
{
    fault_point("section-insertion");
    Reference<css::text::XTextContent> before, like;
    std::size_t index = 0;
    visit_paragraphs(
        document, [&](const Reference<css::text::XTextContent>& p, const core::OutlineParagraph&) {
            if (index == where.before_paragraph)
                before = p;
            if (where.like_paragraph && index == *where.like_paragraph)
                like = p;
            ++index;
            return !(before.is() && (like.is() || !where.like_paragraph));
        });
    OUString heading_style = "Heading " + OUString::number(where.level);
    if (like.is())
        Reference<css::beans::XPropertySet>(like, UNO_QUERY_THROW)
            ->getPropertyValue("ParaStyleName") >>= heading_style;

    const auto undo =
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(from_utf8(undo_title));
    try {
        Reference<css::text::XText> text;
        Reference<css::text::XParagraphCursor> cursor;
        if (before.is()) {
            // Two breaks at the start of the paragraph that follows: two new paragraphs before it.
            text = before->getAnchor()->getText();
            cursor.set(text->createTextCursorByRange(before->getAnchor()->getStart()),
                       UNO_QUERY_THROW);
            text->insertControlCharacter(range(cursor),
                                         css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            text->insertControlCharacter(range(cursor),
                                         css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            cursor->gotoPreviousParagraph(false);
            cursor->gotoPreviousParagraph(false);
        } else {
            text = document->getText();
            cursor.set(text->createTextCursor(), UNO_QUERY_THROW);
            cursor->gotoEnd(false);
            text->insertControlCharacter(range(cursor),
                                         css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            text->insertControlCharacter(range(cursor),
                                         css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            cursor->gotoPreviousParagraph(false);
        }
        style(cursor, heading_style);
        text->insertString(range(cursor), from_utf8(title), false);
        cursor->gotoNextParagraph(false);
        style(cursor, OUString::createFromAscii(kBodyStyle));
    } catch (...) {
        undo->leaveUndoContext();
        throw;
    }
    undo->leaveUndoContext();
}

}  // namespace prevent::uno
