// The Approval panel (Writer and Calc): the approval's state in plain words (coloured like a
// RAG), the current record, the sections changed since it (choose one to go to it), the
// history newest first; Record approval…, Insert block and (Writer) Board pack…. Fed by the
// document's shared snapshot: the digest is never computed while the user types.
#pragma once

#include "snapshot_panel.hxx"

#include <string>
#include <vector>

namespace prevent::sidebar {

class ApprovalPanel : public SnapshotPanel {
public:
    explicit ApprovalPanel(const PanelArguments& arguments);

    void snapshot_ready(const DocumentSnapshot& snapshot) override;
    std::vector<SnapshotPart> parts() const override { return {SnapshotPart::Approval}; }

private:
    void show();
    // The latest snapshot's approval status; an empty one when it could not be read.
    const org::preventtoolkit::ApprovalStatus& status() const;
    void show_state();
    void show_record();
    void show_changed_sections();
    void show_history();
    rtl::OUString type_words(const rtl::OUString& type) const;
    void section_chosen();
    void record_approval();
    void prepare_board_pack();

    DocumentSnapshot snapshot_;
    std::vector<std::string> listed_sections_;  // the keys of the changed list's items
    bool writer_ = false;
    sal_Int32 green_ = 0, amber_ = 0,
              red_ = 0;  // the state line's colours, from the catalogue's bands
};

}  // namespace prevent::sidebar
