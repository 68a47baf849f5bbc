// The Prepare board pack dialog (dialogs/BoardPackDialog.xdl): the meeting, the version put to
// the board, the Prevent lead and who prepared it (proposed by uno/view/board_pack_making), the
// action plan to include (an open spreadsheet — the one holding a plan when there is just one —
// or a file), and where the PDF goes. Create opens the pack; Export PDF also writes it. The
// dialog stays open, saying why, until the pack is made or the user cancels.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <optional>

namespace prevent::sidebar {

// What was done, in words for a panel to say ("Board pack opened and written to …"); nullopt
// when the user cancelled.
std::optional<rtl::OUString> run_board_pack_dialog(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment);

}  // namespace prevent::sidebar
