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
css::util::Date to_date(const std::optional<boost::gregorian::date>& d);

core::Approval from_record(const org::preventtoolkit::ApprovalRecord& record);
org::preventtoolkit::ApprovalRecord to_record(const core::Approval& approval);

org::preventtoolkit::ApprovalStatus to_status(const core::ApprovalState& state,
                                              const std::vector<core::Approval>& history,
                                              const std::string& current_digest);

}  // namespace prevent::uno
