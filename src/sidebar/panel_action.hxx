// An action the user asked of a panel (a button): run through a service, and said in the
// panel's status line — what it did, or why it could not (a refusal such as a read-only
// document, logged), using the panel's "ActionFailed" string. Never throws.
#pragma once

#include "panel_strings.hxx"

#include <rtl/ustring.hxx>

#include <functional>

namespace prevent::sidebar {

rtl::OUString status_of_action(const char* what, const PanelStrings& strings,
                               const std::function<rtl::OUString()>& action);

}  // namespace prevent::sidebar
