#include "uno/base/approval_conversion.hxx"

#include "uno/base/uno_text.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>

namespace prevent::uno {

std::optional<boost::gregorian::date> from_date(const css::util::Date& d)
{
    if (d.Year == 0 && d.Month == 0 && d.Day == 0)
        return std::nullopt;
    try {
        return boost::gregorian::date(static_cast<unsigned short>(d.Year), d.Month, d.Day);
    } catch (const std::exception&) {
        return std::nullopt;  // 31/02: no date, which validation reports
    }
}

css::util::Date to_date(const std::optional<boost::gregorian::date>& d)
{
    if (!d)
        return css::util::Date();
    return css::util::Date(static_cast<sal_uInt16>(d->day()), static_cast<sal_uInt16>(d->month()),
                           static_cast<sal_Int16>(d->year()));
}

namespace {

css::util::DateTime to_date_time(const std::string& iso)
{
    css::util::DateTime dt;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) >= 3) {
        dt.Year = static_cast<sal_Int16>(y);
        dt.Month = static_cast<sal_uInt16>(mo);
        dt.Day = static_cast<sal_uInt16>(d);
        dt.Hours = static_cast<sal_uInt16>(h);
        dt.Minutes = static_cast<sal_uInt16>(mi);
        dt.Seconds = static_cast<sal_uInt16>(s);
        dt.IsUTC = true;
    }
    return dt;
}

}  // namespace

core::Approval from_record(const org::preventtoolkit::ApprovalRecord& r)
{
    core::Approval a;
    a.approving_body = to_utf8(r.ApprovingBody.trim());
    a.approved_by = to_utf8(r.ApprovedBy.trim());
    a.approval_date = from_date(r.ApprovalDate);
    a.minute_reference = to_utf8(r.MinuteReference.trim());
    a.recommended_by = to_utf8(r.RecommendedBy.trim());
    a.approval_type = to_utf8(r.ApprovalType.trim());
    a.operating_year = to_utf8(r.OperatingYear.trim());
    a.next_review_due = from_date(r.NextReviewDue);
    a.version = to_utf8(r.Version.trim());
    a.note = to_utf8(r.Note);
    return a;
}

org::preventtoolkit::ApprovalRecord to_record(const core::Approval& a)
{
    org::preventtoolkit::ApprovalRecord r;
    r.ApprovingBody = from_utf8(a.approving_body);
    r.ApprovedBy = from_utf8(a.approved_by);
    r.ApprovalDate = to_date(a.approval_date);
    r.MinuteReference = from_utf8(a.minute_reference);
    r.RecommendedBy = from_utf8(a.recommended_by);
    r.ApprovalType = from_utf8(a.approval_type);
    r.OperatingYear = from_utf8(a.operating_year);
    r.NextReviewDue = to_date(a.next_review_due);
    r.Version = from_utf8(a.version);
    r.Note = from_utf8(a.note);
    r.Digest = from_utf8(a.digest);
    r.StampedAt = to_date_time(a.stamped_at);
    return r;
}

org::preventtoolkit::ApprovalStatus to_status(const core::ApprovalState& state,
                                              const std::vector<core::Approval>& history,
                                              const std::string& current_digest)
{
    org::preventtoolkit::ApprovalStatus s;
    s.State = from_utf8(state.state);
    s.Changed = state.changed;
    s.ReviewOverdue = state.review_overdue;
    if (!history.empty())
        s.Current = to_record(history.back());
    s.CurrentDigest = from_utf8(current_digest);
    s.ChangedSections = to_sequence(state.changed_sections);
    s.History.realloc(static_cast<sal_Int32>(history.size()));
    for (std::size_t i = 0; i < history.size(); ++i)
        s.History[static_cast<sal_Int32>(i)] = to_record(history[i]);
    return s;
}

}  // namespace prevent::uno
