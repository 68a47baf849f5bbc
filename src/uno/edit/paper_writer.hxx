// Lays a board paper (core::BoardPaper) out in a new Writer document: titles, headings and body
// text in the document's own paragraph styles, tables with a repeated header row, cells filled in
// their band's colour (the catalogue's), the heat map's counts centred.
#pragma once

#include "core/board_paper.hxx"
#include "core/catalogue.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace prevent::uno {

// A new, hidden, unsaved Writer document holding the paper.
// Its title (File > Properties) is the one a PDF reader and assistive technology show.
css::uno::Reference<css::frame::XModel> write_paper(
    const css::uno::Reference<css::uno::XComponentContext>& context, const core::BoardPaper& paper,
    const core::Catalogue& catalogue, const std::string& title);

}  // namespace prevent::uno
