// Opening the Prevent deck in a document window, for the menu command and for macros.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace prevent::sidebar {

extern const char* const kDeckId;  // "org.preventtoolkit.Deck"

// Shows the sidebar of the frame with the Prevent deck active; throws when the frame has none.
void open_prevent_deck(const css::uno::Reference<css::frame::XFrame>& frame);

// The same, with the panel expanded.
void open_panel(const css::uno::Reference<css::frame::XFrame>& frame, const char* panel_id);

// The same, with the Coverage panel expanded (Writer).
void open_coverage_panel(const css::uno::Reference<css::frame::XFrame>& frame);

}  // namespace prevent::sidebar
