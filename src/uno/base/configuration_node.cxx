#include "uno/base/configuration_node.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

ConfigurationNode::ConfigurationNode(const Reference<css::uno::XComponentContext>& context,
                                     const char* path, bool for_update, const char* locale)
{
    css::uno::Sequence<Any> args(locale ? 2 : 1);
    args[0] <<= css::beans::NamedValue("nodepath", Any(OUString::createFromAscii(path)));
    if (locale)
        args[1] <<= css::beans::NamedValue("locale", Any(OUString::createFromAscii(locale)));
    node_.set(css::configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
                  for_update ? OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                             : OUString("com.sun.star.configuration.ConfigurationAccess"),
                  args),
              UNO_QUERY_THROW);
}

ConfigurationNode::~ConfigurationNode()
{
    try {
        if (const Reference<css::lang::XComponent> component{node_, UNO_QUERY}; component.is())
            component->dispose();
    } catch (const css::uno::Exception&) {  // the office is closing: nothing left to let go
    }
}

void ConfigurationNode::set(const char* name, const Any& value)
{
    Reference<css::container::XNameReplace>(node_, UNO_QUERY_THROW)
        ->replaceByName(OUString::createFromAscii(name), value);
}

void ConfigurationNode::commit()
{
    Reference<css::util::XChangesBatch>(node_, UNO_QUERY_THROW)->commitChanges();
}

}  // namespace prevent::uno
