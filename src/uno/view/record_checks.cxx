#include "uno/view/record_checks.hxx"

#include "uno/base/approval_conversion.hxx"
#include "uno/stored/approval_properties.hxx"

#include "core/clock.hxx"

namespace prevent::uno {

org::preventtoolkit::ApprovalRecord record_with_defaults(
    const org::preventtoolkit::ApprovalRecord& record, int review_cycle_months,
    const css::uno::Reference<css::frame::XModel>& document)
{
    auto out = to_record(core::with_defaults(from_record(record), review_cycle_months,
                                             stated_operating_year(document)));
    out.Note = record.Note;  // as typed: the service keeps a note's spaces
    return out;
}

std::vector<core::RecordProblem> record_problems(const org::preventtoolkit::ApprovalRecord& record)
{
    return core::validate_approval(core::with_defaults(from_record(record)), core::today());
}

css::util::Date today_as_date() { return to_date(core::today()); }

rtl::OUString proposed_record_version(const css::uno::Reference<css::frame::XModel>& document)
{
    return rtl::OUString::fromUtf8(pending_version(document, read_approvals(document)).c_str());
}

}  // namespace prevent::uno
