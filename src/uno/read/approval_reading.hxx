// The approval state of a live document today: its approvals, its content digest now, and what
// they make (core::approval_state). Shared by the Approval service and the coverage report.
#pragma once

#include "uno/read/content_digest.hxx"
#include "core/approval.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <optional>
#include <vector>

namespace prevent::uno {

struct ApprovalReading {
    std::vector<core::Approval> history;
    ContentDigest content;
    core::ApprovalState state;
};

// Nullopt for a model that is neither a text document nor a spreadsheet.
std::optional<ApprovalReading> read_approval(
    const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
