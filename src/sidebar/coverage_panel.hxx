// The Coverage panel: the profile of the document (a drop-down, stored as Prevent.Profile and
// followed when a macro or File > Properties changes it), the checklist of the profile's areas
// with their state from the document's snapshot, a summary, the findings, and the actions on the
// chosen area (insert section, not applicable, covered by, clear mark) through CoverageChecker.
// Choosing an area goes to its heading; choosing a finding goes to its place.
#pragma once

#include "core/catalogue.hxx"
#include "core/coverage_states.hxx"
#include "finding_rows.hxx"
#include "listener_relay.hxx"
#include "snapshot_panel.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>
#include <rtl/ref.hxx>

#include <optional>
#include <string>
#include <vector>

namespace prevent::sidebar {

class CoveragePanel : public SnapshotPanel {
public:
    explicit CoveragePanel(const PanelArguments& arguments);

    void snapshot_ready(const DocumentSnapshot& snapshot) override;
    std::vector<SnapshotPart> parts() const override { return {SnapshotPart::Coverage}; }

private:
    void say(const rtl::OUString& status) override;  // in the summary line: the panel has no other
    void release() override;
    void profile_chosen();
    void document_properties_changed();
    void select_profile(const std::string& profile);
    void show();
    rtl::OUString area_item(const core::ProfileArea& profile_area) const;
    rtl::OUString summary_text(const std::vector<core::ProfileArea>& areas) const;
    bool checked() const;  // the snapshot's check is of the profile shown
    void area_chosen();
    // The Fix a finding offers: a missing area's section inserted.
    std::optional<FindingRows::Fix> fix_for(const org::preventtoolkit::Finding& finding);
    void update_buttons();
    // On the given area, or the one chosen in the list when none is given.
    void act_on_area(const char* what, const std::function<void(const std::string& area)>& action,
                     std::string area = "");
    void insert_section(const std::string& area);  // "": the chosen area
    std::string chosen_area() const;
    css::uno::Reference<org::preventtoolkit::XCoverageChecker> checker() const;
    css::uno::Reference<org::preventtoolkit::XDocumentProfile> profile_service() const;
    const org::preventtoolkit::AreaCoverage* coverage_of(const std::string& area) const;
    void show_evidence(const org::preventtoolkit::AreaCoverage* c);
    std::optional<std::string> ask_reason();
    std::optional<std::string> ask_heading();

    std::optional<core::Catalogue> catalogue_;
    std::string profile_;
    DocumentSnapshot snapshot_;
    std::vector<std::string> listed_areas_;  // area ids, in the list's order
    FindingRows findings_;
    rtl::Reference<ListenerRelay> document_relay_;
    css::uno::Reference<css::util::XModifyBroadcaster> document_properties_;
};

}  // namespace prevent::sidebar
