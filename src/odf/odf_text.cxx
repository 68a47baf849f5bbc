#include "odf_text.hxx"

#include "core/cell_address.hxx"
#include "core/stored_names.hxx"
#include "odf_styles.hxx"
#include "xml_stream.hxx"

#include <cstdlib>
#include <map>
#include <memory>

namespace prevent::odf {

namespace {

// The kind of a field element (docs/digest.md rule 3): as the extension names it from the
// field's UNO service, the last part of "com.sun.star.text.TextField.<Kind>" in lower case.
const std::map<std::string_view, std::string_view>& field_kinds()
{
    static const std::map<std::string_view, std::string_view> kinds = {
        {"date", "date"},
        {"time", "date"},
        {"creation-date", "date"},
        {"creation-time", "date"},
        {"modification-date", "date"},
        {"modification-time", "date"},
        {"print-date", "date"},
        {"print-time", "date"},
        {"page-number", "page-number"},
        {"page-count", "page-count"},
        {"author-name", "author"},
        {"author-initials", "author"},
        {"initial-creator", "createauthor"},
        {"creator", "changeauthor"},
        {"printed-by", "printauthor"},
        {"title", "title"},
        {"subject", "subject"},
        {"description", "description"},
        {"keywords", "keywords"},
        {"editing-cycles", "revision"},
        {"editing-duration", "edittime"},
        {"user-defined", "custom"},
        {"file-name", "filename"},
        {"template-name", "templatename"},
        {"chapter", "chapter"},
        {"sender-firstname", "extendeduser"},
        {"sender-lastname", "extendeduser"},
        {"sender-company", "extendeduser"},
        {"sender-email", "extendeduser"},
        {"variable-set", "setexpression"},
        {"variable-get", "getexpression"},
        {"variable-input", "setexpression"},
        {"user-field-get", "user"},
        {"user-field-input", "input"},
        {"sequence", "setexpression"},
        {"expression", "getexpression"},
        {"text-input", "input"},
        {"conditional-text", "conditionaltext"},
        {"hidden-text", "hiddentext"},
        {"database-display", "database"},
        {"word-count", "wordcount"},
        {"character-count", "charactercount"},
        {"paragraph-count", "paragraphcount"},
        {"table-count", "tablecount"},
        {"image-count", "graphicobjectcount"},
        {"object-count", "embeddedobjectcount"},
        {"sequence-ref", "getreference"},
        {"bookmark-ref", "getreference"},
        {"reference-ref", "getreference"},
        {"note-ref", "getreference"},
        {"macro", "macro"},
        {"dde-connection", "dde"},
        {"script", "script"},
        {"drop-down", "dropdown"}};
    return kinds;
}

// Elements whose whole content is not text of the body (docs/digest.md rule 2).
bool skipped(const XmlStream& x)
{
    return x.is(ns::text, "tracked-changes") || x.is(ns::office, "annotation") ||
           x.is(ns::text, "note") || x.is(ns::text, "table-of-content-source") ||
           x.is(ns::text, "alphabetical-index-source") ||
           x.is(ns::text, "illustration-index-source") || x.is(ns::text, "table-index-source") ||
           x.is(ns::text, "object-index-source") || x.is(ns::text, "user-index-source") ||
           x.is(ns::text, "bibliography-source") || x.is(ns::text, "sequence-decls") ||
           x.is(ns::text, "variable-decls") || x.is(ns::text, "user-field-decls") ||
           x.is(ns::office, "forms") || x.is(ns::text, "number") || x.is(ns::draw, "image") ||
           x.is(ns::office, "event-listeners") || x.is(ns::text, "index-title-template");
}

class Reader {
public:
    Reader(std::string_view content, StyleSheet& styles)
        : xml_(content, "content.xml"), styles_(styles)
    {
    }

    core::TextModel read()
    {
        // The body first; frames met on the way are read after it, in the order they stand.
        bool in_body = false;
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::Start && xml_.is(ns::office, "automatic-styles")) {
                styles_.read_children(xml_);  // they come before the body
            } else if (e == XmlStream::Event::Start && xml_.is(ns::office, "text")) {
                in_body = true;
                container(body_);
                break;
            }
        }
        (void)in_body;
        core::TextModel out;
        out.paragraphs = std::move(body_);
        for (auto& frame : frames_)
            for (auto& p : frame)
                out.paragraphs.push_back(std::move(p));
        out.tables = std::move(tables_);
        return out;
    }

private:
    struct Section {
        bool hidden;
        bool approval_block;
    };

    // Reads the children of the element just started until its end: paragraphs, headings,
    // tables, sections, lists, indexes.
    void container(std::vector<core::TextParagraph>& into)
    {
        const int depth = xml_.depth();
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                return;
            if (e != XmlStream::Event::Start)
                continue;
            if (xml_.is(ns::text, "p") || xml_.is(ns::text, "h")) {
                paragraph(into);
            } else if (xml_.is(ns::table, "table")) {
                table(into);
            } else if (xml_.is(ns::text, "section")) {
                const bool hidden = xml_.attribute(ns::text, "display") == "none";
                sections_.push_back(
                    {hidden, xml_.attribute(ns::text, "name") == core::kApprovalBlockSection});
                container(into);
                sections_.pop_back();
            } else if (skipped(xml_)) {
                skip();
            }
            // Lists, list items, index bodies, headers of tables of contents: their paragraphs
            // are read as they come.
        }
    }

    void skip()
    {
        const int depth = xml_.depth();
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next())
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                return;
    }

    bool in_hidden_section() const
    {
        for (const auto& s : sections_)
            if (s.hidden)
                return true;
        return false;
    }

    bool in_approval_block() const
    {
        for (const auto& s : sections_)
            if (s.approval_block)
                return true;
        return false;
    }

    // One text:p or text:h, the reader on its start.
    void paragraph(std::vector<core::TextParagraph>& into)
    {
        const bool heading = xml_.is(ns::text, "h");
        const StyleLook look = styles_.paragraph(xml_.attribute(ns::text, "style-name"));
        core::TextParagraph p;
        p.outline.in_table = table_depth_ > 0;
        p.table = table_depth_ > 0 ? current_table_ : -1;
        p.outline.outline_level = look.outline_level;
        if (heading) {
            const std::string level = xml_.attribute(ns::text, "outline-level");
            p.outline.outline_level = level.empty() ? 1 : std::atoi(level.c_str());
        }
        p.canonical.outline_level = p.outline.outline_level;
        p.in_approval_block = in_approval_block();
        Runs runs;
        inline_content(p, runs, look.bold, false);
        p.outline.bold = p.outline.outline_level == 0 && runs.any_text && runs.all_bold;
        if (look.hidden || in_hidden_section())
            return;
        if (p.outline.outline_level > 0) {
            last_heading_ = p.outline.text;
            p.outline.language = look.language;
        }
        into.push_back(std::move(p));
    }

    struct Runs {
        bool any_text = false;
        bool all_bold = true;
    };

    void add_text(core::TextParagraph& p, Runs& runs, std::string_view text, bool bold, bool hidden)
    {
        if (text.empty())
            return;
        p.outline.text += text;
        runs.any_text = true;
        if (!bold)
            runs.all_bold = false;
        if (hidden)
            return;
        if (!p.canonical.pieces.empty() && p.canonical.pieces.back().field_kind.empty())
            p.canonical.pieces.back().text += text;
        else
            p.canonical.pieces.push_back({std::string(text), "", ""});
    }

    // The inline content of the element just started, to its end.
    void inline_content(core::TextParagraph& p, Runs& runs, bool bold, bool hidden)
    {
        const int depth = xml_.depth();
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                return;
            if (e == XmlStream::Event::Text) {
                add_text(p, runs, xml_.text(), bold, hidden);
                continue;
            }
            if (e != XmlStream::Event::Start)
                continue;
            if (xml_.namespace_uri() == ns::text) {
                const auto name = xml_.local_name();
                if (name == "s") {
                    const std::string c = xml_.attribute(ns::text, "c");
                    add_text(p, runs,
                             std::string(c.empty() ? 1 : std::max(1, std::atoi(c.c_str())), ' '),
                             bold, hidden);
                    continue;
                }
                if (name == "tab") {
                    add_text(p, runs, "\t", bold, hidden);
                    continue;
                }
                if (name == "line-break") {
                    add_text(p, runs, "\n", bold, hidden);
                    continue;
                }
                if (name == "span" || name == "a" || name == "ruby-base" || name == "meta" ||
                    name == "bidi") {
                    const std::string style = xml_.attribute(ns::text, "style-name");
                    inline_content(p, runs, styles_.text_bold(style).value_or(bold),
                                   styles_.text_hidden(style).value_or(hidden));
                    continue;
                }
                if (name == "placeholder") {  // a prompt for text still to be written: nothing
                    skip();
                    continue;
                }
                if (const auto kind = field_kinds().find(name); kind != field_kinds().end()) {
                    // The approval block's fields are known by the property they show.
                    std::string shown_property;
                    if (name == "user-defined")
                        shown_property = xml_.attribute(ns::text, "name");
                    field(p, runs, std::string(kind->second), std::move(shown_property), bold,
                          hidden);
                    continue;
                }
            }
            if (xml_.is(ns::draw, "frame")) {
                frame();
                continue;
            }
            skip();  // notes, comments, ruby text, shapes, bookmarks with content, anything else
        }
    }

    // A field: its shown text counts for coverage, its kind for the digest.
    void field(core::TextParagraph& p, Runs& runs, const std::string& kind, std::string name,
               bool bold, bool hidden)
    {
        const int depth = xml_.depth();
        std::string shown;
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                break;
            if (e == XmlStream::Event::Text)
                shown += xml_.text();
        }
        p.outline.text += shown;
        if (!shown.empty()) {
            runs.any_text = true;
            if (!bold)
                runs.all_bold = false;
        }
        if (!hidden)
            p.canonical.pieces.push_back({"", kind, std::move(name)});
    }

    // A frame anchored in a paragraph: its text box's paragraphs go after the body.
    void frame()
    {
        const int depth = xml_.depth();
        const std::size_t slot = frames_.size();
        frames_.emplace_back();
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                return;
            if (e == XmlStream::Event::Start && xml_.is(ns::draw, "text-box")) {
                std::vector<core::TextParagraph> inside;
                const int saved_tables = table_depth_;
                table_depth_ = 0;
                container(inside);
                table_depth_ = saved_tables;
                for (auto& p : inside)
                    frames_[slot].push_back(std::move(p));
            } else if (e == XmlStream::Event::Start) {
                skip();
            }
        }
    }

    // A table: its paragraphs cell by cell into the reading order, and its grid.
    void table(std::vector<core::TextParagraph>& into)
    {
        core::TextTable read;
        read.grid.name = xml_.attribute(ns::table, "name");
        read.heading = last_heading_;
        const std::size_t slot = tables_.size();
        tables_.emplace_back();  // in document order: an outer table before the ones it holds
        ++table_depth_;
        const int outer_table = current_table_;
        current_table_ = static_cast<int>(slot);
        const int depth = xml_.depth();
        int columns = 0;
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                break;
            if (e != XmlStream::Event::Start)
                continue;
            if (xml_.is(ns::table, "table-column")) {
                const std::string repeat = xml_.attribute(ns::table, "number-columns-repeated");
                columns += repeat.empty() ? 1 : std::max(1, std::atoi(repeat.c_str()));
            } else if (xml_.is(ns::table, "table-row")) {
                read.grid.rows.push_back(row(into, static_cast<int>(read.grid.rows.size()) + 1));
            }
            // Header rows, row groups and column groups hold rows and columns: read as they come.
        }
        --table_depth_;
        current_table_ = outer_table;
        for (const auto& r : read.grid.rows)
            if (!r.empty())
                columns = std::max(columns, r.back().first_column + r.back().span);
        read.grid.columns = columns;
        tables_[slot] = std::move(read);
    }

    std::vector<core::GridCell> row(std::vector<core::TextParagraph>& into, int number)
    {
        std::vector<core::GridCell> cells;
        const int depth = xml_.depth();
        int column = 0;
        int box = 0;  // Writer names a row's cells by their place in the row: A, B, C...
        for (auto e = xml_.next(); e != XmlStream::Event::Done; e = xml_.next()) {
            if (e == XmlStream::Event::End && xml_.depth() == depth)
                break;
            if (e != XmlStream::Event::Start)
                continue;
            if (xml_.is(ns::table, "covered-table-cell")) {
                ++column;
                skip();
            } else if (xml_.is(ns::table, "table-cell")) {
                const std::string spanned = xml_.attribute(ns::table, "number-columns-spanned");
                const int span = spanned.empty() ? 1 : std::max(1, std::atoi(spanned.c_str()));
                std::vector<core::TextParagraph> inside;
                container(inside);
                std::string text;
                for (std::size_t i = 0; i < inside.size(); ++i)
                    text += (i ? "\n" : "") + inside[i].outline.text;
                for (auto& p : inside)
                    into.push_back(std::move(p));
                cells.push_back(
                    {text, column, span, core::column_letters(box) + std::to_string(number)});
                column += span;
                ++box;
            }
        }
        return cells;
    }

    XmlStream xml_;
    StyleSheet& styles_;
    std::vector<core::TextParagraph> body_;
    std::vector<std::vector<core::TextParagraph>> frames_;
    std::vector<core::TextTable> tables_;
    std::vector<Section> sections_;
    std::string last_heading_;
    int table_depth_ = 0;
    int current_table_ = -1;  // the table whose cells are being read (an index of tables_)
};

}  // namespace

core::TextModel read_odf_text(std::string_view content_xml, std::string_view styles_xml)
{
    StyleSheet styles;
    styles.read(styles_xml, "styles.xml");
    return Reader(content_xml, styles).read();  // content.xml's automatic styles on the way
}

}  // namespace prevent::odf
