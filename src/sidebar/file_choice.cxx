#include "file_choice.hxx"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <osl/file.hxx>

namespace prevent::sidebar {

namespace {

// The file the user chose in the picker, or nullopt when they cancelled.
std::optional<rtl::OUString> chosen_file(
    const css::uno::Reference<css::ui::dialogs::XFilePicker3>& picker)
{
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    const auto chosen = picker->getSelectedFiles();
    if (!chosen.hasElements() || chosen[0].isEmpty())
        return std::nullopt;
    return chosen[0];
}

}  // namespace

std::optional<rtl::OUString> choose_file_to_open(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& title,
    const std::vector<FileFilter>& filters)
{
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(title);
    picker->setMultiSelectionMode(false);
    for (const auto& filter : filters)
        picker->appendFilter(filter.name, filter.patterns);
    if (!filters.empty())
        picker->setCurrentFilter(filters.front().name);
    return chosen_file(picker);
}

std::optional<rtl::OUString> choose_file_to_save(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& title,
    const FileFilter& filter, const rtl::OUString& proposed)
{
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILESAVE_SIMPLE);
    picker->setTitle(title);
    picker->appendFilter(filter.name, filter.patterns);
    picker->setCurrentFilter(filter.name);
    if (!proposed.isEmpty()) {
        const sal_Int32 slash = proposed.lastIndexOf('/');
        picker->setDisplayDirectory(proposed.copy(0, slash + 1));
        rtl::OUString name;
        osl::FileBase::getSystemPathFromFileURL(proposed, name);
        picker->setDefaultName(name.copy(name.lastIndexOf('/') + 1));
    }
    return chosen_file(picker);
}

}  // namespace prevent::sidebar
