// The options a provider sets once (Tools ▸ Options ▸ Prevent Toolkit; registry/schema/
// Options.xcs), as the user's configuration has them: their own values over an administrator's
// preset over the defaults.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace prevent::uno {

struct ProviderOptions {
    std::string provider_name;
    std::string default_profile;  // "" : the one a document's first page points at
    std::string prevent_lead;
    std::string approving_body;
    std::string committee;                    // reviews the assessment before the approving body
    std::string risk_table_style = "scored";  // scored | rag | narrative
    int review_cycle_months = 12;

    bool operator==(const ProviderOptions& o) const;
};

// The defaults when the configuration cannot be read (an extension half installed).
ProviderOptions read_provider_options(
    const css::uno::Reference<css::uno::XComponentContext>& context);

// Writes the fields that differ between before and after, and only those: a field the user did
// not touch keeps following the administrator's preset. Throws css::uno::Exception on failure.
void write_provider_options(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const ProviderOptions& before, const ProviderOptions& after);

}  // namespace prevent::uno
