// The heading matcher of a catalogue, built once: building it normalises some two hundred terms
// with ICU, which every check, every read of the risks and every added row would otherwise repeat.
// Rebuilt when the catalogue changes (an administrator deploys another).
#pragma once

#include "core/catalogue.hxx"
#include "core/heading_matcher.hxx"

#include <memory>
#include <string>

namespace prevent::uno {

std::shared_ptr<const core::HeadingMatcher> matcher_for(const core::Catalogue& catalogue);

// What reading headings against the catalogue depends on (every area's id, title and synonyms):
// equal fingerprints, equal answers.
std::string catalogue_fingerprint(const core::Catalogue& catalogue);

}  // namespace prevent::uno
