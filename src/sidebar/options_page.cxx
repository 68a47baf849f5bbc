#include "options_page.hxx"

#include "control_access.hxx"
#include "panel_strings.hxx"
#include "record_approval_dialog.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/log.hxx"
#include "uno/base/provider_options.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <utility>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using prevent::uno::to_utf8;
using rtl::OUString;

namespace prevent::sidebar::options_page {

namespace {

const std::pair<const char*, const char*> kStyles[] = {
    {"scored", "StyleScored"}, {"rag", "StyleRag"}, {"narrative", "StyleNarrative"}};

class OptionsPageHandler : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler,
                                                        css::lang::XServiceInfo> {
public:
    explicit OptionsPageHandler(Reference<css::uno::XComponentContext> context)
        : context_(std::move(context))
    {
        uno::init_log(context_);
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XWindow>& window,
                                        const Any& event, const OUString& method) override
    {
        if (method != "external_event")
            return false;
        OUString what;
        event >>= what;
        const Reference<css::awt::XControlContainer> page(window, UNO_QUERY);
        if (!page.is())
            return false;
        // The options dialog is LibreOffice's: nothing may escape into it.
        bool handled = false;
        uno::log_if_it_fails("Options page", [&] {
            if (what == "initialize" || what == "back") {
                fill(page);
                handled = true;
            } else if (what == "ok") {
                keep(page);
                handled = true;
            }
        });
        return handled;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override
    {
        const OUString name("external_event");
        return Sequence<OUString>(&name, 1);
    }

    OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }

private:
    static OUString text_of(const Reference<css::awt::XControlContainer>& page, const char* name)
    {
        return Reference<css::awt::XTextComponent>(
                   page->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW)
            ->getText()
            .trim();
    }
    static void set_text(const Reference<css::awt::XControlContainer>& page, const char* name,
                         const std::string& text)
    {
        Reference<css::awt::XTextComponent>(page->getControl(OUString::createFromAscii(name)),
                                            UNO_QUERY_THROW)
            ->setText(from_utf8(text));
    }
    static Reference<css::awt::XControl> control(const Reference<css::awt::XControlContainer>& page,
                                                 const char* name)
    {
        return page->getControl(OUString::createFromAscii(name));
    }

    void fill(const Reference<css::awt::XControlContainer>& page)
    {
        const PanelStrings strings(context_, "OptionsPage");
        loaded_ = uno::read_provider_options(context_);
        profile_ids_ = {""};
        std::vector<OUString> profiles{strings.text("ProfileFromFirstPage")};
        profiles_listed_ = false;
        try {
            const auto catalogue = uno::read_catalogue_configuration(context_);
            for (const auto& p : catalogue.profiles()) {
                profile_ids_.push_back(p.id);
                profiles.push_back(from_utf8(p.title));
            }
            profiles_listed_ = true;
        } catch (const std::exception& e) {  // an invalid catalogue: the option left as it is
            uno::log_problem("Options page: the catalogue", e.what());
        }
        set_items(control(page, "Profile"), profiles);
        int profile = 0;
        for (std::size_t i = 0; i < profile_ids_.size(); ++i)
            if (profile_ids_[i] == loaded_.default_profile)
                profile = static_cast<int>(i);
        set_selected(control(page, "Profile"), profile);
        std::vector<OUString> styles;
        int style = 0;
        for (const auto& [id, key] : kStyles) {
            if (loaded_.risk_table_style == id)
                style = static_cast<int>(styles.size());
            styles.push_back(strings.text(key));
        }
        set_items(control(page, "Style"), styles);
        set_selected(control(page, "Style"), style);
        set_items(control(page, "Body"), approving_body_choices(context_));
        set_text(page, "Provider", loaded_.provider_name);
        set_text(page, "Lead", loaded_.prevent_lead);
        set_text(page, "Body", loaded_.approving_body);
        set_text(page, "Committee", loaded_.committee);
        model_of(control(page, "Cycle"))
            ->setPropertyValue("Value", Any(static_cast<double>(loaded_.review_cycle_months)));
    }

    void keep(const Reference<css::awt::XControlContainer>& page)
    {
        auto now = loaded_;
        now.provider_name = to_utf8(text_of(page, "Provider"));
        now.prevent_lead = to_utf8(text_of(page, "Lead"));
        now.approving_body = to_utf8(text_of(page, "Body"));
        now.committee = to_utf8(text_of(page, "Committee"));
        const int profile = selected(control(page, "Profile"));
        if (profiles_listed_ && profile >= 0 &&
            static_cast<std::size_t>(profile) < profile_ids_.size())
            now.default_profile = profile_ids_[static_cast<std::size_t>(profile)];
        const int style = selected(control(page, "Style"));
        if (style >= 0 && static_cast<std::size_t>(style) < std::size(kStyles))
            now.risk_table_style = kStyles[style].first;
        double months = 0;
        if ((model_of(control(page, "Cycle"))->getPropertyValue("Value") >>= months) && months >= 1)
            now.review_cycle_months = static_cast<int>(months + 0.5);
        uno::write_provider_options(context_, loaded_, now);
        loaded_ = now;
    }

    Reference<css::uno::XComponentContext> context_;
    uno::ProviderOptions loaded_;
    std::vector<std::string> profile_ids_;  // the Profile list's items: "" then the catalogue's
    bool profiles_listed_ = false;          // the catalogue could be read to list them
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.OptionsPageHandler"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.OptionsPageHandler");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new OptionsPageHandler(context));
}

}  // namespace prevent::sidebar::options_page
