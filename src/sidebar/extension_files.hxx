// Where the installed extension's own files are: its folder (a URL), and the dialogs and panel
// contents under dialogs/.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace prevent::sidebar {

// The extension's installed folder, as a URL.
rtl::OUString extension_location(const css::uno::Reference<css::uno::XComponentContext>& context);

// dialogs/<name>.xdl of the installed extension, as a URL.
rtl::OUString dialog_url(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const char* name);

}  // namespace prevent::sidebar
