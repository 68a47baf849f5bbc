// Approval records: validation, defaults, the state an approval is in, and the section digests
// kept with it (with today 29 November 2026).
#include "core/approval.hxx"
#include "core/findings.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using boost::gregorian::date;
using prevent::core::Approval;
using prevent::core::approval_state;
using prevent::core::SectionDigest;
using testing::ElementsAre;

namespace {

const date kToday(2026, 11, 29);

Approval record(date approved, std::optional<date> review = std::nullopt)
{
    Approval a;
    a.approving_body = "Board of Governors";
    a.approved_by = "Jane Smith, Chair of Governors";
    a.approval_date = approved;
    a.next_review_due = review;
    a.digest = "d1";
    a.sections = {{"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    return prevent::core::with_defaults(a);
}

std::vector<std::string> problem_fields(const Approval& a)
{
    std::vector<std::string> fields;
    for (const auto& p : prevent::core::validate_approval(a, kToday)) {
        EXPECT_FALSE(p.message.empty());
        fields.push_back(p.field + ":" + p.code);
    }
    return fields;
}

}  // namespace

TEST(ApprovalRecord, DefaultsComeFromTheDecisionDate)
{
    const auto a = record(date(2026, 2, 28));
    EXPECT_EQ(a.approval_type, "approved");
    EXPECT_EQ(a.operating_year, "2025-26");
    EXPECT_EQ(*a.next_review_due, date(2027, 2, 28));
    EXPECT_EQ(*record(date(2024, 2, 29)).next_review_due, date(2025, 2, 28));
    EXPECT_EQ(record(date(2026, 7, 31)).operating_year, "2025-26");
    EXPECT_EQ(record(date(2026, 8, 1)).operating_year, "2026-27");
    auto typed = record(date(2026, 8, 5));
    typed.operating_year = "2025-26";  // typed by the clerk: kept
    EXPECT_EQ(prevent::core::with_defaults(typed).operating_year, "2025-26");
}

TEST(ApprovalRecord, TheYearTheDocumentIsForComesBeforeTheDecisionDates)
{
    // A new assessment made in June for the next year, approved in July: approved for its year.
    Approval a;
    a.approval_date = date(2027, 7, 10);
    EXPECT_EQ(prevent::core::with_defaults(a, 12, "2027-28").operating_year, "2027-28");
    EXPECT_EQ(prevent::core::with_defaults(a, 12, "").operating_year, "2026-27");
    EXPECT_EQ(prevent::core::with_defaults(a, 12, "next year").operating_year, "2026-27");
    a.operating_year = "2026-27";  // typed: kept
    EXPECT_EQ(prevent::core::with_defaults(a, 12, "2027-28").operating_year, "2026-27");
}

TEST(ApprovalRecord, AValidRecordHasNoProblems)
{
    EXPECT_THAT(problem_fields(record(date(2026, 10, 10))), ElementsAre());
    EXPECT_THAT(problem_fields(record(kToday)), ElementsAre()) << "approved today";
}

TEST(ApprovalRecord, EachProblemIsNamedByItsField)
{
    auto a = record(date(2026, 11, 30));
    EXPECT_THAT(problem_fields(a), ElementsAre("ApprovalDate:in-the-future"));
    a = record(date(2026, 10, 10), date(2026, 10, 10));
    EXPECT_THAT(problem_fields(a), ElementsAre("NextReviewDue:not-after-decision"));
    a = record(date(2026, 10, 10), date(2026, 9, 1));
    EXPECT_THAT(problem_fields(a), ElementsAre("NextReviewDue:not-after-decision"));
    a = record(date(2026, 10, 10));
    a.approving_body = "  ";
    a.approved_by = "";
    EXPECT_THAT(problem_fields(a), ElementsAre("ApprovingBody:empty", "ApprovedBy:empty"));
    a = record(date(2026, 10, 10));
    a.approval_type = "rubber-stamped";
    a.operating_year = "2025-27";
    EXPECT_THAT(problem_fields(a), ElementsAre("ApprovalType:unknown", "OperatingYear:malformed"));
    a = record(date(2026, 10, 10));
    a.approval_date.reset();
    EXPECT_THAT(problem_fields(a), ElementsAre("ApprovalDate:empty"));
}

TEST(ApprovalRecord, AllProblemsInOneSentence)
{
    auto a = record(date(2026, 12, 1));
    a.approved_by = "";
    const auto text = prevent::core::describe_problems(prevent::core::validate_approval(a, kToday));
    EXPECT_NE(text.find("who approved"), std::string::npos) << text;
    EXPECT_NE(text.find("1 December 2026"), std::string::npos) << text;
}

TEST(ApprovalState, ACopyForAnotherYearIsNotApprovedForItsYear)
{
    const std::vector<SectionDigest> same = {
        {"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    const std::vector<Approval> history = {record(date(2026, 10, 10))};  // for 2026-27
    EXPECT_EQ(approval_state(history, "d1", same, kToday, "2026-27").state, "approved");
    EXPECT_EQ(approval_state(history, "d1", same, kToday, "").state, "approved");
    const auto s = approval_state(history, "d1", same, kToday, "2027-28");
    EXPECT_EQ(s.state, "not-approved");
    EXPECT_EQ(s.document_year, "2027-28");
    EXPECT_EQ(s.approved_year, "2026-27");
    const auto findings = prevent::core::approval_findings(s, history);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].code, "approval-other-year");
    EXPECT_EQ(findings[0].severity, "warning");
    EXPECT_EQ(findings[0].message,
              "This assessment is for the operating year 2027-28 and is not yet approved for it: "
              "the Board of Governors last approved it on 10 October 2026, for 2026-27.");
}

TEST(ApprovalState, NoApprovalIsNotApproved)
{
    const auto s = approval_state({}, "d1", {}, kToday);
    EXPECT_EQ(s.state, "not-approved");
    EXPECT_FALSE(s.changed);
    EXPECT_FALSE(s.review_overdue);
}

TEST(ApprovalState, TheExamplesOfTheIssue)
{
    const std::vector<SectionDigest> same = {
        {"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    auto s = approval_state({record(date(2025, 7, 15), date(2026, 7, 15))}, "d1", same, kToday);
    EXPECT_EQ(s.state, "review-overdue");
    EXPECT_TRUE(s.review_overdue);
    EXPECT_FALSE(s.changed);

    s = approval_state({record(date(2025, 8, 1), date(2026, 12, 31))}, "d1", same, kToday);
    EXPECT_EQ(s.state, "approved");

    const std::vector<SectionDigest> one_word = {
        {"", "s0"}, {"1. Leadership", "s1-edited"}, {"2. Welfare", "s2"}};
    s = approval_state({record(date(2026, 10, 10))}, "d2", one_word, kToday);
    EXPECT_EQ(s.state, "changed-since-approval");
    EXPECT_THAT(s.changed_sections, ElementsAre("1. Leadership"));
}

TEST(ApprovalState, NotRefreshedInThePastOperatingYearIsOverdue)
{
    const std::vector<SectionDigest> same = {
        {"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    // Today is in 2026-27: an approval must be on or after 1 August 2025, whatever review it set.
    EXPECT_EQ(
        approval_state({record(date(2025, 7, 31), date(2027, 1, 1))}, "d1", same, kToday).state,
        "review-overdue");
    EXPECT_EQ(
        approval_state({record(date(2025, 8, 1), date(2027, 1, 1))}, "d1", same, kToday).state,
        "approved");
    // The review date itself is still in time; the day after is not.
    EXPECT_EQ(approval_state({record(date(2026, 1, 1), kToday)}, "d1", same, kToday).state,
              "approved");
    EXPECT_EQ(approval_state({record(date(2026, 1, 1), kToday - boost::gregorian::days(1))}, "d1",
                             same, kToday)
                  .state,
              "review-overdue");
}

TEST(ApprovalState, ChangeAndOverdueTogetherShowTheChange)
{
    const auto s =
        approval_state({record(date(2025, 7, 15), date(2026, 7, 15))}, "d2", {{"", "s0"}}, kToday);
    EXPECT_EQ(s.state, "changed-since-approval");
    EXPECT_TRUE(s.changed);
    EXPECT_TRUE(s.review_overdue);
    EXPECT_THAT(s.changed_sections, ElementsAre("1. Leadership", "2. Welfare"))
        << "both deleted since";
}

TEST(ApprovalState, OnlyTheCurrentApprovalCounts)
{
    auto old = record(date(2024, 10, 1));
    old.digest = "d0";
    const auto s =
        approval_state({old, record(date(2026, 10, 10))}, "d1",
                       {{"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}}, kToday);
    EXPECT_EQ(s.state, "approved");
}

TEST(ApprovalState, AddedSectionsAreNamed)
{
    const auto s = approval_state(
        {record(date(2026, 10, 10))}, "d3",
        {{"", "s0"}, {"1. Leadership", "s1"}, {"1a. Online safety", "n"}, {"2. Welfare", "s2"}},
        kToday);
    EXPECT_THAT(s.changed_sections, ElementsAre("1a. Online safety"));
}

TEST(SectionDigests, SurviveTheirEncodingWhateverTheHeading)
{
    const std::vector<SectionDigest> sections = {{"", "aa"},
                                                 {"1. Leadership; governance", "bb"},
                                                 {"50% = half", "cc"},
                                                 {"Tab\there", "dd"},
                                                 {"Café — ünïcode", "ee"}};
    const auto encoded = prevent::core::encode_sections(sections);
    EXPECT_EQ(encoded.find('\t'), std::string::npos);
    const auto back = prevent::core::decode_sections(encoded);
    ASSERT_EQ(back.size(), sections.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        EXPECT_EQ(back[i].key, sections[i].key);
        EXPECT_EQ(back[i].digest, sections[i].digest);
    }
    EXPECT_TRUE(prevent::core::decode_sections("").empty());
}

TEST(ApprovalFindings, SayTheStateInWords)
{
    const std::vector<SectionDigest> same = {
        {"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    const auto codes = [&](const std::vector<Approval>& history, const std::string& digest,
                           const std::vector<SectionDigest>& sections) {
        std::vector<std::string> out;
        for (const auto& f : prevent::core::approval_findings(
                 approval_state(history, digest, sections, kToday), history)) {
            EXPECT_EQ(f.location, "document");
            out.push_back(f.code + " " + f.severity + ": " + f.message);
        }
        return out;
    };
    EXPECT_THAT(codes({}, "d1", same),
                ElementsAre(testing::StartsWith("approval-missing warning")));
    EXPECT_THAT(codes({record(date(2026, 10, 10))}, "d1", same),
                ElementsAre("approval-current info: Approved by the Board of Governors on 10 "
                            "October 2026; next review "
                            "due 10 October 2027."));
    EXPECT_THAT(codes({record(date(2026, 10, 10))}, "d2",
                      {{"", "x"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}}),
                ElementsAre("approval-changed warning: The text has changed since the Board of "
                            "Governors approved it on "
                            "10 October 2026. Changed: the text before the first heading."));
    EXPECT_THAT(codes({record(date(2025, 7, 15), date(2026, 7, 15))}, "d2", same),
                ElementsAre(testing::StartsWith("approval-changed warning"),
                            testing::StartsWith("approval-review-overdue error")));
}
