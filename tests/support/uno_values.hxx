// Conversions the tests and the run driver need between UNO values and std types.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <filesystem>
#include <string>
#include <vector>

namespace prevent::testing {

std::string utf8(const rtl::OUString& s);
std::vector<std::string> utf8(const css::uno::Sequence<rtl::OUString>& items);

// file:///... URL of a local path (made absolute), as LibreOffice expects it.
rtl::OUString file_url(const std::filesystem::path& path);

}  // namespace prevent::testing
