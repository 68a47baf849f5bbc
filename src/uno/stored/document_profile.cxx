#include "uno/stored/document_profile.hxx"

#include "uno/stored/document_properties.hxx"

#include "core/stored_names.hxx"
#include "uno/base/document_state.hxx"
#include "uno/base/provider_options.hxx"

namespace prevent::uno {

std::optional<std::string> stored_profile(const core::Catalogue& catalogue,
                                          const css::uno::Reference<css::frame::XModel>& document)
{
    auto stored = read_text_property(document, core::kProfileProperty);
    if (stored && catalogue.has_profile(*stored))
        return stored;
    return std::nullopt;
}

std::string document_profile(const core::Catalogue& catalogue,
                             const css::uno::Reference<css::frame::XModel>& document)
{
    return stored_profile(catalogue, document).value_or(catalogue.profiles().front().id);
}

void store_document_profile(const core::Catalogue& catalogue,
                            const css::uno::Reference<css::frame::XModel>& document,
                            const std::string& profile)
{
    if (!catalogue.has_profile(profile))
        throw core::UnknownProfile(profile, catalogue.profile_ids());
    if (is_read_only(document))
        throw ReadOnlyDocument();
    write_text_property(document, core::kProfileProperty, profile);
}

std::string profile_to_check(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const core::Catalogue& catalogue,
                             const css::uno::Reference<css::frame::XModel>& document,
                             const std::string& asked)
{
    if (!asked.empty() || stored_profile(catalogue, document))
        return asked;
    const auto preferred = read_provider_options(context).default_profile;
    return catalogue.has_profile(preferred) ? preferred : "";
}

}  // namespace prevent::uno
