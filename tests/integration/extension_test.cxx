// The built .oxt is installed in the office and the Extension Manager reports it as ours.
#include "office_environment.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/Optional.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;

namespace {

Reference<css::deployment::XPackage> find_deployed(const char* layer, const char* identifier)
{
    const auto manager = css::deployment::ExtensionManager::get(office().context());
    const auto packages = manager->getDeployedExtensions(
        OUString::createFromAscii(layer), manager->createAbortChannel(),
        Reference<css::ucb::XCommandEnvironment>());
    for (const auto& package : packages) {
        const auto id = package->getIdentifier();
        if (id.IsPresent && utf8(id.Value) == identifier)
            return package;
    }
    return nullptr;
}

const char* installed_layer()
{
    return prevent::testing::install_layer_for_this_user() == prevent::testing::InstallLayer::User
               ? "user"
               : "shared";
}

}  // namespace

TEST(Extension, IsListedWithTheBuiltVersion)
{
    const auto package = find_deployed(installed_layer(), "org.preventtoolkit.extension");
    ASSERT_TRUE(package.is())
        << "the Extension Manager does not list org.preventtoolkit.extension in the "
        << installed_layer() << " layer";
    EXPECT_EQ(utf8(package->getVersion()), PREVENT_VERSION);
    EXPECT_EQ(utf8(package->getDisplayName()), "Prevent Toolkit");
}

TEST(Extension, AllItsPartsAreRegistered)
{
    const auto package = find_deployed(installed_layer(), "org.preventtoolkit.extension");
    ASSERT_TRUE(package.is());
    const auto abort = package->createAbortChannel();
    const auto state = package->isRegistered(abort, Reference<css::ucb::XCommandEnvironment>());
    ASSERT_TRUE(state.IsPresent);
    EXPECT_TRUE(state.Value.Value) << "the extension is deployed but not registered";
    const auto parts = package->getBundle(abort, Reference<css::ucb::XCommandEnvironment>());
    std::vector<std::string> media_types;
    for (const auto& part : parts)
        media_types.push_back(utf8(part->getPackageType()->getMediaType()));
    // The manifest's parameters (";type=RDB", ";platform=...") are not part of the reported type.
    std::string found;
    for (const auto& t : media_types)
        found += " " + t;
    for (const std::string expected :
         {"application/vnd.sun.star.uno-typelibrary", "application/vnd.sun.star.uno-components",
          "application/vnd.sun.star.configuration-schema",
          "application/vnd.sun.star.configuration-data"}) {
        const bool present =
            std::any_of(media_types.begin(), media_types.end(),
                        [&](const std::string& t) { return t.rfind(expected, 0) == 0; });
        EXPECT_TRUE(present) << "no part of type " << expected << "; parts:" << found;
    }
}

TEST(Extension, ServesTheCatalogueService)
{
    const Reference<css::lang::XServiceInfo> info(office().create("org.preventtoolkit.Catalogue"),
                                                  UNO_QUERY_THROW);
    EXPECT_EQ(utf8(info->getImplementationName()), "org.preventtoolkit.comp.Catalogue");
    EXPECT_TRUE(info->supportsService("org.preventtoolkit.Catalogue"));
}
