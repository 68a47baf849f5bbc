#include "panel_factory.hxx"

#include "action_plan_panel.hxx"
#include "approval_panel.hxx"
#include "coverage_panel.hxx"
#include "document_snapshot.hxx"
#include "message_panel_content.hxx"
#include "panel_strings.hxx"
#include "panel_test_hooks.hxx"
#include "risks_panel.hxx"
#include "sidebar_panel.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/preventtoolkit/XPanelCensus.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <cstring>
#include <functional>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::sidebar::panel_factory {

namespace {

const char* const kUrlPrefix = "private:resource/toolpanel/org.preventtoolkit.PanelFactory/";

using MakeContent = std::unique_ptr<PanelContent> (*)(const PanelArguments&);

template <typename Panel>
std::unique_ptr<PanelContent> make(const PanelArguments& arguments)
{
    return std::make_unique<Panel>(arguments);
}

// The panels of the Prevent deck (Sidebar.xcu says which application shows which).
const struct {
    const char* name;
    MakeContent make;
} kPanels[] = {
    {"CoveragePanel", make<CoveragePanel>},
    {"RisksPanel", make<RisksPanel>},
    {"ApprovalPanel", make<ApprovalPanel>},
    {"ActionPlanPanel", make<ActionPlanPanel>},
};

class PanelFactory
    : public cppu::WeakImplHelper3<css::ui::XUIElementFactory, css::lang::XServiceInfo,
                                   org::preventtoolkit::XPanelCensus> {
public:
    explicit PanelFactory(Reference<css::uno::XComponentContext> context)
        : context_(std::move(context))
    {
        uno::init_log(context_);
    }

    Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const OUString& url, const Sequence<css::beans::PropertyValue>& args) override
    {
        // The sidebar swallows exceptions from here and shows nothing: refuse only what the
        // interface declares, and turn any failure to build into a panel that says so.
        if (!url.startsWith(OUString::createFromAscii(kUrlPrefix)))
            throw css::container::NoSuchElementException("not a Prevent Toolkit panel: " + url,
                                                         self());
        const std::string name =
            uno::to_utf8(url.copy(static_cast<sal_Int32>(std::strlen(kUrlPrefix))));
        const auto* kind = std::find_if(std::begin(kPanels), std::end(kPanels),
                                        [&](const auto& k) { return name == k.name; });
        if (kind == std::end(kPanels))
            throw css::container::NoSuchElementException(
                "no Prevent Toolkit panel is called " + url, self());
        const PanelPlace place = read_panel_place(args, self());

        return uno::at_uno_boundary("PanelFactory.createUIElement", self(), [&] {
            rtl::Reference<SidebarPanel> panel(
                new SidebarPanel(context_, place.frame, place.parent, place.sidebar, url));
            PanelArguments a{context_, panel->host(), nullptr,
                             [p = panel.get()] { p->relayout(); }};
            if (place.frame.is() && place.frame->getController().is())
                a.document = place.frame->getController()->getModel();
            std::unique_ptr<PanelContent> content;
            try {
                panel_test_hooks::fail_if_asked(name);
                content = kind->make(a);
            } catch (const std::exception& e) {
                uno::log_problem(("panel " + name).c_str(), e.what());
            } catch (const css::uno::Exception& e) {
                uno::log_problem(("panel " + name).c_str(), uno::to_utf8(e.Message));
            }
            if (!content)
                content = std::make_unique<MessagePanelContent>(context_, panel->host(),
                                                                failure_message());
            panel->set_content(std::move(content));
            return Reference<css::ui::XUIElement>(panel.get());
        });
    }

    sal_Int32 SAL_CALL getOpenPanelCount() override { return SidebarPanel::open_count(); }
    sal_Int32 SAL_CALL getSnapshotCount() override { return DocumentWatch::snapshots_built(); }

    void SAL_CALL watchForRelease(const Reference<css::uno::XInterface>& object) override
    {
        panel_test_hooks::watch_for_release(object);
    }

    sal_Int32 SAL_CALL getWatchedAliveCount() override
    {
        return panel_test_hooks::watched_alive_count();
    }

    OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }

private:
    Reference<css::uno::XInterface> self() { return static_cast<cppu::OWeakObject*>(this); }

    // The one line shown in place of a panel; English if even the strings cannot be read.
    OUString failure_message()
    {
        try {
            return PanelStrings(context_, "Sidebar").text("PanelFailed");
        } catch (...) {
            return "This Prevent Toolkit panel could not be shown: see prevent-toolkit.log in your "
                   "profile.";
        }
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.PanelFactory"; }

Sequence<OUString> service_names()
{
    const OUString names[] = {"com.sun.star.ui.UIElementFactory",
                              "org.preventtoolkit.PanelFactory"};
    return Sequence<OUString>(names, 2);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new PanelFactory(context));
}

}  // namespace prevent::sidebar::panel_factory
