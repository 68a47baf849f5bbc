// What the sidebar and the services ask of a document before they offer to change it.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace prevent::uno {

// True when the document was opened read-only (or cannot be stored).
bool is_read_only(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
