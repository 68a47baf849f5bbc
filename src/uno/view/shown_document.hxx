// A document the toolkit made hidden (a board pack, a new assessment) shown in its own window,
// in front.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace prevent::uno {

void show_document(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
