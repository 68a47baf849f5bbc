// The Coverage panel: the profile of the document (a drop-down, stored as Prevent.Profile and
// followed when a macro or File > Properties changes it), the checklist of the profile's areas
// with their state from the document's snapshot, a summary, the findings, and the actions on the
// chosen area (insert section, not applicable, covered by, clear mark) through CoverageChecker.
// Choosing an area goes to its heading; choosing a finding goes to its place.
#pragma once

#include "control_access.hxx"
#include "core/catalogue.hxx"
#include "document_snapshot.hxx"
#include "findings_list.hxx"
#include "listener_relay.hxx"
#include "panel_strings.hxx"
#include "xdl_panel_content.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prevent::sidebar {

class CoveragePanel : public XdlPanelContent, public SnapshotListener {
public:
    // height_changed: the panel's height may have changed (a list grew or shrank).
    CoveragePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::awt::XWindowPeer>& parent,
                  const css::uno::Reference<css::frame::XModel>& document, std::function<void()> height_changed);

    void dispose() override;
    void snapshot_ready(const DocumentSnapshot& snapshot) override;

private:
    void profile_chosen();
    void document_properties_changed();
    void select_profile(const std::string& profile);
    void show();
    void area_chosen();
    void finding_chosen();
    void update_buttons();
    void act(const char* what, const std::function<void(const std::string& area)>& action);
    std::string chosen_area() const;
    css::uno::Reference<org::preventtoolkit::XCoverageChecker> checker() const;
    const org::preventtoolkit::AreaCoverage* coverage_of(const std::string& area) const;
    void show_evidence(const org::preventtoolkit::AreaCoverage* c);
    std::optional<std::string> ask_reason();
    std::optional<std::string> ask_heading();

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    std::function<void()> height_changed_;
    PanelStrings strings_;
    ControlEvents events_;
    std::optional<core::Catalogue> catalogue_;
    std::string profile_;
    DocumentSnapshot snapshot_;
    rtl::Reference<DocumentWatch> watch_;
    std::vector<std::string> listed_areas_;      // area ids, in the list's order
    FindingsList findings_;
    bool showing_ = false;                       // re-filling the lists: selections are ours
    rtl::Reference<ListenerRelay> document_relay_;
    css::uno::Reference<css::util::XModifyBroadcaster> document_properties_;
};

}  // namespace prevent::sidebar
