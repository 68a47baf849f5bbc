// The strings a panel shows that are not in its .xdl: read from the same .properties files
// (dialogs/<Name>_en_GB.properties, en-GB the default), in the office's interface language.
#pragma once

#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <initializer_list>

namespace prevent::sidebar {

class PanelStrings {
public:
    PanelStrings(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const char* base_name);

    // The string of the key; "{0}", "{1}"... replaced by the arguments.
    rtl::OUString text(const char* key, std::initializer_list<rtl::OUString> arguments = {}) const;

private:
    css::uno::Reference<css::resource::XStringResourceResolver> resolver_;
};

}  // namespace prevent::sidebar
