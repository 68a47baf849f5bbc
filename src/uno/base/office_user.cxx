#include "uno/base/office_user.hxx"

#include "uno/base/configuration_node.hxx"

using css::uno::Reference;
using rtl::OUString;

namespace prevent::uno {

OUString office_user_name(const Reference<css::uno::XComponentContext>& context)
{
    try {
        const ConfigurationNode data(context, "/org.openoffice.UserProfile/Data");
        OUString given, surname;
        data.values()->getByName("givenname") >>= given;
        data.values()->getByName("sn") >>= surname;
        given = given.trim();
        surname = surname.trim();
        return given.isEmpty() || surname.isEmpty() ? given + surname : given + " " + surname;
    } catch (const css::uno::Exception&) {
        return OUString();  // no name is better than no pack
    }
}

}  // namespace prevent::uno
