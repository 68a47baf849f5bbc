// The approvals stamped into a document, as user-defined properties (DESIGN.md):
// Prevent.Approval.<n>.<Field> (n = 1 the oldest) and Prevent.Approval.Count. Dates are written
// as dates and read as dates or date-times (.docx and .xlsx turn one into the other).
#pragma once

#include "core/approval.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <vector>

namespace prevent::uno {

// Every approval, oldest first; groups with neither body nor date are skipped.
std::vector<core::Approval> read_approvals(const css::uno::Reference<css::frame::XModel>& document);

// The operating year the document says it is for (Prevent.OperatingYear, "2026-27"), or "".
std::string stated_operating_year(const css::uno::Reference<css::frame::XModel>& document);

// The version the document will next go to the board as (Prevent.NextVersion, set by Begin
// Annual Review), unless an approval already records it; else "".
std::string pending_version(const css::uno::Reference<css::frame::XModel>& document,
                            const std::vector<core::Approval>& history);

// Writes the approvals as the whole history: groups beyond the new count are removed.
void write_approvals(const css::uno::Reference<css::frame::XModel>& document,
                     const std::vector<core::Approval>& approvals);

}  // namespace prevent::uno
