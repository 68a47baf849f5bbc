// Conversions between UNO strings (UTF-16) and the core's UTF-8 std::string.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>
#include <vector>

namespace prevent::uno {

inline std::string to_utf8(const rtl::OUString& s)
{
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

inline rtl::OUString from_utf8(std::string_view s)
{
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

inline css::uno::Sequence<rtl::OUString> to_sequence(const std::vector<std::string>& items)
{
    css::uno::Sequence<rtl::OUString> out(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        out[static_cast<sal_Int32>(i)] = from_utf8(items[i]);
    return out;
}

inline std::vector<std::string> to_vector(const css::uno::Sequence<rtl::OUString>& items)
{
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(items.getLength()));
    for (const auto& item : items)
        out.push_back(to_utf8(item));
    return out;
}

}  // namespace prevent::uno
