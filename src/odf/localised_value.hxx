// Picks one of the values of a localised configuration property for a locale, by the rules of
// LibreOffice's configmgr (Access::getChild): the tag itself, then the tag with its last
// segments removed, then the first value with the same language, then "en-US", "en", the value
// without a language, and finally the first value in tag order.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace prevent::odf {

// values: language tag ("" when xml:lang is absent) -> value.
std::optional<std::string> pick_localised(const std::map<std::string, std::string>& values,
                                          std::string_view locale);

}  // namespace prevent::odf
