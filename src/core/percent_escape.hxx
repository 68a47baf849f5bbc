// The escape of the approval properties' packed values: "%", the value's own separators and
// control characters written %XX, so that any heading, ref or area id survives .docx and .xlsx
// (which keep a property's text but not every character in it).
#pragma once

#include <string>

namespace prevent::core {

// `separators`: the characters that split the packed value ("=;" for "key=value;…").
std::string percent_escaped(const std::string& text, const char* separators);

// Any %XX back to its byte; a "%" not followed by two hex digits is kept as it is.
std::string percent_unescaped(const std::string& text);

}  // namespace prevent::core
