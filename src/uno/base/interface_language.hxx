// The office's interface language (Tools ▸ Options ▸ Language Settings ▸ Languages ▸ User
// interface), which the toolkit speaks: its panels' and dialogs' strings, and the messages of its
// services (uno/base/spoken_language). LibreOffice applies a change of it only after a restart,
// so it is read once.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace prevent::uno {

// The BCP 47 tag ("cy", "en-GB"); when the user chose none ("the system's"), the locale's
// (LC_ALL, LC_MESSAGES, LANG) as LibreOffice does, else "en-US".
std::string interface_language_tag(const css::uno::Reference<css::uno::XComponentContext>& context);
css::lang::Locale interface_locale(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno
