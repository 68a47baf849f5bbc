// Why the component library cannot be loaded, in the dynamic loader's words ("libicuuc.so.72:
// cannot open shared object file: No such file or directory"): LibreOffice's own exception says
// only that loading failed.
#pragma once

#include <string>

namespace prevent::start {

// The loader's reason for the component library beside this one, or fallback when it loads.
std::string why_the_component_does_not_load(const std::string& fallback);

}  // namespace prevent::start
