#include "snapshot_panel.hxx"

#include "panel_action.hxx"

#include "uno/base/log.hxx"

namespace prevent::sidebar {

SnapshotPanel::SnapshotPanel(const PanelArguments& arguments, const char* name)
    : XdlPanelContent(arguments.context, arguments.parent, name),
      context_(arguments.context),
      document_(arguments.document),
      strings_(arguments.context, name),
      events_([this](const char* control_name) { return control(control_name); }),
      name_(name),
      height_changed_(arguments.height_changed)
{
}

SnapshotPanel::Refill::Refill(SnapshotPanel& panel) : panel_(panel), was_(panel.refilling_)
{
    panel_.refilling_ = true;
}

void SnapshotPanel::follow_document()
{
    if (document_.is())
        subscription_.start(context_, document_, this);
}

void SnapshotPanel::refresh_now()
{
    if (auto* watch = subscription_.watch())
        watch->refresh_now();
}

void SnapshotPanel::act(const char* what, const std::function<rtl::OUString()>& action)
{
    if (!document_.is())
        return;
    const rtl::OUString status = status_of_action(what, strings_, action);
    guarded(what, [&] { after_action(); });
    if (!status.isEmpty())
        guarded(what, [&] { say(status); });
}

void SnapshotPanel::say(const rtl::OUString& status) { set_label(control("Status"), status); }

void SnapshotPanel::guarded(const char* what, const std::function<void()>& call)
{
    uno::log_if_it_fails((std::string(name_) + ": " + what).c_str(), call);
}

void SnapshotPanel::height_changed() const
{
    if (height_changed_)
        height_changed_();
}

void SnapshotPanel::dispose()
{
    subscription_.reset();
    events_.stop();
    release();
    document_.clear();
    XdlPanelContent::dispose();
}

}  // namespace prevent::sidebar
