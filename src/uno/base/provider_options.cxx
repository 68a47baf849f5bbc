#include "uno/base/provider_options.hxx"

#include "uno/base/configuration_node.hxx"
#include "uno/base/kept_configuration.hxx"
#include "uno/base/uno_text.hxx"

using css::uno::Any;
using css::uno::Reference;
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

}  // namespace

bool ProviderOptions::operator==(const ProviderOptions& o) const
{
    for (const auto& f : kTextFields)
        if (this->*f.field != o.*f.field)
            return false;
    return review_cycle_months == o.review_cycle_months;
}

namespace {

ProviderOptions read_from(const Reference<css::uno::XComponentContext>& context)
{
    ProviderOptions options;
    try {
        const ConfigurationNode node(context, kNode);
        for (const auto& f : kTextFields) {
            OUString value;
            if (node.values()->getByName(OUString::createFromAscii(f.name)) >>= value)
                options.*f.field = to_utf8(value.trim());
        }
        sal_Int32 months = 0;
        if ((node.values()->getByName(OUString::createFromAscii(kCycle)) >>= months) && months > 0)
            options.review_cycle_months = months;
    } catch (const css::uno::Exception&) {  // the defaults: no options is no reason to stop
    }
    return options;
}

}  // namespace

ProviderOptions read_provider_options(const Reference<css::uno::XComponentContext>& context)
{
    // Kept between calls: every pause of the sidebar asks for the default profile.
    try {
        static auto* const kept = KeptConfiguration<ProviderOptions>::make(kNode, read_from);
        return kept->get(context);
    } catch (const css::uno::Exception&) {  // no configuration to listen to: read it now
        return read_from(context);
    }
}

void write_provider_options(const Reference<css::uno::XComponentContext>& context,
                            const ProviderOptions& before, const ProviderOptions& after)
{
    if (before == after)
        return;
    ConfigurationNode node(context, kNode, true);
    for (const auto& f : kTextFields)
        if (before.*f.field != after.*f.field)
            node.set(f.name, Any(from_utf8(after.*f.field)));
    if (before.review_cycle_months != after.review_cycle_months)
        node.set(kCycle, Any(static_cast<sal_Int32>(after.review_cycle_months)));
    node.commit();
}

}  // namespace prevent::uno
