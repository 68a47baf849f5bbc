#include "uno/stored/approval_properties.hxx"

#include "core/approval_change.hxx"

#include "core/approval_storage.hxx"
#include "core/stored_names.hxx"
#include "uno/stored/document_properties.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/DateTimeWithTimezone.hpp>
#include <com/sun/star/util/DateWithTimezone.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

using css::uno::Any;
using css::uno::Reference;

namespace prevent::uno {

namespace {

using core::approval_property_name;

std::string name_of(std::size_t n, const char* field) { return approval_property_name(n, field); }

std::string iso(int year, int month, int day)
{
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

std::string iso(const css::util::DateTime& dt)
{
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", dt.Year, dt.Month, dt.Day,
                  dt.Hours, dt.Minutes, dt.Seconds);
    return text;
}

// A property as the shared rule wants it (core/approval_storage.hxx): dates of every kind as
// ISO text — an .odt gives a UTC date-time back with its zone — and a number as its digits.
std::optional<std::string> property_text(const Reference<css::frame::XModel>& document,
                                         const std::string& name)
{
    const auto value = read_property(document, name);
    if (!value)
        return std::nullopt;
    rtl::OUString text;
    if (*value >>= text)
        return to_utf8(text);
    double number = 0;  // a round trip may turn "3" into a number
    if (*value >>= number)
        return std::floor(number) == number ? std::to_string(static_cast<long long>(number))
                                            : std::to_string(number);
    css::util::Date d;
    if (*value >>= d)
        return iso(d.Year, d.Month, d.Day);
    css::util::DateTime dt;
    if (*value >>= dt)
        return iso(dt);
    css::util::DateWithTimezone dz;
    if (*value >>= dz)
        return iso(dz.DateInTZ.Year, dz.DateInTZ.Month, dz.DateInTZ.Day);
    css::util::DateTimeWithTimezone dtz;
    if (*value >>= dtz)
        return iso(dtz.DateTimeInTZ);
    return std::nullopt;
}

Any date_value(const boost::gregorian::date& d)
{
    return Any(css::util::Date(static_cast<sal_uInt16>(d.day()), static_cast<sal_uInt16>(d.month()),
                               static_cast<sal_Int16>(d.year())));
}

Any date_time_value(const std::string& iso)
{
    css::util::DateTime dt;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) == 6) {
        dt.Year = static_cast<sal_Int16>(y);
        dt.Month = static_cast<sal_uInt16>(mo);
        dt.Day = static_cast<sal_uInt16>(d);
        dt.Hours = static_cast<sal_uInt16>(h);
        dt.Minutes = static_cast<sal_uInt16>(mi);
        dt.Seconds = static_cast<sal_uInt16>(s);
        dt.IsUTC = true;
    }
    return Any(dt);
}

const auto& kFields = core::kApprovalFields;

std::size_t stored_count(const Reference<css::frame::XModel>& document)
{
    return core::stored_approval_count(
        [&](const std::string& name) { return property_text(document, name); });
}

}  // namespace

std::vector<core::Approval> read_approvals(const Reference<css::frame::XModel>& document)
{
    return core::approvals_from_properties(
        [&](const std::string& name) { return property_text(document, name); });
}

std::string stated_operating_year(const Reference<css::frame::XModel>& document)
{
    return read_text_property(document, core::kOperatingYearProperty).value_or("");
}

std::string pending_version(const Reference<css::frame::XModel>& document,
                            const std::vector<core::Approval>& history)
{
    const std::string next = read_text_property(document, core::kNextVersionProperty).value_or("");
    for (const auto& a : history)
        if (a.version == next)
            return "";
    return next;
}

void write_approvals(const Reference<css::frame::XModel>& document,
                     const std::vector<core::Approval>& approvals)
{
    const auto old_count = stored_count(document);
    const auto text = [&](std::size_t n, const char* field, const std::string& value) {
        write_text_property(document, name_of(n, field), value);
    };
    for (std::size_t i = 0; i < approvals.size(); ++i) {
        const auto& a = approvals[i];
        const std::size_t n = i + 1;
        text(n, "ApprovingBody", a.approving_body);
        text(n, "ApprovedBy", a.approved_by);
        if (a.approval_date)
            write_property(document, name_of(n, "ApprovalDate"), date_value(*a.approval_date));
        else
            remove_property(document, name_of(n, "ApprovalDate"));
        text(n, "MinuteReference", a.minute_reference);
        text(n, "RecommendedBy", a.recommended_by);
        text(n, "ApprovalType", a.approval_type);
        text(n, "OperatingYear", a.operating_year);
        if (a.next_review_due)
            write_property(document, name_of(n, "NextReviewDue"), date_value(*a.next_review_due));
        else
            remove_property(document, name_of(n, "NextReviewDue"));
        text(n, "Version", a.version);
        text(n, "Note", a.note);
        text(n, "Digest", a.digest);
        write_property(document, name_of(n, "StampedAt"), date_time_value(a.stamped_at));
        text(n, "SectionDigests", core::encode_sections(a.sections));
        if (a.risks)
            text(n, "Risks", core::encode_risks(*a.risks));
        else
            remove_property(document, name_of(n, "Risks"));
        if (a.area_states)
            text(n, "Areas", core::encode_area_states(*a.area_states));
        else
            remove_property(document, name_of(n, "Areas"));
    }
    for (std::size_t n = approvals.size() + 1; n <= std::max(old_count, approvals.size() + 1); ++n)
        for (const char* field : kFields)
            remove_property(document, name_of(n, field));
    // The current one again, for fields to show.
    const std::string current = core::kCurrentApprovalPrefix;
    for (const char* field : kFields)
        remove_property(document, current + field);
    if (!approvals.empty()) {
        const auto& a = approvals.back();
        write_text_property(document, current + "ApprovingBody", a.approving_body);
        write_text_property(document, current + "ApprovedBy", a.approved_by);
        if (a.approval_date)
            write_property(document, current + "ApprovalDate", date_value(*a.approval_date));
        write_text_property(document, current + "MinuteReference", a.minute_reference);
        write_text_property(document, current + "ApprovalType", a.approval_type);
        write_text_property(document, current + "OperatingYear", a.operating_year);
        if (a.next_review_due)
            write_property(document, current + "NextReviewDue", date_value(*a.next_review_due));
        write_text_property(document, current + "Version", a.version);
    }
    if (approvals.empty())
        remove_property(document,
                        std::string(core::kApprovalPropertyPrefix) + core::kApprovalCountField);
    else
        write_text_property(document,
                            std::string(core::kApprovalPropertyPrefix) + core::kApprovalCountField,
                            std::to_string(approvals.size()));
}

}  // namespace prevent::uno
