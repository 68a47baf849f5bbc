#include "odf_sheets.hxx"

#include "core/cell_address.hxx"
#include "core/iso_dates.hxx"
#include "core/messages.hxx"
#include "xml_stream.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <cstdlib>
#include <map>
#include <regex>
#include <stdexcept>

namespace prevent::odf {

namespace {

constexpr std::string_view kNumberNs = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";

enum class DataKind { Other, Date, DateTime };

// The cell styles' number formats, as far as the digest cares: date, or date and time.
class CellFormats {
public:
    void read(std::string_view xml, const std::string& part)
    {
        if (xml.empty())
            return;
        XmlStream x(xml, part);
        read_until(x, -1);
    }

    // The styles inside the element just started (content.xml's office:automatic-styles).
    void read_children(XmlStream& x) { read_until(x, x.depth()); }

private:
    void read_until(XmlStream& x, int depth)
    {
        std::string date_style;  // the number:date-style being read
        for (auto e = x.next(); e != XmlStream::Event::Done; e = x.next()) {
            if (e == XmlStream::Event::End && x.depth() == depth)
                return;
            if (e == XmlStream::Event::End) {
                if (x.is(kNumberNs, "date-style"))
                    date_style.clear();
                continue;
            }
            if (e != XmlStream::Event::Start)
                continue;
            if (x.is(kNumberNs, "date-style")) {
                date_style = x.attribute(ns::style, "name");
                data_[date_style] = DataKind::Date;
            } else if (!date_style.empty() &&
                       (x.is(kNumberNs, "hours") || x.is(kNumberNs, "minutes") ||
                        x.is(kNumberNs, "seconds"))) {
                data_[date_style] = DataKind::DateTime;
            } else if (x.is(ns::style, "style") &&
                       x.attribute(ns::style, "family") == "table-cell") {
                auto& s = cells_[x.attribute(ns::style, "name")];
                s.parent = x.attribute(ns::style, "parent-style-name");
                s.data_style = x.attribute(ns::style, "data-style-name");
            } else if (x.is(ns::style, "default-style") &&
                       x.attribute(ns::style, "family") == "table-cell") {
                default_data_style_ = x.attribute(ns::style, "data-style-name");
            }
        }
    }

public:
    DataKind kind_of_style(const std::string& cell_style) const
    {
        std::string at = cell_style.empty() ? "Default" : cell_style;
        for (int guard = 0; guard < 64 && !at.empty(); ++guard) {
            const auto it = cells_.find(at);
            if (it == cells_.end())
                break;
            if (!it->second.data_style.empty())
                return data_kind(it->second.data_style);
            at = it->second.parent;
        }
        return data_kind(default_data_style_);
    }

private:
    DataKind data_kind(const std::string& name) const
    {
        const auto it = data_.find(name);
        return it == data_.end() ? DataKind::Other : it->second;
    }

    struct CellStyle {
        std::string parent, data_style;
    };
    std::map<std::string, CellStyle> cells_;
    std::map<std::string, DataKind> data_;
    std::string default_data_style_;
};

int positive(const std::string& s, int fallback = 1)
{
    if (s.empty())
        return fallback;
    const long v = std::strtol(s.c_str(), nullptr, 10);
    return v < 1 ? 1 : v > 1'048'576 ? 1'048'576 : static_cast<int>(v);
}

// "2026-07-31" or "2026-07-31T13:30:00.5": days since 1899-12-30, with the day's fraction;
// nullopt for a value that is no date (a damaged file: the cell is then read as its text).
std::optional<double> serial_of(const std::string& iso)
{
    const auto day = core::day_of_iso(std::string_view(iso).substr(0, 10));
    if (!day)
        return std::nullopt;
    double serial = static_cast<double>((*day - boost::gregorian::date(1899, 12, 30)).days());
    if (iso.size() > 11 && iso[10] == 'T') {
        int h = 0, m = 0;
        double s = 0;
        std::sscanf(iso.c_str() + 11, "%d:%d:%lf", &h, &m, &s);
        serial += (h * 3600 + m * 60 + s) / 86400.0;
    }
    return serial;
}

// "PT13H30M00S": the fraction of a day.
double day_fraction_of(const std::string& duration)
{
    static const std::regex pattern(R"(^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$)");
    std::smatch m;
    if (!std::regex_match(duration, m, pattern))
        return 0;
    const auto part = [&](int i) { return m[i].matched ? std::atof(m[i].str().c_str()) : 0.0; };
    const double seconds = part(1) * 86400 + part(2) * 3600 + part(3) * 60 + part(4);
    return (duration[0] == '-' ? -seconds : seconds) / 86400.0;
}

class SheetReader {
public:
    SheetReader(std::string_view content, CellFormats& formats)
        : x_(content, "content.xml"), formats_(formats)
    {
    }

    OdsDocument read()
    {
        OdsDocument out;
        for (auto e = x_.next(); e != XmlStream::Event::Done; e = x_.next()) {
            if (e != XmlStream::Event::Start)
                continue;
            if (x_.is(ns::office, "automatic-styles")) {
                formats_.read_children(x_);  // before the sheets
            } else if (x_.is(ns::table, "null-date")) {
                const std::string value = x_.attribute(ns::table, "date-value");
                if (const auto serial = value.empty() ? std::nullopt : serial_of(value))
                    out.null_date = boost::gregorian::date(1899, 12, 30) +
                                    boost::gregorian::days(static_cast<long>(*serial));
                // Stored dates are absolute; values as the sheet gives them count from its null
                // date.
                offset_ = static_cast<double>(
                    (out.null_date - boost::gregorian::date(1899, 12, 30)).days());
            } else if (x_.is(ns::table, "table")) {
                out.sheets.push_back(sheet());
            }
        }
        return out;
    }

private:
    OdsSheet sheet()
    {
        OdsSheet s;
        s.name = x_.attribute(ns::table, "name");
        column_styles_.clear();
        const int depth = x_.depth();
        int row = 0;
        for (auto e = x_.next(); e != XmlStream::Event::Done; e = x_.next()) {
            if (e == XmlStream::Event::End && x_.depth() == depth)
                break;
            if (e != XmlStream::Event::Start)
                continue;
            if (x_.is(ns::table, "table-column")) {
                const int repeat = positive(x_.attribute(ns::table, "number-columns-repeated"));
                const std::string style = x_.attribute(ns::table, "default-cell-style-name");
                if (column_styles_.size() < 16384)
                    column_styles_.insert(column_styles_.end(),
                                          static_cast<std::size_t>(std::min(repeat, 16384)), style);
            } else if (x_.is(ns::table, "table-row")) {
                const int repeat = positive(x_.attribute(ns::table, "number-rows-repeated"));
                const std::string row_style = x_.attribute(ns::table, "default-cell-style-name");
                std::vector<OdsCell> cells = this->row(row_style);
                for (int r = 0; r < repeat && !cells.empty();
                     ++r) {  // a repeated row with content: each copy
                    for (auto c : cells) {
                        c.row = row + r;
                        c.canonical.address = core::cell_address(c.column, c.row);
                        s.cells.push_back(std::move(c));
                    }
                    if (s.cells.size() > kMaxSheetCells)
                        throw std::length_error(core::message("odf.too-many-cells"));
                }
                row += repeat;
            } else if (x_.is(ns::table, "shapes") || x_.is(ns::office, "annotation")) {
                skip();
            }
        }
        return s;
    }

    std::vector<OdsCell> row(const std::string& row_style)
    {
        std::vector<OdsCell> cells;
        const int depth = x_.depth();
        int column = 0;
        for (auto e = x_.next(); e != XmlStream::Event::Done; e = x_.next()) {
            if (e == XmlStream::Event::End && x_.depth() == depth)
                break;
            if (e != XmlStream::Event::Start)
                continue;
            if (!x_.is(ns::table, "table-cell") && !x_.is(ns::table, "covered-table-cell")) {
                skip();
                continue;
            }
            const int repeat = positive(x_.attribute(ns::table, "number-columns-repeated"));
            std::string style = x_.attribute(ns::table, "style-name");
            if (style.empty())
                style = !row_style.empty() ? row_style
                        : static_cast<std::size_t>(column) < column_styles_.size()
                            ? column_styles_[static_cast<std::size_t>(column)]
                            : std::string();
            auto read = cell(style);
            if (read) {
                for (int r = 0; r < repeat; ++r) {
                    read->column = column + r;
                    cells.push_back(*read);
                    if (cells.size() > kMaxSheetCells)
                        throw std::length_error(core::message("odf.too-many-cells"));
                }
            }
            column += repeat;
        }
        return cells;
    }

    // The cell the reader is on (its start); nullopt when it is empty.
    std::optional<OdsCell> cell(const std::string& style)
    {
        const std::string type = x_.attribute(ns::office, "value-type");
        const std::string formula = x_.attribute(ns::table, "formula");
        OdsCell c;
        if (type == "float" || type == "percentage" || type == "currency") {
            c.value =
                core::GridValue::of_number(std::atof(x_.attribute(ns::office, "value").c_str()));
        } else if (const auto serial = type == "date"
                                           ? serial_of(x_.attribute(ns::office, "date-value"))
                                           : std::nullopt) {
            c.value = core::GridValue::of_number(*serial - offset_);
        } else if (type == "time") {
            c.value =
                core::GridValue::of_number(day_fraction_of(x_.attribute(ns::office, "time-value")));
        } else if (type == "boolean") {
            c.value = core::GridValue::of_number(
                x_.attribute(ns::office, "boolean-value") == "true" ? 1 : 0);
        }
        const std::string string_value = x_.attribute(ns::office, "string-value");
        const std::string shown = paragraphs();  // reads to the cell's end
        if (type == "string")
            c.value = core::GridValue::of_text(string_value.empty() ? shown : string_value);
        else if ((type.empty() ||
                  (type == "date" && c.value.kind == core::GridValue::Kind::Empty)) &&
                 !shown.empty())
            c.value =
                core::GridValue::of_text(shown);  // text without a value type, as older files have
        if (!formula.empty()) {
            c.canonical.kind = core::CellKind::Formula;
            c.canonical.text = api_formula(formula);
            return c;
        }
        switch (c.value.kind) {
        case core::GridValue::Kind::Empty:
            return std::nullopt;
        case core::GridValue::Kind::Text:
            if (core::canonical_line(c.value.text).empty())
                return std::nullopt;  // only white space: an empty cell, as the extension sees it
            c.canonical.kind = core::CellKind::Text;
            c.canonical.text = c.value.text;
            return c;
        case core::GridValue::Kind::Number:
            break;
        }
        c.canonical.number = c.value.number;
        c.canonical.kind = core::CellKind::Number;
        if (type == "date" || type == "float" || type == "percentage" || type == "currency") {
            const auto kind = formats_.kind_of_style(style);
            if (kind == DataKind::Date)
                c.canonical.kind = core::CellKind::Date;
            else if (kind == DataKind::DateTime)
                c.canonical.kind = core::CellKind::DateTime;
        }
        if (c.canonical.kind != core::CellKind::Number)
            c.canonical.number += offset_;  // docs/digest.md counts days from 1899-12-30
        return c;
    }

    // The text of the cell's paragraphs, joined by line feeds, to the cell's end.
    std::string paragraphs()
    {
        const int depth = x_.depth();
        std::string out;
        int paragraphs = 0;
        for (auto e = x_.next(); e != XmlStream::Event::Done; e = x_.next()) {
            if (e == XmlStream::Event::End && x_.depth() == depth)
                break;
            if (e == XmlStream::Event::Start && x_.is(ns::text, "p")) {
                if (paragraphs++)
                    out += "\n";
                inline_text(out);
            } else if (e == XmlStream::Event::Start) {
                skip();  // annotations, shapes, detective marks
            }
        }
        return out;
    }

    void inline_text(std::string& out)
    {
        const int depth = x_.depth();
        for (auto e = x_.next(); e != XmlStream::Event::Done; e = x_.next()) {
            if (e == XmlStream::Event::End && x_.depth() == depth)
                return;
            if (e == XmlStream::Event::Text) {
                out += x_.text();
            } else if (e == XmlStream::Event::Start) {
                if (x_.is(ns::text, "s")) {
                    out.append(static_cast<std::size_t>(positive(x_.attribute(ns::text, "c"))),
                               ' ');
                } else if (x_.is(ns::text, "tab")) {
                    out += '\t';
                } else if (x_.is(ns::text, "line-break")) {
                    out += '\n';
                } else if (x_.is(ns::office, "annotation") || x_.is(ns::text, "note")) {
                    skip();
                }
                // spans, links and fields: their text is read as it comes
            }
        }
    }

    void skip()
    {
        const int depth = x_.depth();
        for (auto e = x_.next(); e != XmlStream::Event::Done; e = x_.next())
            if (e == XmlStream::Event::End && x_.depth() == depth)
                return;
    }

    XmlStream x_;
    CellFormats& formats_;
    std::vector<std::string> column_styles_;
    double offset_ = 0;  // days from 1899-12-30 to the document's null date
};

}  // namespace

std::string api_formula(std::string_view stored)
{
    std::string_view f = stored;
    if (const auto colon = f.find(':');
        colon != std::string_view::npos && f.substr(0, colon).find('=') == std::string_view::npos)
        f.remove_prefix(colon + 1);  // the namespace prefix: "of:", "oooc:", "msoxl:"
    std::string out;
    bool in_string = false, in_reference = false;
    for (std::size_t i = 0; i < f.size(); ++i) {
        const char c = f[i];
        if (in_string) {
            out += c;
            if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
            out += c;
        } else if (c == '[' && !in_reference) {
            in_reference = true;
            if (i + 1 < f.size() && f[i + 1] == '.')
                ++i;  // "[.A1": a reference on the formula's own sheet
        } else if (c == ']' && in_reference) {
            in_reference = false;
        } else if (in_reference && c == ':' && i + 1 < f.size() && f[i + 1] == '.') {
            out += ':';
            ++i;  // ":.A3"
        } else if (in_reference && c == '\'') {
            // a quoted sheet name: copied as it stands, quotes and all
            out += c;
            while (++i < f.size()) {
                out += f[i];
                if (f[i] == '\'')
                    break;
            }
        } else {
            out += c;
        }
    }
    return out;
}

std::vector<core::CanonicalSheet> OdsDocument::canonical() const
{
    std::vector<core::CanonicalSheet> out;
    for (const auto& s : sheets) {
        core::CanonicalSheet sheet{s.name, {}};
        for (const auto& c : s.cells)
            sheet.cells.push_back(c.canonical);
        out.push_back(std::move(sheet));
    }
    return out;
}

std::vector<core::PlanSheet> OdsDocument::plans() const
{
    std::vector<core::PlanSheet> out;
    for (const auto& s : sheets) {
        // The rows from A1 to the last used cell, as getDataArray would give them.
        int rows = 0, columns = 0;
        for (const auto& c : s.cells) {
            rows = std::max(rows, c.row + 1);
            columns = std::max(columns, c.column + 1);
        }
        std::vector<std::vector<core::GridValue>> grid(
            static_cast<std::size_t>(rows),
            std::vector<core::GridValue>(static_cast<std::size_t>(columns)));
        for (const auto& c : s.cells)
            grid[static_cast<std::size_t>(c.row)][static_cast<std::size_t>(c.column)] = c.value;
        if (auto plan = core::plan_from_grid(s.name, grid, null_date))
            out.push_back(std::move(*plan));
    }
    return out;
}

OdsDocument read_ods(std::string_view content_xml, std::string_view styles_xml)
{
    CellFormats formats;
    formats.read(styles_xml, "styles.xml");
    return SheetReader(content_xml, formats).read();  // content.xml's automatic styles on the way
}

}  // namespace prevent::odf
