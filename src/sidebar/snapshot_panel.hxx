// What every Prevent panel shares (DESIGN.md, "Sidebar"): the controls of its .xdl, its strings,
// the listeners on its controls, the document it shows and that document's shared snapshot, which
// it follows through an RAII subscription. A panel then says only what it shows (snapshot_ready)
// and what its buttons do (act). Like LibreOffice's own panels, which hold a ControllerItem that
// cleans up after itself, nothing here needs undoing by hand in each panel.
#pragma once

#include "control_access.hxx"
#include "document_snapshot.hxx"
#include "panel_strings.hxx"
#include "xdl_panel_content.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace prevent::sidebar {

// What the sidebar gives a panel when it builds one.
struct PanelArguments {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::awt::XWindowPeer> parent;
    css::uno::Reference<css::frame::XModel> document;  // empty: no document behind the window
    std::function<void()> height_changed;              // the panel's height may have changed
};

class SnapshotPanel : public XdlPanelContent, public SnapshotListener {
public:
    void dispose() override;

protected:
    // name: the panel's dialog (dialogs/<name>.xdl) and strings (<name>_en_GB.properties).
    SnapshotPanel(const PanelArguments& arguments, const char* name);

    // Follows the document's snapshot: the current one comes at once, through snapshot_ready.
    // Called last in a panel's constructor, once the panel can show.
    void follow_document();
    // Builds a snapshot now and shows it (after an action of the user's: no waiting for a pause).
    void refresh_now();

    // An action the user asked for (a button), run through a service: its status, or why it
    // could not run, is said with say(); then the panel shows the document as it is now. An
    // empty status says nothing. Never throws.
    void act(const char* what, const std::function<rtl::OUString()>& action);
    // The panel's status line ("Status"); a panel without one overrides it.
    virtual void say(const rtl::OUString& status);
    // What an action is followed by; by default a new snapshot.
    virtual void after_action() { refresh_now(); }
    // Runs a call from LibreOffice (a snapshot, a choice in a list): a failure is logged with
    // what, never thrown back into the office.
    void guarded(const char* what, const std::function<void()>& call);
    // guarded as a function a part of the panel can keep (FindingRows).
    std::function<void(const char*, const std::function<void()>&)> guard()
    {
        return [this](const char* what, const std::function<void()>& call) { guarded(what, call); };
    }

    // While the panel fills its own lists, the selections it makes are not the user's choices:
    // hold a Refill for as long as that lasts. It ends with its scope, exception or not.
    class Refill {
    public:
        explicit Refill(SnapshotPanel& panel);
        ~Refill() { panel_.refilling_ = was_; }
        Refill(const Refill&) = delete;
        Refill& operator=(const Refill&) = delete;

    private:
        SnapshotPanel& panel_;
        bool was_;
    };
    bool refilling() const { return refilling_; }

    void height_changed() const;
    // A panel's own clean-up before the base lets go of the document and the controls.
    virtual void release() {}

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    PanelStrings strings_;
    ControlEvents events_;

private:
    const char* name_;
    std::function<void()> height_changed_;
    SnapshotSubscription subscription_;
    bool refilling_ = false;
};

}  // namespace prevent::sidebar
