// Picks one of the values of a localised configuration property for a locale, by the rules of
// LibreOffice's configmgr (Access::getChild): the tag itself, then the tag with its last
// segments removed, then the first value with the same language, then "en-US", "en", the value
// without a language, and finally the first value in tag order.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace prevent::odf {

// values: language tag ("" when xml:lang is absent) -> value. nullptr when there is none.
template <typename Value>
const Value* pick_localised(const std::map<std::string, Value>& values, std::string_view locale)
{
    const auto find = [&](std::string_view tag) -> const Value* {
        const auto it = values.find(std::string(tag));
        return it == values.end() ? nullptr : &it->second;
    };
    std::string_view tag = locale;
    while (!tag.empty()) {
        if (const Value* v = find(tag))
            return v;
        const auto cut = tag.find_last_of("-_");
        if (cut == std::string_view::npos || cut == 0)
            break;
        tag = tag.substr(0, cut);
    }
    // tag is now the language alone: the first value whose tag starts with it (fdo#33638).
    if (!tag.empty()) {
        for (const auto& [name, value] : values) {
            if (name.compare(0, tag.size(), tag) == 0 &&
                (name.size() == tag.size() || name[tag.size()] == '-' || name[tag.size()] == '_'))
                return &value;
        }
    }
    for (const std::string_view fallback : {"en-US", "en", ""})
        if (const Value* v = find(fallback))
            return v;
    return values.empty() ? nullptr : &values.begin()->second;
}

}  // namespace prevent::odf
