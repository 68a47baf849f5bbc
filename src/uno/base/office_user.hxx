// The user's name as LibreOffice knows it (Tools ▸ Options ▸ LibreOffice ▸ User Data): who
// prepares a board pack, unless they say otherwise.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// "Jane Smith" (first name and surname, whichever are set); empty when neither is, or the user's
// configuration cannot be read.
rtl::OUString office_user_name(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno
