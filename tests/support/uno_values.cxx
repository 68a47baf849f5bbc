#include "uno_values.hxx"

#include <osl/file.hxx>

#include <stdexcept>

namespace prevent::testing {

std::string utf8(const rtl::OUString& s)
{
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

std::vector<std::string> utf8(const css::uno::Sequence<rtl::OUString>& items)
{
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(items.getLength()));
    for (const auto& s : items)
        out.push_back(utf8(s));
    return out;
}

rtl::OUString file_url(const std::filesystem::path& path)
{
    rtl::OUString url;
    const auto system = rtl::OUString::fromUtf8(std::filesystem::absolute(path).string().c_str());
    if (osl::FileBase::getFileURLFromSystemPath(system, url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a file URL of " + path.string());
    return url;
}

}  // namespace prevent::testing
