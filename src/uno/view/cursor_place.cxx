#include "uno/view/cursor_place.hxx"

#include "uno/base/cached_matcher.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/read/writer_tables.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::uno {

namespace {

Reference<css::text::XTextRange> view_cursor(const Reference<css::frame::XModel>& document)
{
    if (!document.is())
        return nullptr;
    const Reference<css::text::XTextViewCursorSupplier> supplier(document->getCurrentController(),
                                                                 UNO_QUERY);
    return supplier.is() ? Reference<css::text::XTextRange>(supplier->getViewCursor(), UNO_QUERY)
                         : nullptr;
}

// The table holding a range, from the TextTable property of a cursor or paragraph there.
Reference<css::text::XTextTable> table_at(const Reference<css::text::XTextRange>& range)
{
    const Reference<css::beans::XPropertySet> props(range, UNO_QUERY);
    Reference<css::text::XTextTable> table;
    if (props.is() && props->getPropertySetInfo()->hasPropertyByName("TextTable"))
        props->getPropertyValue("TextTable") >>= table;
    return table;
}

// The place of the cursor in the body text: the cursor itself, or the outermost table around it.
Reference<css::text::XTextRange> body_position(const Reference<css::text::XTextDocument>& text,
                                               Reference<css::text::XTextRange> at)
{
    for (int depth = 0; depth < 16 && at.is() && at->getText() != text->getText(); ++depth) {
        const auto table = table_at(at);
        if (!table.is())
            return nullptr;  // a frame, header or footer: no section of the body
        at = Reference<css::text::XTextContent>(table, UNO_QUERY)->getAnchor();
    }
    return at;
}

}  // namespace

std::string area_at_cursor(const Reference<css::frame::XModel>& document,
                           const core::Catalogue& catalogue)
{
    fault_point("cursor");
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    const auto cursor = view_cursor(document);
    if (!text.is() || !cursor.is())
        return {};
    const auto position = body_position(text, cursor);
    const Reference<css::text::XTextRangeCompare> compare(text->getText(), UNO_QUERY);
    if (!position.is() || !compare.is())
        return {};
    std::string heading;
    visit_paragraphs(
        text, [&](const Reference<css::text::XTextContent>& p, const core::OutlineParagraph& read) {
            if (read.outline_level <= 0)
                return true;
            const auto anchor = p->getAnchor();
            if (anchor->getText() != text->getText())
                return true;  // a heading inside a table or frame: not a section of the body
            try {
                if (compare->compareRegionStarts(anchor, position) < 0)
                    return false;  // this heading comes after the cursor
            } catch (const css::lang::IllegalArgumentException&) {
                return true;  // not comparable (another text): not a section heading of the body
            }
            heading = read.text;
            return true;
        });
    if (heading.empty())
        return {};
    const auto match = matcher_for(catalogue)->match(heading);
    return match.covered.empty() ? std::string() : match.covered.front();
}

std::string risk_table_at_cursor(const Reference<css::frame::XModel>& document)
{
    fault_point("cursor");
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    const auto cursor = view_cursor(document);
    if (!text.is() || !cursor.is())
        return {};
    const bool tracked = has_tracked_changes(text);
    Reference<css::text::XTextRange> at = cursor;
    for (int depth = 0; depth < 16 && at.is(); ++depth) {
        const auto table = table_at(at);
        if (!table.is())
            return {};
        if (read_risk_header_of(table, tracked))
            return to_utf8(Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->getName());
        at = Reference<css::text::XTextContent>(table, UNO_QUERY)
                 ->getAnchor();  // the table around it
    }
    return {};
}

}  // namespace prevent::uno
