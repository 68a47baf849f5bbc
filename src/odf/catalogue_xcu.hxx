// Reads a catalogue .xcu (the configuration data of org.preventtoolkit.Catalogue) from disk,
// for the command-line checker, which never starts LibreOffice. Localised values are chosen
// as LibreOffice's configuration does, so both readings give one answer.
#pragma once

#include "core/catalogue.hxx"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace prevent::odf {

// The file cannot be used as a catalogue; what() names the file, the line where known, and why.
class CatalogueFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// locale: a BCP 47 tag such as "en-GB".
core::Catalogue read_catalogue_xcu(const std::filesystem::path& file,
                                   std::string_view locale = "en-GB");

// The same from text in memory; source_name is used in messages.
core::Catalogue parse_catalogue_xcu(std::string_view xml, std::string_view source_name,
                                    std::string_view locale = "en-GB");

}  // namespace prevent::odf
