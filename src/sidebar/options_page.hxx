// The options page (Tools ▸ Options ▸ Prevent Toolkit ▸ Provider, dialogs/OptionsPage.xdl): the
// options dialog makes the page and calls this handler to fill it ("initialize", and "back" to
// undo the user's edits) and to keep what the user set ("ok": only the fields changed, so that
// the others follow an administrator's preset; uno/base/provider_options).
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::sidebar::options_page {

rtl::OUString implementation_name();
css::uno::Sequence<rtl::OUString> service_names();
css::uno::Reference<css::uno::XInterface> create(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::sidebar::options_page
