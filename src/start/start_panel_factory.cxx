#include "start_panel_factory.hxx"

#include "component_trouble.hxx"
#include "sidebar/message_panel_content.hxx"
#include "sidebar/panel_strings.hxx"
#include "sidebar/sidebar_panel.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ref.hxx>

#include <optional>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::start::start_panel_factory {

namespace {

// Sidebar's NoPanelFactory in English: for the log, and for the panel when even the strings
// cannot be read.
constexpr char kNoPanelFactory[] = "the component has no panel factory";

class StartPanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit StartPanelFactory(Reference<css::uno::XComponentContext> context)
        : context_(std::move(context))
    {
        uno::init_log(context_);
    }

    Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const OUString& url, const Sequence<css::beans::PropertyValue>& args) override
    {
        Reference<css::ui::XUIElementFactory> panels;
        std::string trouble;
        bool no_factory = false;
        try {
            panels.set(context_->getServiceManager()->createInstanceWithContext(
                           "org.preventtoolkit.PanelFactory", context_),
                       UNO_QUERY);
            no_factory = !panels.is();
        } catch (const css::uno::Exception& e) {
            trouble = uno::to_utf8(e.Message);
        }
        if (panels.is())  // the component's own factory: its panels, its errors
            return panels->createUIElement(url, args);
        trouble = why_the_component_does_not_load(trouble);
        // The loader's reason when it has one; else, with no factory, that there is none.
        no_factory = no_factory && trouble.empty();
        uno::log_problem("Prevent Toolkit could not start", no_factory ? kNoPanelFactory : trouble);
        return message_panel(url, args,
                             no_factory ? std::nullopt : std::optional(uno::from_utf8(trouble)));
    }

    OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }

private:
    Reference<css::ui::XUIElement> message_panel(const OUString& url,
                                                 const Sequence<css::beans::PropertyValue>& args,
                                                 const std::optional<OUString>& reason)
    {
        const sidebar::PanelPlace place =
            sidebar::read_panel_place(args, static_cast<cppu::OWeakObject*>(this));
        rtl::Reference<sidebar::SidebarPanel> panel(
            new sidebar::SidebarPanel(context_, place.frame, place.parent, place.sidebar, url));
        panel->set_content(std::make_unique<sidebar::MessagePanelContent>(context_, panel->host(),
                                                                          message(reason)));
        return Reference<css::ui::XUIElement>(panel.get());
    }

    // From dialogs/Sidebar_<language>.properties; in English if even those cannot be read. No
    // reason: the component has no panel factory.
    OUString message(const std::optional<OUString>& reason)
    {
        try {
            const sidebar::PanelStrings strings(context_, "Sidebar");
            return strings.text("StartFailed", {reason ? *reason : strings.text("NoPanelFactory")});
        } catch (const css::uno::Exception&) {
            return "Prevent Toolkit could not start: " +
                   (reason ? *reason : OUString::createFromAscii(kNoPanelFactory));
        }
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.StartPanelFactory"; }

Sequence<OUString> service_names()
{
    const OUString names[] = {"com.sun.star.ui.UIElementFactory",
                              "org.preventtoolkit.StartPanelFactory"};
    return Sequence<OUString>(names, 2);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new StartPanelFactory(context));
}

}  // namespace prevent::start::start_panel_factory
