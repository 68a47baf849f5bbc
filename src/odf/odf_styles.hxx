// The paragraph and character styles of a Writer package (named ones from styles.xml, automatic
// ones from content.xml), resolved through their parents as LibreOffice does: what a paragraph's
// style says of its outline level, its weight and whether it is hidden.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace prevent::odf {

class XmlStream;

struct StyleLook {
    int outline_level = 0;  // 0: body text
    bool bold = false;
    bool hidden = false;
    std::string language;  // fo:language and fo:country ("cy-GB"), empty when none is said
};

class StyleSheet {
public:
    // Adds the styles of one part (styles.xml). XmlError when not well-formed.
    void read(std::string_view xml, const std::string& part);
    // Adds the styles inside the element the stream has just started (content.xml's
    // office:automatic-styles), reading to its end: content.xml is then read in one pass.
    void read_children(XmlStream& stream);

    // A paragraph style (named or automatic), resolved through its parents and the default
    // paragraph style. An unknown name gives the default.
    StyleLook paragraph(const std::string& name) const;
    // What a character style (a span's) sets, nullopt for what it leaves to the paragraph.
    std::optional<bool> text_bold(const std::string& name) const;
    std::optional<bool> text_hidden(const std::string& name) const;

private:
    struct Style {
        std::string parent;
        std::optional<int> outline_level;
        std::optional<bool> bold;
        std::optional<bool> hidden;
        std::optional<std::string> language;
    };
    void read_until(XmlStream& stream, int depth);
    template <typename T>
    std::optional<T> resolve(const std::map<std::string, Style>& family, const std::string& name,
                             std::optional<T> Style::*field) const;

    std::map<std::string, Style> paragraph_styles_, text_styles_;
    Style default_paragraph_;
};

}  // namespace prevent::odf
