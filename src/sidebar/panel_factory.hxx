// The sidebar's factory for Prevent panels (Factories.xcu names it): builds the panel named by
// the last segment of private:resource/toolpanel/org.preventtoolkit.PanelFactory/<Name>.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::sidebar::panel_factory {

rtl::OUString implementation_name();
css::uno::Sequence<rtl::OUString> service_names();
css::uno::Reference<css::uno::XInterface> create(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::sidebar::panel_factory
