#include "approval_storage.hxx"

#include "approval_change.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace prevent::core {

std::string approval_property_name(std::size_t n, const char* field)
{
    return kApprovalPropertyPrefix + std::to_string(n) + "." + field;
}

std::size_t stored_approval_count(const PropertyText& property)
{
    double count = 0;
    if (const auto text = property(std::string(kApprovalPropertyPrefix) + kApprovalCountField)) {
        try {
            count = std::stod(*text);
        } catch (const std::exception&) {
        }
    }
    return count > 0 ? static_cast<std::size_t>(std::min(count, 10000.0)) : 0;
}

namespace {

// A date written as a date, a date and time, or typed by hand as text: its first ten characters.
std::optional<boost::gregorian::date> date_from(const std::optional<std::string>& text)
{
    if (!text || text->size() < 10)
        return std::nullopt;
    try {
        return boost::gregorian::from_simple_string(text->substr(0, 10));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

std::vector<Approval> approvals_from_properties(const PropertyText& property)
{
    std::vector<Approval> approvals;
    const std::size_t count = stored_approval_count(property);
    for (std::size_t n = 1; n <= count; ++n) {
        const auto text = [&](const char* field) {
            return property(approval_property_name(n, field)).value_or("");
        };
        Approval a;
        a.approving_body = text("ApprovingBody");
        a.approved_by = text("ApprovedBy");
        a.approval_date = date_from(property(approval_property_name(n, "ApprovalDate")));
        a.minute_reference = text("MinuteReference");
        a.recommended_by = text("RecommendedBy");
        a.approval_type = text("ApprovalType");
        a.operating_year = text("OperatingYear");
        a.next_review_due = date_from(property(approval_property_name(n, "NextReviewDue")));
        a.version = text("Version");
        a.note = text("Note");
        a.digest = text("Digest");
        a.stamped_at = text("StampedAt");
        a.sections = decode_sections(text("SectionDigests"));
        if (const auto risks = property(approval_property_name(n, "Risks")))
            a.risks = decode_risks(*risks);
        if (const auto areas = property(approval_property_name(n, "Areas")))
            a.area_states = decode_area_states(*areas);
        if (a.approving_body.empty() && !a.approval_date)
            continue;
        approvals.push_back(std::move(a));
    }
    return approvals;
}

}  // namespace prevent::core
