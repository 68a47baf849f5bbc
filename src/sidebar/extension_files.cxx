#include "extension_files.hxx"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>

namespace prevent::sidebar {

rtl::OUString extension_location(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return css::deployment::PackageInformationProvider::get(context)->getPackageLocation(
        "org.preventtoolkit.extension");
}

rtl::OUString dialog_url(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const char* name)
{
    return extension_location(context) + "/dialogs/" + rtl::OUString::createFromAscii(name) +
           ".xdl";
}

}  // namespace prevent::sidebar
