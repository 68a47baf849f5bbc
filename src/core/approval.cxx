#include "approval.hxx"

#include "percent_escape.hxx"

#include "approval_messages.hxx"
#include "document_strings.hxx"
#include "findings.hxx"
#include "operating_year.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <iterator>
#include <map>

namespace prevent::core {

using boost::gregorian::date;

namespace {

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    });
}

void add(std::vector<RecordProblem>& problems, const char* field, const char* code,
         const std::string& argument = "")
{
    problems.push_back({field, code, record_problem_message(field, code, argument)});
}

}  // namespace

Approval with_defaults(Approval record, int review_cycle_months, const std::string& document_year)
{
    if (blank(record.approval_type))
        record.approval_type = kApprovalTypes[0];
    if (blank(record.operating_year) && parse_operating_year(document_year))
        record.operating_year = document_year;
    if (record.approval_date) {
        if (blank(record.operating_year))
            record.operating_year = operating_year_of(*record.approval_date).name();
        if (!record.next_review_due)
            record.next_review_due = review_cycle_months == 12
                                         ? one_year_later(*record.approval_date)
                                         : months_later(*record.approval_date, review_cycle_months);
    }
    return record;
}

std::vector<RecordProblem> validate_approval(const Approval& record, const date& today)
{
    std::vector<RecordProblem> problems;
    if (blank(record.approving_body))
        add(problems, "ApprovingBody", "empty");
    if (blank(record.approved_by))
        add(problems, "ApprovedBy", "empty");
    if (!record.approval_date)
        add(problems, "ApprovalDate", "empty");
    else if (*record.approval_date > today)
        add(problems, "ApprovalDate", "in-the-future", long_date(*record.approval_date));
    if (record.approval_date && record.next_review_due &&
        *record.next_review_due <= *record.approval_date)
        add(problems, "NextReviewDue", "not-after-decision", long_date(*record.approval_date));
    if (std::find(std::begin(kApprovalTypes), std::end(kApprovalTypes), record.approval_type) ==
        std::end(kApprovalTypes))
        add(problems, "ApprovalType", "unknown", record.approval_type);
    if (!blank(record.operating_year) && !parse_operating_year(record.operating_year))
        add(problems, "OperatingYear", "malformed", record.operating_year);
    return problems;
}

std::string describe_problems(const std::vector<RecordProblem>& problems)
{
    std::string all;
    for (const auto& p : problems)
        all += (all.empty() ? "" : " ") + p.message;
    return all;
}

ApprovalState approval_state(const std::vector<Approval>& history,
                             const std::string& current_digest,
                             const std::vector<SectionDigest>& current_sections, const date& today,
                             const std::string& document_year)
{
    ApprovalState s;
    if (history.empty()) {
        s.state = kNotApproved;
        return s;
    }
    const Approval& current = history.back();
    s.changed = current.digest != current_digest;
    if (s.changed) {
        std::map<std::string, std::string> approved;
        for (const auto& a : current.sections)
            approved[a.key] = a.digest;
        for (const auto& c : current_sections) {
            const auto found = approved.find(c.key);
            if (found == approved.end() || found->second != c.digest)
                s.changed_sections.push_back(c.key);
            if (found != approved.end())
                approved.erase(found);
        }
        for (const auto& a : current.sections)  // sections deleted since, in their approved order
            if (approved.count(a.key))
                s.changed_sections.push_back(a.key);
    }
    s.review_overdue = !current.approval_date ||
                       (current.next_review_due && today > *current.next_review_due) ||
                       !refreshed_in_past_operating_year(*current.approval_date, today);
    s.state = s.changed          ? kChangedSinceApproval
              : s.review_overdue ? kReviewOverdue
                                 : kApprovedState;
    // A copy begun for the next year's review keeps the history but is not approved for its year.
    if (!document_year.empty() && !current.operating_year.empty() &&
        current.operating_year != document_year) {
        s.state = kNotApproved;
        s.document_year = document_year;
        s.approved_year = current.operating_year;
    }
    return s;
}

std::vector<Finding> approval_findings(const ApprovalState& state,
                                       const std::vector<Approval>& history)
{
    const auto finding = [](const char* code, const char* severity,
                            const std::vector<std::string>& arguments) {
        return Finding{code, severity, "", finding_message(code, arguments), "document"};
    };
    if (history.empty())
        return {finding("approval-missing", "warning", {})};
    const Approval& current = history.back();
    const std::string when = current.approval_date ? long_date(*current.approval_date) : "?";
    const std::string due = current.next_review_due ? long_date(*current.next_review_due) : "?";
    if (!state.document_year.empty())
        return {finding("approval-other-year", "warning",
                        {state.document_year, current.approving_body, when, state.approved_year})};
    std::vector<Finding> out;
    if (state.changed) {
        std::string sections;
        for (const auto& key : state.changed_sections)
            sections += (sections.empty() ? "" : "; ") +
                        (key.empty() ? document_words("section-before-first-heading")
                                     : "\u201c" + key + "\u201d");
        out.push_back(
            finding("approval-changed", "warning", {current.approving_body, when, sections}));
    }
    if (state.review_overdue)
        out.push_back(
            finding("approval-review-overdue", "error", {current.approving_body, when, due}));
    if (out.empty())
        out.push_back(finding("approval-current", "info", {current.approving_body, when, due}));
    return out;
}

std::string encode_sections(const std::vector<SectionDigest>& sections)
{
    std::string out;
    for (const auto& s : sections) {
        if (!out.empty())
            out += ';';
        out += percent_escaped(s.key, "=;") + '=' + s.digest;
    }
    return out;
}

std::vector<SectionDigest> decode_sections(const std::string& encoded)
{
    std::vector<SectionDigest> sections;
    std::size_t start = 0;
    while (start < encoded.size()) {
        std::size_t end = encoded.find(';', start);
        if (end == std::string::npos)
            end = encoded.size();
        const std::string entry = encoded.substr(start, end - start);
        if (const auto eq = entry.rfind('='); eq != std::string::npos)
            sections.push_back({percent_unescaped(entry.substr(0, eq)), entry.substr(eq + 1)});
        start = end + 1;
    }
    return sections;
}

}  // namespace prevent::core
