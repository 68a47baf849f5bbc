// A Writer package's text as the checks need it (core::TextModel), in one pass over content.xml.
#pragma once

#include "core/text_model.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace prevent::odf {

// From content.xml and styles.xml (may be empty). XmlError when either is not well-formed.
core::TextModel read_odf_text(std::string_view content_xml, std::string_view styles_xml);

}  // namespace prevent::odf
