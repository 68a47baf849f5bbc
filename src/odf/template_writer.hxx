// A new assessment written as the parts of an ODF text template (.ott), for File ▸ New ▸
// Templates: content.xml (the same sections, prompts as text:placeholder, risk tables and
// approval block the live office lays out: uno/edit/assessment_writer), meta.xml (its title and
// Prevent.Profile) and the manifest. The styles and the packing come from the build
// (extension/templates/).
#pragma once

#include "core/new_assessment.hxx"

#include <string>

namespace prevent::odf {

std::string template_content_xml(const core::NewAssessment& assessment);
std::string template_meta_xml(const core::NewAssessment& assessment);
std::string template_manifest_xml();

}  // namespace prevent::odf
