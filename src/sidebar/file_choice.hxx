// Asks the user for one file to open (or to write), with the office's file dialog: its title and
// filters given by the caller (from the panel's strings), so that the dialog says what the file is
// for.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <utility>
#include <vector>

namespace prevent::sidebar {

struct FileFilter {
    rtl::OUString name;      // "Text documents (*.odt, *.ott)"
    rtl::OUString patterns;  // "*.odt;*.ott"
};

// The chosen file's URL; nullopt when the user cancels. Modal: returns when the dialog closes.
std::optional<rtl::OUString> choose_file_to_open(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& title,
    const std::vector<FileFilter>& filters);

// The URL of a file to write, proposed as `proposed` (a file URL; may be empty), with the office's
// save dialog, which asks before replacing a file; nullopt when the user cancels.
std::optional<rtl::OUString> choose_file_to_save(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& title,
    const FileFilter& filter, const rtl::OUString& proposed);

}  // namespace prevent::sidebar
