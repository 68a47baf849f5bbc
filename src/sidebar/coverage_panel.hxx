// The Coverage panel: the profile of the document (a drop-down, stored as Prevent.Profile, and
// followed when a macro or File > Properties changes it) and the checklist of the profile's areas
// from the catalogue, in catalogue order.
#pragma once

#include "core/catalogue.hxx"
#include "listener_relay.hxx"
#include "panel_strings.hxx"
#include "xdl_panel_content.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <optional>
#include <string>

namespace prevent::sidebar {

class CoveragePanel : public XdlPanelContent {
public:
    // height_changed: the panel's height may have changed (the list grew or shrank).
    CoveragePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::awt::XWindowPeer>& parent,
                  const css::uno::Reference<css::frame::XModel>& document, std::function<void()> height_changed);

    void dispose() override;

private:
    void profile_chosen();
    void document_properties_changed();
    void select_profile(const std::string& profile);
    void show_areas(const std::string& profile);
    void set_summary(const rtl::OUString& text);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    std::function<void()> height_changed_;
    PanelStrings strings_;
    std::optional<core::Catalogue> catalogue_;
    std::string profile_;
    rtl::Reference<ListenerRelay> choice_relay_;
    rtl::Reference<ListenerRelay> document_relay_;
    css::uno::Reference<css::util::XModifyBroadcaster> document_properties_;
};

}  // namespace prevent::sidebar
