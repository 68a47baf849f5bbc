#include "odf_styles.hxx"

#include "xml_stream.hxx"

#include <cstdlib>

namespace prevent::odf {

namespace {

// fo:font-weight: "bold", or a number of 600 and more, is bold (LibreOffice's BOLD is 700).
std::optional<bool> weight_is_bold(const std::string& weight)
{
    if (weight.empty())
        return std::nullopt;
    if (weight == "bold")
        return true;
    if (weight == "normal")
        return false;
    return std::atoi(weight.c_str()) >= 600;
}

}  // namespace

void StyleSheet::read(std::string_view xml, const std::string& part)
{
    if (xml.empty())
        return;
    XmlStream stream(xml, part);
    read_until(stream, -1);
}

void StyleSheet::read_children(XmlStream& stream) { read_until(stream, stream.depth()); }

// Reads style definitions until the end of the element at depth (-1: to the end of the part).
void StyleSheet::read_until(XmlStream& stream, int depth)
{
    Style* current = nullptr;  // the paragraph or text style being read
    for (auto e = stream.next(); e != XmlStream::Event::Done; e = stream.next()) {
        if (e == XmlStream::Event::End && stream.depth() == depth)
            return;
        if (e == XmlStream::Event::End) {
            if (stream.is(ns::style, "style") || stream.is(ns::style, "default-style"))
                current = nullptr;
            continue;
        }
        if (e != XmlStream::Event::Start)
            continue;
        if (stream.is(ns::style, "style") || stream.is(ns::style, "default-style")) {
            const std::string family = stream.attribute(ns::style, "family");
            current = nullptr;
            if (stream.is(ns::style, "default-style")) {
                if (family == "paragraph")
                    current = &default_paragraph_;
                continue;
            }
            auto* styles = family == "paragraph" ? &paragraph_styles_
                           : family == "text"    ? &text_styles_
                                                 : nullptr;
            if (!styles)
                continue;
            Style& style = (*styles)[stream.attribute(ns::style, "name")];
            style = Style{};
            style.parent = stream.attribute(ns::style, "parent-style-name");
            if (stream.has_attribute(ns::style, "default-outline-level")) {
                // An empty value means "body text", as for a style taken off the outline.
                style.outline_level =
                    std::atoi(stream.attribute(ns::style, "default-outline-level").c_str());
            }
            current = &style;
        } else if (current && stream.is(ns::style, "text-properties")) {
            if (const auto bold = weight_is_bold(stream.attribute(ns::fo, "font-weight")))
                current->bold = bold;
            const std::string language = stream.attribute(ns::fo, "language");
            if (!language.empty() && language != "none" && language != "zxx") {
                const std::string country = stream.attribute(ns::fo, "country");
                current->language =
                    country.empty() || country == "none" ? language : language + "-" + country;
            }
            const std::string display = stream.attribute(ns::text, "display");
            if (!display.empty())
                current->hidden = display == "none";
        }
    }
}

template <typename T>
std::optional<T> StyleSheet::resolve(const std::map<std::string, Style>& family,
                                     const std::string& name, std::optional<T> Style::*field) const
{
    std::string at = name;
    for (int guard = 0; guard < 64 && !at.empty();
         ++guard) {  // a parent loop in a damaged file ends
        const auto it = family.find(at);
        if (it == family.end())
            break;
        if (it->second.*field)
            return it->second.*field;
        at = it->second.parent;
    }
    return std::nullopt;
}

StyleLook StyleSheet::paragraph(const std::string& name) const
{
    StyleLook look;
    look.outline_level = resolve(paragraph_styles_, name, &Style::outline_level).value_or(0);
    look.bold = resolve(paragraph_styles_, name, &Style::bold)
                    .value_or(default_paragraph_.bold.value_or(false));
    look.hidden = resolve(paragraph_styles_, name, &Style::hidden)
                      .value_or(default_paragraph_.hidden.value_or(false));
    look.language = resolve(paragraph_styles_, name, &Style::language)
                        .value_or(default_paragraph_.language.value_or(std::string()));
    return look;
}

std::optional<bool> StyleSheet::text_bold(const std::string& name) const
{
    return resolve(text_styles_, name, &Style::bold);
}

std::optional<bool> StyleSheet::text_hidden(const std::string& name) const
{
    return resolve(text_styles_, name, &Style::hidden);
}

}  // namespace prevent::odf
