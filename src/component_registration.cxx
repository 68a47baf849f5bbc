// The entry points LibreOffice looks up in the component library: one constructor function per
// implementation (passive registration, see extension/prevent-toolkit.components) and
// component_getFactory for an office that loads the library through the generic loader (an
// extension added while the office runs).
#include "sidebar/panel_factory.hxx"
#include "sidebar/options_page.hxx"
#include "sidebar/prevent_commands.hxx"
#include "uno/services/action_plan_service.hxx"
#include "uno/services/approval_service.hxx"
#include "uno/services/board_pack_service.hxx"
#include "uno/services/catalogue_service.hxx"
#include "uno/services/coverage_checker_service.hxx"
#include "uno/services/document_profile_service.hxx"
#include "uno/services/document_review_service.hxx"
#include "uno/services/new_assessment_service.hxx"
#include "uno/services/risk_register_service.hxx"
#include "uno/base/spoken_language.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <sal/types.h>

namespace {

// Each component, made in the office's interface language (uno/base/spoken_language).
template <css::uno::Reference<css::uno::XInterface> (*Create)(
    const css::uno::Reference<css::uno::XComponentContext>&)>
css::uno::Reference<css::uno::XInterface> SAL_CALL
create_speaking(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    prevent::uno::speak_the_interface_language(context);
    return Create(context);
}

#define PREVENT_ENTRY(ns)                                                        \
    {                                                                            \
        create_speaking<ns::create>, ns::implementation_name, ns::service_names, \
            cppu::createSingleComponentFactory, nullptr, 0                       \
    }

const cppu::ImplementationEntry kEntries[] = {
    PREVENT_ENTRY(prevent::uno::catalogue_service),
    PREVENT_ENTRY(prevent::uno::document_profile_service),
    PREVENT_ENTRY(prevent::uno::coverage_checker_service),
    PREVENT_ENTRY(prevent::uno::risk_register_service),
    PREVENT_ENTRY(prevent::uno::approval_service),
    PREVENT_ENTRY(prevent::uno::board_pack_service),
    PREVENT_ENTRY(prevent::uno::action_plan_service),
    PREVENT_ENTRY(prevent::uno::document_review_service),
    PREVENT_ENTRY(prevent::uno::new_assessment_service),
    PREVENT_ENTRY(prevent::sidebar::panel_factory),
    PREVENT_ENTRY(prevent::sidebar::prevent_commands),
    PREVENT_ENTRY(prevent::sidebar::options_page),
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

css::uno::XInterface* acquired(const css::uno::Reference<css::uno::XInterface>& instance)
{
    instance->acquire();
    return instance.get();
}

template <typename Create>
css::uno::XInterface* acquired_speaking(css::uno::XComponentContext* context, Create create)
{
    prevent::uno::speak_the_interface_language(context);
    return acquired(create(context));
}

}  // namespace

extern "C" {

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_Catalogue_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::catalogue_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_DocumentProfile_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::document_profile_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_ActionPlan_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::action_plan_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_Approval_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::approval_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_BoardPack_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::board_pack_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_CoverageChecker_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::coverage_checker_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_RiskRegister_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::risk_register_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_DocumentReview_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::document_review_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_NewAssessment_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::uno::new_assessment_service::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_PanelFactory_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::sidebar::panel_factory::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_PreventCommands_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::sidebar::prevent_commands::create);
}

SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_preventtoolkit_OptionsPageHandler_get_implementation(
    css::uno::XComponentContext* context, css::uno::Sequence<css::uno::Any> const&)
{
    return acquired_speaking(context, prevent::sidebar::options_page::create);
}

SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* implementation, void* service_manager,
                                                void* registry)
{
    return cppu::component_getFactoryHelper(implementation, service_manager, registry, kEntries);
}

}  // extern "C"
