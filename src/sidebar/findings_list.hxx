// A panel's list of findings: each shown with its severity mark (the panel's FindingError,
// FindingWarning, FindingInfo strings), "NoFindings" when there are none, and the locations kept
// so that choosing one goes to its place. Shared by the Coverage and Risks panels.
#pragma once

#include "panel_strings.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <org/preventtoolkit/Finding.hpp>

#include <string>
#include <vector>

namespace prevent::sidebar {

class FindingsList {
public:
    void show(const css::uno::Reference<css::awt::XControl>& list, const PanelStrings& strings,
              const css::uno::Sequence<org::preventtoolkit::Finding>& findings);
    // Goes to the place of the finding chosen in the list, if any.
    void go_to_chosen(const css::uno::Reference<css::awt::XControl>& list,
                      const css::uno::Reference<css::frame::XModel>& document) const;

private:
    std::vector<std::string> locations_;  // in the list's order
};

}  // namespace prevent::sidebar
