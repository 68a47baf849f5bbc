#include "uno/read/writer_outline.hxx"

#include "uno/base/locale_tag.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/canonical_reader.hxx"
#include "uno/read/writer_tables.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
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
            const auto item = items->nextElement();
            if (const Reference<css::text::XTextTable> t{item, UNO_QUERY}; t.is()) {
                if (!table(t))
                    return false;
            } else if (const auto p = paragraph_of(item); p.is()) {
                if (!paragraph(p, in_table))
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
        ++tables_seen_;
        if (model_ && read_tables_ && !read_paragraphs_)
            model_->tables.push_back({read_grid(table, has_redlines_), last_heading_});
        if (!(model_ && read_tables_ && read_paragraphs_)) {
            for (const auto& name : table->getCellNames()) {  // row by row
                const Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
                if (cell.is() && !text(cell, true))
                    return false;
            }
            return true;
        }
        // Reading the whole model, the grid takes each cell's text from the paragraphs the walk
        // reads there (asking the table again would cost as much as the reading); a cell with a
        // hidden paragraph or a table in it is asked for its text. The table's place in the
        // model is taken before its nested tables take theirs.
        const std::size_t slot = model_->tables.size();
        model_->tables.push_back({{}, last_heading_});
        CellTexts texts;
        const int outer_table = current_table_;
        current_table_ = static_cast<int>(slot);
        for (const auto& name : table->getCellNames()) {
            const Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
            if (!cell.is())
                continue;
            const std::size_t first = model_->paragraphs.size();
            const int skipped = skipped_, tables = tables_seen_;
            text(cell, true);
            std::string joined;
            if (skipped_ == skipped && tables_seen_ == tables) {
                for (std::size_t p = first; p < model_->paragraphs.size(); ++p)
                    joined += (p == first ? "" : "\n") + model_->paragraphs[p].outline.text;
            } else {
                joined = text_without_deletions(cell, has_redlines_);
            }
            texts.emplace(to_utf8(name), std::move(joined));
        }
        current_table_ = outer_table;
        model_->tables[slot].grid = read_grid(table, has_redlines_, -1, &texts);
        return true;
    }

    bool paragraph(const Reference<css::text::XTextContent>& content, bool in_table)
    {
        const Reference<css::beans::XPropertySet> props(content, UNO_QUERY_THROW);
        if (model_ && read_tables_ && !read_paragraphs_) {  // only the tables' headings
            sal_Int16 level = 0;
            props->getPropertyValue("OutlineLevel") >>= level;
            if (level == 0)
                return true;  // only headings name the section of the tables after them
        }
        const auto facts = read_paragraph_facts(props);
        if (facts.char_hidden || facts.in_hidden_section) {
            ++skipped_;
            return true;
        }
        core::TextParagraph p;
        std::optional<std::string> shown;
        if (model_ && read_paragraphs_) {
            // One portion walk gives the canonical form and, for plain text, the text as shown.
            p.in_approval_block = facts.in_approval_block;
            p.table = in_table ? current_table_ : -1;
            p.canonical = read_canonical_paragraph(content, facts.outline_level, &shown);
        }
        core::OutlineParagraph& read = p.outline;
        read.outline_level = facts.outline_level;
        read.in_table = in_table;
        if (shown)
            read.text = std::move(*shown);
        else
            read.text = has_redlines_ ? without_deletions(content)
                                      : to_utf8(content->getAnchor()->getString());
        if (read.outline_level == 0) {
            read.bold = all_bold(props, facts.weight);
        } else {
            last_heading_ = read.text;
            read.language = language_of(props);
        }
        if (model_) {
            if (read_paragraphs_)
                model_->paragraphs.push_back(std::move(p));
            return true;
        }
        return visit_(content, read);
    }

    // The language the heading's text is marked as ("cy-GB"), empty for none.
    static std::string language_of(const Reference<css::beans::XPropertySet>& props)
    {
        css::lang::Locale locale;
        return (props->getPropertyValue("CharLocale") >>= locale) ? locale_tag(locale)
                                                                  : std::string();
    }

    // weight: the paragraph's CharWeight, which its state says is the weight of all its text or
    // of its start only.
    static bool all_bold(const Reference<css::beans::XPropertySet>& props, float weight)
    {
        if (weight < css::awt::FontWeight::BOLD)
            return false;
        const Reference<css::beans::XPropertyState> state(props, UNO_QUERY);
        return !state.is() ||
               state->getPropertyState("CharWeight") != css::beans::PropertyState_AMBIGUOUS_VALUE;
    }

public:
    // The paragraph's text without what tracked changes delete.
    static std::string without_deletions(const Reference<css::text::XTextContent>& content)
    {
        std::string out;
        visit_kept_portions(content, [&](const Reference<css::beans::XPropertySet>& portion,
                                         const OUString&, bool) {
            out += to_utf8(Reference<css::text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
        });
        return out;
    }

    // Instead of visiting, read into the model: paragraphs, with their canonical form, and/or
    // tables as grids with the heading each stands under (which the walk reads either way).
    void read_into(core::TextModel* model, bool paragraphs, bool tables)
    {
        model_ = model;
        read_paragraphs_ = paragraphs;
        read_tables_ = tables;
    }

private:
    core::TextModel* model_ = nullptr;
    bool read_paragraphs_ = false;
    bool read_tables_ = false;
    int skipped_ = 0;         // hidden paragraphs left out so far
    int tables_seen_ = 0;     // tables met so far
    int current_table_ = -1;  // the model's table whose cells are being read
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
    const Visit none = [](const Reference<css::text::XTextContent>&,
                          const core::OutlineParagraph&) { return true; };
    // The body with its tables (nested ones too), then the text frames, as read_outline.
    Walker body(document, none);
    body.read_into(&model, true, with_tables);
    body.text(document->getText(), false);
    if (const Reference<css::text::XTextFramesSupplier> frames{document, UNO_QUERY}; frames.is()) {
        const Reference<css::container::XIndexAccess> all(frames->getTextFrames(), UNO_QUERY_THROW);
        Walker in_frames(document, none);
        in_frames.read_into(&model, true, false);
        for (sal_Int32 i = 0; i < all->getCount(); ++i)
            if (const Reference<css::text::XTextFrame> frame{all->getByIndex(i), UNO_QUERY};
                frame.is())
                in_frames.text(frame->getText(), false);
    }
    return model;
}

core::TextModel read_table_model(const Reference<css::text::XTextDocument>& document)
{
    fault_point("tables");
    core::TextModel model;
    const Visit none = [](const Reference<css::text::XTextContent>&,
                          const core::OutlineParagraph&) { return true; };
    Walker body(document, none);
    body.read_into(&model, false, true);
    body.text(document->getText(), false);
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
