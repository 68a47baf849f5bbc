// What UI tests do to a visible office: open document windows, let the office settle, dispatch
// commands, reach the Prevent deck and its panels through the sidebar API, and act as a user
// would with real keystrokes and mouse drags (xdotool) on the office's display.
#pragma once

#include "documents.hxx"
#include "office_environment.hxx"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace prevent::ui_testing {

using prevent::testing::Document;

// A new Writer or Calc document in a window filling the display.
std::unique_ptr<Document> open_window(const char* factory);

// Lets the office process everything queued (layout, painting) before the test looks.
void settle();

// Waits past the panels' pause in editing (DESIGN.md: one snapshot per pause), then settles.
void wait_for_the_pause();

void dispatch(const Document& doc, const char* command);

css::uno::Reference<css::ui::XSidebarProvider> sidebar_of(const Document& doc);
css::uno::Reference<css::ui::XDeck> prevent_deck(const Document& doc);
std::vector<std::string> panel_ids(const Document& doc);
css::uno::Reference<css::ui::XPanel> panel(const Document& doc, const char* id);
css::uno::Reference<css::awt::XControlContainer> panel_controls(const Document& doc,
                                                                const char* id);

// The control's place on the screen (pixels).
css::awt::Rectangle screen_rectangle(
    const css::uno::Reference<css::uno::XInterface>& control_or_window);

// Runs xdotool on the office's display, e.g. {"key", "Down"}.
void xdotool(const std::vector<std::string>& arguments);

// Controls of a panel, by name: their model, items, shown text, selection, accessibility.
css::uno::Reference<css::beans::XPropertySet> model_of(
    const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);
std::vector<std::string> items_of(const css::uno::Reference<css::awt::XControlContainer>& controls,
                                  const char* name);
std::string label_of(const css::uno::Reference<css::awt::XControlContainer>& controls,
                     const char* name);
int selected_of(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);
void select(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name,
            sal_Int16 position);
css::awt::Rectangle place_of(const css::uno::Reference<css::awt::XControlContainer>& controls,
                             const char* name);
int width_of(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);
int height_of(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);
css::uno::Reference<css::accessibility::XAccessibleContext> accessible(
    const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);
bool has_focus(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);
// A multi-line label's text, line by line.
std::vector<std::string> lines_of(const std::string& text);
// The findings a panel shows as rows (src/sidebar/finding_rows.cxx): each row's text, in order.
std::vector<std::string> finding_texts(
    const css::uno::Reference<css::awt::XControlContainer>& controls);
// Presses the Go to (or Fix) button of the finding at this position, then lets its action run.
void go_to_finding(const css::uno::Reference<css::awt::XControlContainer>& controls, int position);
void fix_finding(const css::uno::Reference<css::awt::XControlContainer>& controls, int position);
// Presses the button (its accessible action, as assistive technology would), then settles.
void press(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* button);
// Drags the sidebar's left edge (just left of the deck's panels) by dx pixels.
void drag_sidebar_edge(const Document& doc, int dx);
// The first accessible below root with this role and name (depth-first, a few levels deep).
css::uno::Reference<css::accessibility::XAccessibleContext> find_accessible(
    const css::uno::Reference<css::accessibility::XAccessibleContext>& root, sal_Int16 role,
    const std::string& name, int depth = 8);
// What the view cursor of the document's window has selected.
std::string view_selection(const Document& doc);

// Opens the window's menu and chooses the item as a user does, with the mouse: the menu and the
// item found in the window's accessibility tree, clicked with xdotool, after the window is
// brought to the front. Returns at once: a dialog the item opens is for the caller to find.
void choose_menu_item(const Document& doc, const char* menu, const char* item);

// Saves a screenshot under the build folder's screenshots/ and returns its path.
std::string screenshot(const char* name);

// Waits for the top-level window whose title matches the pattern ("^Prepare board pack$"), brings
// it to the front and gives it the keyboard: Xvfb has no window manager to do it.
void focus_window(const char* pattern);

// The window in front (a dialog, when one is open), for its accessible tree.
css::uno::Reference<css::accessibility::XAccessibleContext> active_window();

// The name of the first accessible below root whose name holds the text (any role); "" none.
std::string accessible_name_with(
    const css::uno::Reference<css::accessibility::XAccessibleContext>& root,
    const std::string& text, int depth = 8);

// The focused accessible below root, as "<role number>:<its name>"; "" when none is.
std::string focused_below(const css::uno::Reference<css::accessibility::XAccessibleContext>& root,
                          int depth = 8);

// Polls until done, for up to ten seconds.
void wait_until(const std::function<bool()>& done);

// The width of a labelled control's words (its mnemonic's "~" out) in the font it draws them in.
int words_width(const css::uno::Reference<css::awt::XControlContainer>& controls, const char* name);

// What a reader would see as broken in a panel: a one-line label, button or check box narrower
// than its words (measured in the control's own font, as shown), and two visible controls on
// top of each other. Each problem named by the control.
std::vector<std::string> layout_problems(
    const css::uno::Reference<css::awt::XControlContainer>& controls);

}  // namespace prevent::ui_testing
