// The profile of a document (Prevent.Profile), for the service and the panels alike.
#pragma once

#include "core/catalogue.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <optional>
#include <stdexcept>
#include <string>

namespace prevent::uno {

// The document's profile when the catalogue knows it, otherwise the catalogue's first.
std::string document_profile(const core::Catalogue& catalogue,
                             const css::uno::Reference<css::frame::XModel>& document);

// The profile stored in the document, when the catalogue knows it.
std::optional<std::string> stored_profile(const core::Catalogue& catalogue,
                                          const css::uno::Reference<css::frame::XModel>& document);

class ReadOnlyDocument : public std::runtime_error {
public:
    ReadOnlyDocument()
        : std::runtime_error("the document is read-only: its profile cannot be stored")
    {
    }
};

// Stores the profile in the document; throws core::UnknownProfile or ReadOnlyDocument.
void store_document_profile(const core::Catalogue& catalogue,
                            const css::uno::Reference<css::frame::XModel>& document,
                            const std::string& profile);

// The profile to check a document with when none is asked for: "" (the stored one, else the one
// its first page points at), or the provider's default profile (Tools ▸ Options ▸ Prevent
// Toolkit) for a document that stores none. One asked for is kept.
std::string profile_to_check(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const core::Catalogue& catalogue,
                             const css::uno::Reference<css::frame::XModel>& document,
                             const std::string& asked);

}  // namespace prevent::uno
