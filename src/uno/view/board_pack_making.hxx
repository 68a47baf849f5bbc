// What the Prepare Board Pack dialog proposes and does, through the BoardPack and Approval
// services: the meeting's body from the last approval, the version put to the board (the
// approved one, one up when the text changed since), the Prevent lead (the document's author),
// who prepares it (the office's user), and the PDF beside the assessment; then the pack made
// from the assessment and the plan chosen (an open spreadsheet, or a file read hidden), shown
// in a window of its own, and written as PDF/A when asked.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/preventtoolkit/BoardPackOptions.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// The action plan to take: an open spreadsheet, a file, or neither.
struct PlanChoice {
    css::uno::Reference<css::frame::XModel> document;
    rtl::OUString file;
};

struct BoardPackProposal {
    org::preventtoolkit::BoardPackOptions options;  // the meeting's date: today
    rtl::OUString pdf_url;  // "<the assessment's file name> - board pack.pdf" beside it; "" unsaved
    PlanChoice plan;        // the assessment's linked action plan (Prevent.ActionPlan), if any
};

BoardPackProposal propose_board_pack(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment);

// The pack, shown in a new window; written as PDF/A-2b to pdf_url unless it is empty.
// IllegalArgumentException saying why (as the service says it, or the plan file's trouble).
css::uno::Reference<css::frame::XModel> make_board_pack(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& assessment, const PlanChoice& plan,
    const org::preventtoolkit::BoardPackOptions& options, const rtl::OUString& pdf_url);

}  // namespace prevent::uno
