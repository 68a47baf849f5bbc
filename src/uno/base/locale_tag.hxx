// A css::lang::Locale as the BCP 47 tag the core reads ("cy-GB", "en"), for a text's language.
#pragma once

#include "uno/base/uno_text.hxx"

#include <com/sun/star/lang/Locale.hpp>

#include <string>

namespace prevent::uno {

// Empty when the locale says no language ("zxx": none, or not set).
inline std::string locale_tag(const css::lang::Locale& locale)
{
    if (locale.Language.isEmpty() || locale.Language == "zxx")
        return {};
    return to_utf8(locale.Country.isEmpty() ? locale.Language
                                            : locale.Language + "-" + locale.Country);
}

}  // namespace prevent::uno
