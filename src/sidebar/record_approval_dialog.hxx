// The Record approval dialog (dialogs/RecordApprovalDialog.xdl): the governing body's decision
// field by field, defaults from the decision date (operating year, next review a year on), and
// the reason next to each field that cannot be recorded; the dialog stays open until the record
// is valid and stamped through the Approval service, or the user cancels.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace prevent::sidebar {

// True when an approval was recorded.
bool run_record_approval_dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const css::uno::Reference<css::frame::XModel>& document);

// The approving bodies the dialog offers (Council, Board of Governors…, its strings), in order:
// the Prepare board pack dialog offers the same for the meeting.
std::vector<rtl::OUString> approving_body_choices(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::sidebar
