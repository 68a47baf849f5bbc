#include "uno/base/shown_path.hxx"

#include <osl/file.hxx>

namespace prevent::uno {

rtl::OUString shown_path(const rtl::OUString& url)
{
    rtl::OUString path;
    return osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None ? path : url;
}

rtl::OUString shown_file_name(const rtl::OUString& url)
{
    const rtl::OUString path = shown_path(url);
    return path.copy(path.lastIndexOf('/') + 1);
}

}  // namespace prevent::uno
