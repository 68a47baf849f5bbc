// A short message in a box over the document's window, for a menu command that has no panel to
// say why it could not do what was asked.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace prevent::sidebar {

// Modal: returns when the user closes it. Nothing is shown when the frame has no window.
void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& title,
                  const rtl::OUString& text);

}  // namespace prevent::sidebar
