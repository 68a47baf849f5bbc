// The entry points of the start library (extension/prevent-toolkit.components): its one
// implementation, by constructor and through component_getFactory.
#include "start_panel_factory.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <sal/types.h>

namespace {

const cppu::ImplementationEntry kEntries[] = {
    {prevent::start::start_panel_factory::create,
     prevent::start::start_panel_factory::implementation_name,
     prevent::start::start_panel_factory::service_names, cppu::createSingleComponentFactory,
     nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace

extern "C" {

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_StartPanelFactory_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    const auto instance = prevent::start::start_panel_factory::create(context);
    instance->acquire();
    return instance.get();
}

SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementation, void* service_manager,
                                                void* registry)
{
    return cppu::component_getFactoryHelper(implementation, service_manager, registry, kEntries);
}

}  // extern "C"
