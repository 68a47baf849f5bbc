// The Risks panel: insert a risk table (for the area of the section the cursor is in, in a chosen
// style), add a row to the risk table the cursor is in, recalculate, insert a heat map — all
// through RiskRegister; a 5 x 5 heat map of the residual risks drawn as buttons in band colours
// (choose a cell to list its risks, a risk to go to its row); the risk findings (choose one to go
// to its cell); counts by band and by area. Fed by the document's shared snapshot: it never
// reads the risks while the user types.
#pragma once

#include "core/catalogue.hxx"
#include "finding_rows.hxx"
#include "listener_relay.hxx"
#include "snapshot_panel.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>
#include <rtl/ref.hxx>

#include <optional>
#include <string>
#include <vector>

namespace prevent::sidebar {

class RisksPanel : public SnapshotPanel {
public:
    explicit RisksPanel(const PanelArguments& arguments);

    void snapshot_ready(const DocumentSnapshot& snapshot) override;
    std::vector<SnapshotPart> parts() const override { return {SnapshotPart::Risks}; }

private:
    void show();
    void show_heat_map();
    void show_cell_risks();
    void cursor_moved();
    void follow_cursor_area();
    std::string chosen_area() const;
    void cell_chosen(int likelihood, int impact);
    void risk_chosen();
    // The Fix a finding offers: a score or RAG that disagrees with its ratings recalculated.
    std::optional<FindingRows::Fix> fix_for(const org::preventtoolkit::Finding& finding);
    void recalculate();
    void after_action() override;
    void release() override;
    bool editable() const;
    css::uno::Reference<org::preventtoolkit::XRiskRegister> register_service() const;
    // The risks of the latest snapshot; none when it could not read them.
    const css::uno::Sequence<org::preventtoolkit::RiskRow>& shown_risks() const;

    std::optional<core::Catalogue> catalogue_;
    DocumentSnapshot snapshot_;
    std::vector<std::string> style_ids_;             // in the style list's order
    std::vector<std::string> area_ids_;              // in the area list's order
    int chosen_likelihood_ = 0, chosen_impact_ = 0;  // the heat map cell chosen; 0: none
    std::vector<int> listed_risks_;                  // indices into the snapshot's risks
    FindingRows findings_;
    std::string table_at_cursor_;  // the risk table the cursor is in, if any
    css::uno::Reference<css::uno::XInterface> cursor_table_;  // the table the cursor was last in
    bool area_chosen_ = false;  // the user chose an area since the cursor moved
    rtl::Reference<ListenerRelay> selection_relay_;
    css::uno::Reference<css::view::XSelectionSupplier> selection_;
};

}  // namespace prevent::sidebar
