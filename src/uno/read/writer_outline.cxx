#include "uno/read/writer_outline.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/read/canonical_reader.hxx"
#include "uno/read/writer_tables.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextFrame.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextTable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

using Visit =
    std::function<bool(const Reference<css::text::XTextContent>&, const core::OutlineParagraph&)>;
using VisitTable = std::function<void(const Reference<css::text::XTextTable>&, const std::string&)>;

class Walker {
public:
    Walker(const Reference<css::text::XTextDocument>& document, const Visit& visit,
           const VisitTable* tables = nullptr)
        : visit_(visit), tables_(tables)
    {
        // A paragraph's string includes text that tracked changes delete: with any, the visiting
        // walk reads its portions instead.
        has_redlines_ = has_tracked_changes(document);
    }

    // False once visit asked to stop.
    bool text(const Reference<css::text::XText>& text, bool in_table)
    {
        const Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY);
        if (!access.is())
            return true;
        for (const auto items = access->createEnumeration(); items->hasMoreElements();) {
            const Reference<css::lang::XServiceInfo> item(items->nextElement(), UNO_QUERY);
            if (!item.is())
                continue;
            if (item->supportsService("com.sun.star.text.Paragraph")) {
                if (!paragraph(Reference<css::text::XTextContent>(item, UNO_QUERY_THROW), in_table))
                    return false;
            } else if (item->supportsService("com.sun.star.text.TextTable")) {
                if (!table(Reference<css::text::XTextTable>(item, UNO_QUERY_THROW)))
                    return false;
            }
        }
        return true;
    }

private:
    bool table(const Reference<css::text::XTextTable>& table)
    {
        if (tables_)
            (*tables_)(table, last_heading_);
        for (const auto& name : table->getCellNames()) {  // row by row
            const Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
            if (cell.is() && !text(cell, true))
                return false;
        }
        return true;
    }

    bool paragraph(const Reference<css::text::XTextContent>& content, bool in_table)
    {
        const Reference<css::beans::XPropertySet> props(content, UNO_QUERY_THROW);
        if (hidden(props))
            return true;
        core::TextParagraph p;
        std::optional<std::string> shown;
        if (model_) {
            // One portion walk gives the canonical form and, for plain text, the text as shown.
            p.in_approval_block = in_approval_block(props);
            p.canonical = read_canonical_paragraph(content, &shown);
            p.outline.outline_level = p.canonical.outline_level;
        } else {
            props->getPropertyValue("OutlineLevel") >>= p.outline.outline_level;
        }
        core::OutlineParagraph& read = p.outline;
        read.in_table = in_table;
        if (shown)
            read.text = std::move(*shown);
        else
            read.text = has_redlines_ ? without_deletions(content)
                                      : to_utf8(content->getAnchor()->getString());
        if (read.outline_level == 0)
            read.bold = all_bold(props);
        else
            last_heading_ = read.text;
        if (model_) {
            model_->push_back(std::move(p));
            return true;
        }
        return visit_(content, read);
    }

    static bool hidden(const Reference<css::beans::XPropertySet>& props)
    {
        bool char_hidden = false;
        props->getPropertyValue("CharHidden") >>= char_hidden;
        return char_hidden || in_hidden_section(props);
    }

    static bool all_bold(const Reference<css::beans::XPropertySet>& props)
    {
        const Reference<css::beans::XPropertyState> state(props, UNO_QUERY);
        if (state.is() &&
            state->getPropertyState("CharWeight") == css::beans::PropertyState_AMBIGUOUS_VALUE)
            return false;  // mixed weights within the paragraph
        float weight = css::awt::FontWeight::NORMAL;
        props->getPropertyValue("CharWeight") >>= weight;
        return weight >= css::awt::FontWeight::BOLD;
    }

public:
    // The paragraph's text without what tracked changes delete.
    static std::string without_deletions(const Reference<css::text::XTextContent>& content)
    {
        std::string out;
        visit_kept_portions(content, [&](const Reference<css::beans::XPropertySet>& portion,
                                         const OUString&) {
            out += to_utf8(Reference<css::text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
        });
        return out;
    }

    // Instead of visiting, read every paragraph into the model, with its canonical form.
    void read_into(std::vector<core::TextParagraph>* model) { model_ = model; }

private:
    std::vector<core::TextParagraph>* model_ = nullptr;
    const Visit& visit_;
    const VisitTable* tables_;
    std::string last_heading_;
    bool has_redlines_ = false;
};

}  // namespace

void visit_paragraphs(const Reference<css::text::XTextDocument>& document, const Visit& visit)
{
    fault_point("outline");
    Walker walker(document, visit);
    if (!walker.text(document->getText(), false))
        return;
    const Reference<css::text::XTextFramesSupplier> frames(document, UNO_QUERY);
    if (!frames.is())
        return;
    const Reference<css::container::XIndexAccess> all(frames->getTextFrames(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        const Reference<css::text::XTextFrame> frame(all->getByIndex(i), UNO_QUERY);
        if (frame.is() && !walker.text(frame->getText(), false))
            return;
    }
}

void visit_tables(const Reference<css::text::XTextDocument>& document, const VisitTable& visit)
{
    const Visit paragraphs = [](const Reference<css::text::XTextContent>&,
                                const core::OutlineParagraph&) { return true; };
    Walker walker(document, paragraphs, &visit);
    walker.text(document->getText(), false);
}

bool has_tracked_changes(const Reference<css::text::XTextDocument>& document)
{
    const Reference<css::document::XRedlinesSupplier> redlines(document, UNO_QUERY);
    return redlines.is() && redlines->getRedlines()->hasElements();
}

std::string text_without_deletions(const Reference<css::text::XText>& text, bool tracked_changes)
{
    if (!tracked_changes)
        return to_utf8(text->getString());
    std::string out;
    const Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY);
    if (!access.is())
        return out;
    for (const auto items = access->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::text::XTextContent> p(items->nextElement(), UNO_QUERY);
        const Reference<css::lang::XServiceInfo> info(p, UNO_QUERY);
        if (!p.is() || !info.is() || !info->supportsService("com.sun.star.text.Paragraph"))
            continue;
        if (!out.empty())
            out += "\n";
        out += Walker::without_deletions(p);
    }
    return out;
}

core::TextModel read_text_model(const Reference<css::text::XTextDocument>& document,
                                bool with_tables)
{
    fault_point("outline");
    if (with_tables)
        fault_point("tables");
    core::TextModel model;
    const bool tracked = has_tracked_changes(document);
    const Visit paragraph = [](const Reference<css::text::XTextContent>&,
                               const core::OutlineParagraph&) { return true; };
    const VisitTable table = [&](const Reference<css::text::XTextTable>& t,
                                 const std::string& heading) {
        model.tables.push_back({read_grid(t, tracked), heading});
    };
    // The body with its tables (nested ones too), then the text frames, as read_outline.
    Walker body(document, paragraph, with_tables ? &table : nullptr);
    body.read_into(&model.paragraphs);
    body.text(document->getText(), false);
    if (const Reference<css::text::XTextFramesSupplier> frames{document, UNO_QUERY}; frames.is()) {
        const Reference<css::container::XIndexAccess> all(frames->getTextFrames(), UNO_QUERY_THROW);
        Walker in_frames(document, paragraph);
        in_frames.read_into(&model.paragraphs);
        for (sal_Int32 i = 0; i < all->getCount(); ++i)
            if (const Reference<css::text::XTextFrame> frame{all->getByIndex(i), UNO_QUERY};
                frame.is())
                in_frames.text(frame->getText(), false);
    }
    return model;
}

core::Outline read_outline(const Reference<css::text::XTextDocument>& document)
{
    fault_point("outline");
    core::Outline outline;
    visit_paragraphs(
        document, [&](const Reference<css::text::XTextContent>&, const core::OutlineParagraph& p) {
            outline.paragraphs.push_back(p);
            return true;
        });
    return outline;
}

}  // namespace prevent::uno
