// The Approval panel (Writer and Calc): the approval's state in plain words (coloured like a
// RAG), the current record, the sections changed since it (choose one to go to it), the
// history newest first; Record approval… and Insert block. Fed by the document's shared
// snapshot: the digest is never computed while the user types.
#pragma once

#include "control_access.hxx"
#include "document_snapshot.hxx"
#include "panel_strings.hxx"
#include "xdl_panel_content.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <string>
#include <vector>

namespace prevent::sidebar {

class ApprovalPanel : public XdlPanelContent, public SnapshotListener {
public:
    ApprovalPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::awt::XWindowPeer>& parent,
                  const css::uno::Reference<css::frame::XModel>& document, std::function<void()> height_changed);

    void dispose() override;
    void snapshot_ready(const DocumentSnapshot& snapshot) override;
    bool wants_approval() const override { return true; }

private:
    void show();
    void show_state();
    void show_record();
    rtl::OUString type_words(const rtl::OUString& type) const;
    void section_chosen();
    void record_approval();
    void insert_block();
    void say(const rtl::OUString& status);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    std::function<void()> height_changed_;
    PanelStrings strings_;
    ControlEvents events_;
    DocumentSnapshot snapshot_;
    rtl::Reference<DocumentWatch> watch_;
    std::vector<std::string> listed_sections_;  // the keys of the changed list's items
    bool writer_ = false;
    bool showing_ = false;
};

}  // namespace prevent::sidebar
