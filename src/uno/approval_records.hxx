// Conversions between the IDL's ApprovalRecord / ApprovalStatus and the core's Approval.
#pragma once

#include "core/approval.hxx"

#include <org/preventtoolkit/ApprovalRecord.hpp>
#include <org/preventtoolkit/ApprovalStatus.hpp>

#include <string>
#include <vector>

namespace prevent::uno {

// A UNO date as the core's; nullopt for the empty date (0/0/0) and for one that is no day (31/02).
std::optional<boost::gregorian::date> from_date(const css::util::Date& d);

core::Approval from_record(const org::preventtoolkit::ApprovalRecord& record);
org::preventtoolkit::ApprovalRecord to_record(const core::Approval& approval);

// For the Record approval dialog: the defaults the service would fill in (type, operating year,
// next review), and the problems of a record as it would be stamped today, field by field.
org::preventtoolkit::ApprovalRecord record_with_defaults(const org::preventtoolkit::ApprovalRecord& record);
std::vector<core::RecordProblem> record_problems(const org::preventtoolkit::ApprovalRecord& record);

// Today by the one clock, as a UNO date (the dialog's default decision date).
css::util::Date today_as_date();

org::preventtoolkit::ApprovalStatus to_status(const core::ApprovalState& state, const std::vector<core::Approval>& history,
                                             const std::string& current_digest);

}  // namespace prevent::uno
