// The digest of a live document's content (docs/digest.md) and of each of its sections: what
// an approval records and what its status compares against.
#pragma once

#include "core/canonical_text.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <optional>
#include <string>
#include <vector>

namespace prevent::uno {

struct ContentDigest {
    std::string digest;
    std::vector<core::SectionDigest> sections;
};

// Nullopt for a model that is neither a text document nor a spreadsheet.
std::optional<ContentDigest> read_content_digest(
    const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
