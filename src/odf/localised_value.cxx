#include "localised_value.hxx"

namespace prevent::odf {

namespace {

const std::string* find(const std::map<std::string, std::string>& values, std::string_view tag)
{
    const auto it = values.find(std::string(tag));
    return it == values.end() ? nullptr : &it->second;
}

bool is_separator(char c) { return c == '-' || c == '_'; }

}  // namespace

std::optional<std::string> pick_localised(const std::map<std::string, std::string>& values,
                                          std::string_view locale)
{
    std::string_view tag = locale;
    while (!tag.empty()) {
        if (const auto* v = find(values, tag))
            return *v;
        const auto cut = tag.find_last_of("-_");
        if (cut == std::string_view::npos || cut == 0)
            break;
        tag = tag.substr(0, cut);
    }
    // tag is now the language alone: the first value whose tag starts with it (fdo#33638).
    if (!tag.empty()) {
        for (const auto& [name, value] : values) {
            if (name.compare(0, tag.size(), tag) == 0 &&
                (name.size() == tag.size() || is_separator(name[tag.size()])))
                return value;
        }
    }
    for (const std::string_view fallback : {"en-US", "en", ""})
        if (const auto* v = find(values, fallback))
            return *v;
    if (!values.empty())
        return values.begin()->second;
    return std::nullopt;
}

}  // namespace prevent::odf
