#include "approval_properties.hxx"

#include "document_properties.hxx"
#include "uno_text.hxx"

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

const std::string kPrefix = "Prevent.Approval.";

std::string name_of(std::size_t n, const char* field)
{
    return kPrefix + std::to_string(n) + "." + field;
}

std::string text_of(const Reference<css::frame::XModel>& document, std::size_t n, const char* field)
{
    const auto value = read_property(document, name_of(n, field));
    if (!value)
        return "";
    rtl::OUString text;
    if (*value >>= text)
        return to_utf8(text);
    double number = 0;  // a round trip may turn "3" into a number
    if (*value >>= number)
        return std::floor(number) == number ? std::to_string(static_cast<long long>(number)) : std::to_string(number);
    return "";
}

std::optional<boost::gregorian::date> valid_date(int year, int month, int day)
{
    try {
        return boost::gregorian::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                      static_cast<unsigned short>(day));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<boost::gregorian::date> date_of(const Reference<css::frame::XModel>& document, std::size_t n,
                                              const char* field)
{
    const auto value = read_property(document, name_of(n, field));
    if (!value)
        return std::nullopt;
    css::util::Date d;
    if (*value >>= d)
        return valid_date(d.Year, d.Month, d.Day);
    css::util::DateTime dt;
    if (*value >>= dt)
        return valid_date(dt.Year, dt.Month, dt.Day);
    css::util::DateWithTimezone dz;  // what ODF gives back for a date written with a zone
    if (*value >>= dz)
        return valid_date(dz.DateInTZ.Year, dz.DateInTZ.Month, dz.DateInTZ.Day);
    css::util::DateTimeWithTimezone dtz;
    if (*value >>= dtz)
        return valid_date(dtz.DateTimeInTZ.Year, dtz.DateTimeInTZ.Month, dtz.DateTimeInTZ.Day);
    rtl::OUString text;  // typed by hand in File > Properties as text: "2026-10-10"
    if ((*value >>= text) && text.getLength() >= 10) {
        try {
            return boost::gregorian::from_simple_string(to_utf8(text.copy(0, 10)));
        } catch (const std::exception&) {
        }
    }
    return std::nullopt;
}

std::string date_time_text(const Reference<css::frame::XModel>& document, std::size_t n)
{
    const auto value = read_property(document, name_of(n, "StampedAt"));
    css::util::DateTime dt;
    css::util::DateTimeWithTimezone dtz;  // how an .odt gives back a UTC date-time
    if (value && (*value >>= dtz))
        dt = dtz.DateTimeInTZ;
    else if (!value || !(*value >>= dt))
        return text_of(document, n, "StampedAt");
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes,
                  dt.Seconds);
    return text;
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

const char* const kFields[] = {"ApprovingBody", "ApprovedBy",    "ApprovalDate", "MinuteReference", "RecommendedBy",
                               "ApprovalType",  "OperatingYear", "NextReviewDue", "Version",        "Note",
                               "Digest",        "StampedAt",     "SectionDigests"};

// Prevent.Approval.Count, a string ("Numbers and ids are strings"), or a number after a round
// trip; at most 10,000 so that a damaged value cannot make a reader loop for ever.
std::size_t stored_count(const Reference<css::frame::XModel>& document)
{
    double count = 0;
    if (const auto text = read_text_property(document, kPrefix + "Count")) {
        try {
            count = std::stod(*text);
        } catch (const std::exception&) {
        }
    } else if (const auto value = read_property(document, kPrefix + "Count")) {
        *value >>= count;
    }
    return count > 0 ? static_cast<std::size_t>(std::min(count, 10000.0)) : 0;
}

}  // namespace

std::vector<core::Approval> read_approvals(const Reference<css::frame::XModel>& document)
{
    std::vector<core::Approval> approvals;
    const std::size_t count = stored_count(document);
    for (std::size_t n = 1; n <= count; ++n) {
        core::Approval a;
        a.approving_body = text_of(document, n, "ApprovingBody");
        a.approved_by = text_of(document, n, "ApprovedBy");
        a.approval_date = date_of(document, n, "ApprovalDate");
        a.minute_reference = text_of(document, n, "MinuteReference");
        a.recommended_by = text_of(document, n, "RecommendedBy");
        a.approval_type = text_of(document, n, "ApprovalType");
        a.operating_year = text_of(document, n, "OperatingYear");
        a.next_review_due = date_of(document, n, "NextReviewDue");
        a.version = text_of(document, n, "Version");
        a.note = text_of(document, n, "Note");
        a.digest = text_of(document, n, "Digest");
        a.stamped_at = date_time_text(document, n);
        a.sections = core::decode_sections(text_of(document, n, "SectionDigests"));
        if (a.approving_body.empty() && !a.approval_date)
            continue;
        approvals.push_back(std::move(a));
    }
    return approvals;
}

void write_approvals(const Reference<css::frame::XModel>& document, const std::vector<core::Approval>& approvals)
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
    }
    for (std::size_t n = approvals.size() + 1; n <= std::max(old_count, approvals.size() + 1); ++n)
        for (const char* field : kFields)
            remove_property(document, name_of(n, field));
    // The current one again, for fields to show.
    const std::string current = kCurrentApprovalPrefix;
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
        remove_property(document, kPrefix + "Count");
    else
        write_text_property(document, kPrefix + "Count", std::to_string(approvals.size()));
}

}  // namespace prevent::uno
