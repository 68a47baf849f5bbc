#include "panel_strings.hxx"

#include "extension_files.hxx"
#include "uno/base/interface_language.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/resource/StringResourceWithLocation.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::sidebar {

PanelStrings::PanelStrings(const Reference<css::uno::XComponentContext>& context,
                           const char* base_name)
    : resolver_(css::resource::StringResourceWithLocation::create(
                    context, extension_location(context) + "/dialogs/", true,
                    uno::interface_locale(context), OUString::createFromAscii(base_name),
                    OUString(), nullptr),
                UNO_QUERY_THROW)
{
}

OUString PanelStrings::text(const char* key, std::initializer_list<OUString> arguments) const
{
    OUString s = resolver_->resolveString(OUString::createFromAscii(key));
    int n = 0;
    for (const auto& argument : arguments)
        s = s.replaceAll("{" + OUString::number(n++) + "}", argument);
    return s;
}

}  // namespace prevent::sidebar
