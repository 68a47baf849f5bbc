// A panel's findings as rows that wrap at the sidebar's width, each with a Go to button and, where
// the panel can put the finding right, a Fix button: the shape of LibreOffice's own Accessibility
// Check panel. A list box cut long findings at its right edge behind a scroll bar.
// The rows are controls made in the panel's dialog while it runs ("Finding<i>", "GoTo<i>",
// "Fix<i>"), laid out after the panel's "FindingsLabel"; only the first kShownFindings are made
// (a 5,000-row plan can raise thousands), then a line says how many more there are.
#pragma once

#include "listener_relay.hxx"
#include "panel_strings.hxx"
#include "posted_call.hxx"
#include "xdl_panel_content.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <org/preventtoolkit/Finding.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prevent::sidebar {

constexpr int kShownFindings = 30;

class FindingRows {
public:
    // What a Fix button says and does for one finding.
    struct Fix {
        rtl::OUString label;
        rtl::OUString help;
        std::function<void()> action;
    };
    using FixFor = std::function<std::optional<Fix>(const org::preventtoolkit::Finding&)>;
    // Runs a click: the panel's guard, so that nothing a button does escapes into the office.
    using Run = std::function<void(const char* what, const std::function<void()>& call)>;

    FindingRows(XdlPanelContent& panel,
                const css::uno::Reference<css::uno::XComponentContext>& context, Run run);
    ~FindingRows();
    FindingRows(const FindingRows&) = delete;
    FindingRows& operator=(const FindingRows&) = delete;

    // Shows these findings (replacing the rows shown before); Go to takes the user to a
    // finding's location in document.
    void show(const css::uno::Sequence<org::preventtoolkit::Finding>& findings,
              const css::uno::Reference<css::frame::XModel>& document,
              const FixFor& fix_for = nullptr);
    // Removes the rows and their listeners (before the panel's controls go).
    void clear();

private:
    css::uno::Reference<css::awt::XControl> add(const char* service, const std::string& name,
                                                const rtl::OUString& label,
                                                const rtl::OUString& help, int height);
    void on_click(const css::uno::Reference<css::awt::XControl>& button, const char* what,
                  std::function<void()> call);

    XdlPanelContent& panel_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    PanelStrings strings_;  // the deck's shared strings (dialogs/Sidebar_en_GB.properties)
    Run run_;
    std::vector<std::string> names_;  // of the controls made, to remove them
    std::vector<std::pair<css::uno::Reference<css::awt::XControl>, rtl::Reference<ListenerRelay>>>
        clicks_;
    std::vector<rtl::Reference<PostedCall>> posted_;  // clicks waiting to run
    int first_tab_index_ = 0, next_tab_index_ = 0;
    std::vector<rtl::OUString> shown_;  // what the rows show: severity, message, place, fix
};

}  // namespace prevent::sidebar
