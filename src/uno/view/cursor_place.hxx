// Where the user's view cursor stands, as the Risks panel needs it: the area of the section it
// is in (from the last heading before it, matched to the catalogue) and the risk table it is in.
#pragma once

#include "core/catalogue.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace prevent::uno {

// The area id of the section holding the view cursor; "" when no heading before it names an area.
std::string area_at_cursor(const css::uno::Reference<css::frame::XModel>& document,
                           const core::Catalogue& catalogue);

// The name of the risk table holding the view cursor (the outermost table when tables are
// nested and the inner one is not a risk table); "" when it is in none.
std::string risk_table_at_cursor(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
