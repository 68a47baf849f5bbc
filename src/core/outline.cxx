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
    std::string t;
    for (const char c : text)
        t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = t.find_first_not_of(" \t\r\n\xc2\xa0");
    if (first == std::string::npos)
        return true;
    t = t.substr(first, t.find_last_not_of(" \t\r\n") - first + 1);
    while (!t.empty() && (t.back() == '.' || t.back() == ' '))
        t.pop_back();
    if (t.empty())
        return true;
    if (t.front() == '[' && t.back() == ']')
        return true;  // [Insert details here]
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
    return std::find(kPlaceholders.begin(), kPlaceholders.end(), t) != kPlaceholders.end() ||
           t.rfind("lorem ipsum", 0) == 0;
}

}  // namespace prevent::core
