#include "component_trouble.hxx"

#include <dlfcn.h>

#include <string>

namespace prevent::start {

namespace {

// The component library is packed beside this one (extension/prevent-toolkit.components).
const char* const kComponentLibrary = "prevent-toolkit.uno.so";

std::string folder_of_this_library()
{
    Dl_info info{};
    if (!::dladdr(reinterpret_cast<void*>(&folder_of_this_library), &info) || !info.dli_fname)
        return {};
    const std::string path = info.dli_fname;
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

}  // namespace

std::string why_the_component_does_not_load(const std::string& fallback)
{
    const std::string folder = folder_of_this_library();
    if (folder.empty())
        return fallback;
    // As LibreOffice loads it (lazily, locally). A library that loads is closed again at once:
    // LibreOffice keeps its own handle when it has one.
    void* handle = ::dlopen((folder + kComponentLibrary).c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
        const char* why = ::dlerror();
        return why ? std::string(why) : fallback;
    }
    ::dlclose(handle);
    return fallback;
}

}  // namespace prevent::start
