#include "outline.hxx"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace prevent::core {

std::string heading_location(std::size_t n) { return "heading:" + std::to_string(n); }
std::string paragraph_location(std::size_t n) { return "paragraph:" + std::to_string(n); }

bool is_placeholder(const std::string& text)
{
    // Trimmed in place: most paragraphs are prose, and every paragraph comes through here.
    const auto first = text.find_first_not_of(" \t\r\n\xc2\xa0");
    if (first == std::string::npos)
        return true;
    std::size_t last = text.find_last_not_of(" \t\r\n");
    while (text[last] == '.' || text[last] == ' ') {
        if (last == first)
            return true;
        --last;
    }
    if (text[first] == '[' && text[last] == ']')
        return true;  // [Insert details here]
    const std::size_t length = last - first + 1;
    const auto lower_equals = [&](std::string_view words, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i)
            if (std::tolower(static_cast<unsigned char>(text[first + i])) != words[i])
                return false;
        return true;
    };
    constexpr std::string_view kLorem = "lorem ipsum";
    if (length >= kLorem.size() && lower_equals(kLorem, kLorem.size()))
        return true;
    static constexpr std::array<std::string_view, 16> kPlaceholders = {
        "click here to enter text",
        "click or tap here to enter text",
        "tbc",
        "tbd",
        "to be confirmed",
        "to be completed",
        "to be added",
        "to follow",
        "xxx",
        "xx",
        "insert text here",
        "text here",
        "lorem ipsum",
        "placeholder",
        "todo",
        "to do"};
    return std::any_of(kPlaceholders.begin(), kPlaceholders.end(), [&](std::string_view p) {
        return p.size() == length && lower_equals(p, length);
    });
}

}  // namespace prevent::core
