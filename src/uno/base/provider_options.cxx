#include "uno/base/provider_options.hxx"

#include "uno/base/uno_text.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

constexpr const char* kNode = "/org.preventtoolkit.Options/Provider";

// The text fields, by their names in Options.xcs.
struct TextField {
    const char* name;
    std::string ProviderOptions::*field;
};
const TextField kTextFields[] = {{"ProviderName", &ProviderOptions::provider_name},
                                 {"DefaultProfile", &ProviderOptions::default_profile},
                                 {"PreventLead", &ProviderOptions::prevent_lead},
                                 {"ApprovingBody", &ProviderOptions::approving_body},
                                 {"Committee", &ProviderOptions::committee},
                                 {"RiskTableStyle", &ProviderOptions::risk_table_style}};
constexpr const char* kCycle = "ReviewCycleMonths";

Reference<css::uno::XInterface> access(const Reference<css::uno::XComponentContext>& context,
                                       const char* service)
{
    css::uno::Sequence<Any> args(1);
    args[0] <<= css::beans::NamedValue("nodepath", Any(OUString::createFromAscii(kNode)));
    return css::configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
        OUString::createFromAscii(service), args);
}

// The access holds a registration in the configuration: it is let go on every path.
struct Disposing {
    Reference<css::lang::XComponent> component;
    ~Disposing()
    {
        try {
            if (component.is())
                component->dispose();
        } catch (const css::uno::Exception&) {
        }
    }
};

}  // namespace

bool ProviderOptions::operator==(const ProviderOptions& o) const
{
    for (const auto& f : kTextFields)
        if (this->*f.field != o.*f.field)
            return false;
    return review_cycle_months == o.review_cycle_months;
}

ProviderOptions read_provider_options(const Reference<css::uno::XComponentContext>& context)
{
    ProviderOptions options;
    try {
        const Reference<css::container::XNameAccess> node(
            access(context, "com.sun.star.configuration.ConfigurationAccess"), UNO_QUERY_THROW);
        const Disposing let_go{Reference<css::lang::XComponent>(node, UNO_QUERY)};
        for (const auto& f : kTextFields) {
            OUString value;
            if (node->getByName(OUString::createFromAscii(f.name)) >>= value)
                options.*f.field = to_utf8(value.trim());
        }
        sal_Int32 months = 0;
        if ((node->getByName(OUString::createFromAscii(kCycle)) >>= months) && months > 0)
            options.review_cycle_months = months;
    } catch (const css::uno::Exception&) {  // the defaults: no options is no reason to stop
    }
    return options;
}

void write_provider_options(const Reference<css::uno::XComponentContext>& context,
                            const ProviderOptions& before, const ProviderOptions& after)
{
    if (before == after)
        return;
    const Reference<css::container::XNameReplace> node(
        access(context, "com.sun.star.configuration.ConfigurationUpdateAccess"), UNO_QUERY_THROW);
    const Disposing let_go{Reference<css::lang::XComponent>(node, UNO_QUERY)};
    for (const auto& f : kTextFields)
        if (before.*f.field != after.*f.field)
            node->replaceByName(OUString::createFromAscii(f.name), Any(from_utf8(after.*f.field)));
    if (before.review_cycle_months != after.review_cycle_months)
        node->replaceByName(OUString::createFromAscii(kCycle),
                            Any(static_cast<sal_Int32>(after.review_cycle_months)));
    Reference<css::util::XChangesBatch>(node, UNO_QUERY_THROW)->commitChanges();
}

}  // namespace prevent::uno
