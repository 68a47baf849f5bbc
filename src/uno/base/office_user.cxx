#include "uno/base/office_user.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

OUString office_user_name(const Reference<css::uno::XComponentContext>& context)
{
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<Any> args(1);
        args[0] <<=
            css::beans::NamedValue("nodepath", Any(OUString("/org.openoffice.UserProfile/Data")));
        const Reference<css::container::XNameAccess> data(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            UNO_QUERY_THROW);
        OUString given, surname;
        data->getByName("givenname") >>= given;
        data->getByName("sn") >>= surname;
        // The access holds a registration in the configuration: let it go now.
        Reference<css::lang::XComponent>(data, UNO_QUERY_THROW)->dispose();
        given = given.trim();
        surname = surname.trim();
        return given.isEmpty() || surname.isEmpty() ? given + surname : given + " " + surname;
    } catch (const css::uno::Exception&) {
        return OUString();  // no name is better than no pack
    }
}

}  // namespace prevent::uno
