// What the tests ask of the panels in a real office, kept apart from the factory that builds
// them: how many panels and snapshots there are, and whether objects the tests watch are gone
// (org.preventtoolkit.XPanelCensus, answered by the PanelFactory service), and a panel made to
// fail on purpose (PREVENT_TOOLKIT_FAIL_PANEL=<panel name> in the office's environment). In a
// real office the census is only counting and the hook one test of an unset variable.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

#include <string>

namespace prevent::sidebar::panel_test_hooks {

// Throws when the environment asks the panel of this name to fail.
void fail_if_asked(const std::string& panel_name);

void watch_for_release(const css::uno::Reference<css::uno::XInterface>& object);
int watched_alive_count();

}  // namespace prevent::sidebar::panel_test_hooks
