#include "uno/edit/annual_review_copy.hxx"

#include "core/annual_review.hxx"
#include "core/clock.hxx"
#include "core/messages.hxx"
#include "core/stored_names.hxx"
#include "uno/base/made_document.hxx"
#include "uno/base/shown_path.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/stored/approval_properties.hxx"
#include "uno/stored/document_properties.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <osl/file.hxx>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

// The year the assessment is for: as it says, else as its last approval says; nullopt when
// neither does.
std::optional<core::OperatingYear> assessment_year(const Reference<css::frame::XModel>& document)
{
    if (const auto stated = core::parse_operating_year(stated_operating_year(document)))
        return stated;
    const auto history = read_approvals(document);
    if (!history.empty())
        return core::parse_operating_year(history.back().operating_year);
    return std::nullopt;
}

struct YearMove {
    core::OperatingYear from, to;
};

YearMove year_move(const Reference<css::frame::XModel>& document)
{
    const auto from = assessment_year(document);
    const auto to = core::next_review_year(from, core::today());
    return {from.value_or(core::OperatingYear{to.first_calendar_year - 1}), to};
}

// The year moved in a range of text where it stands, the last first so that the offsets before
// stay true, so that the rest of the text and its formatting are left as they are.
void move_year_in(const Reference<css::text::XText>& text,
                  const Reference<css::text::XTextRange>& range, const YearMove& move)
{
    const std::string shown = to_utf8(range->getString());
    const auto edits = core::year_edits(shown, move.from, move.to);
    for (auto e = edits.rbegin(); e != edits.rend(); ++e) {
        // Offsets in UTF-16 units, as the cursor counts.
        const sal_Int32 at = from_utf8(shown.substr(0, e->at)).getLength();
        const sal_Int32 length = from_utf8(shown.substr(e->at, e->length)).getLength();
        if (at + length > SAL_MAX_INT16)
            continue;  // a cursor moves at most this far at once; titles are shorter
        const auto cursor = text->createTextCursorByRange(range->getStart());
        cursor->goRight(static_cast<sal_Int16>(at), false);
        cursor->goRight(static_cast<sal_Int16>(length), true);
        cursor->setString(from_utf8(e->replacement));
    }
}

// The first line of the body with text: the assessment's title.
void move_year_in_title_line(const Reference<css::text::XTextDocument>& document,
                             const YearMove& move)
{
    const Reference<css::container::XEnumerationAccess> body(document->getText(), UNO_QUERY_THROW);
    for (const auto items = body->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::text::XTextRange> paragraph(items->nextElement(), UNO_QUERY);
        if (!paragraph.is())
            return;  // a table before any line: no title line
        if (paragraph->getString().trim().isEmpty())
            continue;
        move_year_in(document->getText(), paragraph, move);
        return;
    }
}

void move_year_in_control_table(const Reference<css::text::XTextDocument>& document,
                                const YearMove& move)
{
    const auto tables =
        Reference<css::text::XTextTablesSupplier>(document, UNO_QUERY_THROW)->getTextTables();
    if (!tables->hasByName("PreventDocumentControl"))
        return;
    const Reference<css::text::XTextTable> table(tables->getByName("PreventDocumentControl"),
                                                 UNO_QUERY_THROW);
    for (const auto& name : table->getCellNames()) {
        const Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
        if (cell.is())
            move_year_in(cell, Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW), move);
    }
}

void refuse(const OUString& why, const Reference<css::uno::XInterface>& source)
{
    throw css::lang::IllegalArgumentException(why, source, 1);
}

}  // namespace

OUString annual_review_url(const Reference<css::frame::XModel>& assessment)
{
    OUString path;
    if (assessment->getURL().isEmpty() || osl::FileBase::getSystemPathFromFileURL(
                                              assessment->getURL(), path) != osl::FileBase::E_None)
        return OUString();
    const auto move = year_move(assessment);
    const sal_Int32 slash = path.lastIndexOf('/');
    std::string next = core::next_year_file_name(to_utf8(path.copy(slash + 1)), move.from, move.to);
    // Saved as ODF: a Word file's copy takes the ODF ending.
    if (const auto dot = next.rfind('.'); dot != std::string::npos && dot > 0)
        next = next.substr(0, dot);
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(path.copy(0, slash + 1) + from_utf8(next) + ".odt",
                                                url) != osl::FileBase::E_None)
        return OUString();
    return url;
}

Reference<css::frame::XModel> begin_annual_review(
    const Reference<css::uno::XComponentContext>& context,
    const Reference<css::frame::XModel>& assessment, const OUString& url,
    const Reference<css::uno::XInterface>& source)
{
    if (url.trim().isEmpty())
        refuse(from_utf8(core::message("uno.annual-review-no-place")), source);
    if (url == assessment->getURL())
        refuse(from_utf8(core::message("uno.annual-review-same-name")), source);
    const auto move = year_move(assessment);
    const auto history = read_approvals(assessment);

    css::uno::Sequence<css::beans::PropertyValue> store(2);
    store[0].Name = "FilterName";
    store[0].Value <<= OUString("writer8");
    store[1].Name = "Overwrite";
    store[1].Value <<= true;
    try {
        Reference<css::frame::XStorable>(assessment, UNO_QUERY_THROW)->storeToURL(url, store);
    } catch (const css::io::IOException& e) {
        const std::string where = to_utf8(shown_path(url));
        refuse(from_utf8(e.Message.isEmpty() ? core::message("uno.annual-review-not-saved", {where})
                                             : core::message("uno.annual-review-not-saved-because",
                                                             {where, to_utf8(e.Message)})),
               source);
    }

    const auto copy = open_hidden(context, url);
    making(copy, [&] {
        const Reference<css::text::XTextDocument> text(copy, UNO_QUERY_THROW);
        const auto properties =
            Reference<css::document::XDocumentPropertiesSupplier>(copy, UNO_QUERY_THROW)
                ->getDocumentProperties();
        properties->setTitle(
            from_utf8(core::with_year_moved(to_utf8(properties->getTitle()), move.from, move.to)));
        move_year_in_title_line(text, move);
        move_year_in_control_table(text, move);
        write_text_property(copy, core::kOperatingYearProperty, move.to.name());
        const std::string version =
            history.empty() ? "" : core::next_year_version(history.back().version);
        if (version.empty())
            remove_property(copy, core::kNextVersionProperty);
        else
            write_text_property(copy, core::kNextVersionProperty, version);
        // Each section is reviewed afresh in the new year.
        for (const auto& [name, value] : text_properties_with_prefix(copy, core::kReviewedPrefix))
            remove_property(copy, name);
        Reference<css::frame::XStorable>(copy, UNO_QUERY_THROW)->store();
        forget_undo(copy);  // the copy starts the year as saved
    });
    return copy;
}

}  // namespace prevent::uno
