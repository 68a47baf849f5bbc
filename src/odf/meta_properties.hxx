// The document's own properties from meta.xml (File ▸ Properties ▸ Custom Properties): where the
// extension keeps Prevent.Profile, the approval records (Prevent.Approval.<n>.<Field>) and the
// coverage marks. Values as written in the file, with their ODF value type.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace prevent::odf {

struct UserProperty {
    std::string type;  // meta:value-type: "string", "float", "date", "time", "boolean"
    std::string
        value;  // the element's text: "he", "3", "2026-09-01", "2026-09-01T10:00:00Z", "true"
};

struct MetaProperties {
    std::map<std::string, UserProperty> user;  // by name

    std::optional<std::string> text(const std::string& name) const;
    // As the shared readers want it (core/approval_storage.hxx): a date "2026-09-01", a date
    // and time "2026-09-01T10:15:00" (its zone and fraction dropped, as the extension reads it).
    std::optional<std::string> normalised(const std::string& name) const;
};

// From the text of meta.xml; XmlError when it is not well-formed.
MetaProperties read_meta_properties(std::string_view meta_xml);

}  // namespace prevent::odf
