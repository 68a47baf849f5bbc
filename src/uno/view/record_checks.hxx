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

}  // namespace prevent::uno
