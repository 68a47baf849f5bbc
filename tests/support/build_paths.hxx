// Files the test programs load are found at paths compiled in from the build. The environment
// may point elsewhere: the unprivileged-user run uses copies in a folder that user can read.
#pragma once

#include <cstdlib>
#include <string>

namespace prevent::testing {

inline std::string build_path(const char* variable, const char* built_in)
{
    const char* value = std::getenv(variable);
    return value && *value ? value : built_in;
}

}  // namespace prevent::testing
