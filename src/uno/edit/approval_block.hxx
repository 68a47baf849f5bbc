// The approval block of a Writer assessment: a section named PreventApprovalBlock whose lines
// are labels and fields showing Prevent.Approval.Current.<Field> (so it follows each new stamp
// without any text changing), left out of the digest.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace prevent::uno {

// The section, or (after a Word round trip, which drops it) a field of the current approval.
bool has_approval_block(const css::uno::Reference<css::text::XTextDocument>& document);

// Inserts the block after the paragraph of the view cursor. One undo step.
void insert_approval_block(const css::uno::Reference<css::text::XTextDocument>& document);

// The number format of a long date ("10 October 2026") in the document, added if missing: for
// fields showing a date property.
sal_Int32 long_date_format(const css::uno::Reference<css::text::XTextDocument>& document);

// Shows the properties' new values in the fields: after a stamp, its undo and its redo.
void refresh_approval_fields(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
