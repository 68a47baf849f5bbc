// The factory the sidebar asks for every Prevent panel (Factories.xcu names it). It lives in a
// library of its own that needs nothing but LibreOffice's UNO libraries, so that it loads even
// where the component library cannot: it hands each request to the component's panel factory
// (org.preventtoolkit.PanelFactory) and, when that cannot be made, shows in the panel's place
// "Prevent Toolkit could not start: <reason>" instead of an empty grey deck.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::start::start_panel_factory {

rtl::OUString implementation_name();
css::uno::Sequence<rtl::OUString> service_names();
css::uno::Reference<css::uno::XInterface> create(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::start::start_panel_factory
