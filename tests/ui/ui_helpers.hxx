// What UI tests do to a visible office: open document windows, let the office settle, dispatch
// commands, reach the Prevent deck and its panels through the sidebar API, and act as a user
// would with real keystrokes and mouse drags (xdotool) on the office's display.
#pragma once

#include "documents.hxx"
#include "office_environment.hxx"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <memory>
#include <string>
#include <vector>

namespace prevent::ui_testing {

using prevent::testing::Document;

// A new Writer or Calc document in a window filling the display.
std::unique_ptr<Document> open_window(const char* factory);

// Lets the office process everything queued (layout, painting) before the test looks.
void settle();

void dispatch(const Document& doc, const char* command);

css::uno::Reference<css::ui::XSidebarProvider> sidebar_of(const Document& doc);
css::uno::Reference<css::ui::XDeck> prevent_deck(const Document& doc);
std::vector<std::string> panel_ids(const Document& doc);
css::uno::Reference<css::ui::XPanel> panel(const Document& doc, const char* id);
css::uno::Reference<css::awt::XControlContainer> panel_controls(const Document& doc, const char* id);

// The control's place on the screen (pixels).
css::awt::Rectangle screen_rectangle(const css::uno::Reference<css::uno::XInterface>& control_or_window);

// Runs xdotool on the office's display, e.g. {"key", "Down"}.
void xdotool(const std::vector<std::string>& arguments);

// Saves a screenshot under the build folder's screenshots/ and returns its path.
std::string screenshot(const char* name);

}  // namespace prevent::ui_testing
