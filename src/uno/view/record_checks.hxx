// What the Record approval dialog asks of a record before it is stamped: the defaults the
// Approval service would fill in (type, operating year, next review), the problems of the record
// as it would be stamped today, field by field, and today's date by the one clock.
#pragma once

#include "core/approval.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/ApprovalRecord.hpp>

#include <vector>

namespace prevent::uno {

// review_cycle_months: the provider's options' review cycle (12 by default); the operating year,
// when not given, the one the document says it is for, else the decision date's.
org::preventtoolkit::ApprovalRecord record_with_defaults(
    const org::preventtoolkit::ApprovalRecord& record, int review_cycle_months,
    const css::uno::Reference<css::frame::XModel>& document);
std::vector<core::RecordProblem> record_problems(const org::preventtoolkit::ApprovalRecord& record);
css::util::Date today_as_date();

// The version to propose for the record: the one a new year's review set (Prevent.NextVersion)
// until an approval records it; else empty.
rtl::OUString proposed_record_version(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
