// The states of an assessment's approval (ApprovalStatus.State, docs/approval.md): a header of
// its own so that whoever shows them (the sidebar) names them without the rules behind them.
#pragma once

namespace prevent::core {

inline constexpr const char* kNotApproved = "not-approved";
inline constexpr const char* kApprovedState = "approved";
inline constexpr const char* kChangedSinceApproval = "changed-since-approval";
inline constexpr const char* kReviewOverdue = "review-overdue";

}  // namespace prevent::core
