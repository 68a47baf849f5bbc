// The entry points LibreOffice looks up in the component library: one constructor function per
// implementation (passive registration, see prevent-toolkit.components) and component_getFactory
// for an office that loads the library through the generic loader (an extension added while
// the office runs).
#include "catalogue_service.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <sal/types.h>

namespace {

const cppu::ImplementationEntry kEntries[] = {
    {prevent::uno::catalogue_service::create, prevent::uno::catalogue_service::implementation_name,
     prevent::uno::catalogue_service::service_names, cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace

extern "C" {

SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_preventtoolkit_Catalogue_get_implementation(css::uno::XComponentContext* context,
                                                css::uno::Sequence<css::uno::Any> const&)
{
    css::uno::Reference<css::uno::XInterface> instance = prevent::uno::catalogue_service::create(context);
    instance->acquire();
    return instance.get();
}

SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementation, void* service_manager, void* registry)
{
    return cppu::component_getFactoryHelper(implementation, service_manager, registry, kEntries);
}

}  // extern "C"
