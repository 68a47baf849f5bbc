#include "panel_strings.hxx"

#include "extension_files.hxx"

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

namespace {

// The interface language the user chose (an empty setting means the system's, treated as en-US).
css::lang::Locale ui_locale(const Reference<css::uno::XComponentContext>& context)
{
    OUString tag = "en-US";
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<Any> args(1);
        args[0] <<= css::beans::NamedValue("nodepath", Any(OUString("/org.openoffice.Setup/L10N")));
        const Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            UNO_QUERY_THROW);
        OUString configured;
        if ((access->getByName("ooLocale") >>= configured) && !configured.isEmpty())
            tag = configured;
        Reference<css::lang::XComponent>(access, UNO_QUERY_THROW)->dispose();
    } catch (const css::uno::Exception&) {
    }
    const sal_Int32 dash = tag.indexOf('-');
    return dash < 0 ? css::lang::Locale(tag, OUString(), OUString())
                    : css::lang::Locale(tag.copy(0, dash), tag.copy(dash + 1), OUString());
}

}  // namespace

PanelStrings::PanelStrings(const Reference<css::uno::XComponentContext>& context,
                           const char* base_name)
    : resolver_(css::resource::StringResourceWithLocation::create(
                    context, extension_location(context) + "/dialogs/", true, ui_locale(context),
                    OUString::createFromAscii(base_name), OUString(), nullptr),
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
