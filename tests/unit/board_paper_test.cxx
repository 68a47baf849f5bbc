// The board pack's paper from the reports: the decision sought, the assurance, coverage, the risk
// profile and what changed, in the words a governing body reads (against the shipped catalogue:
// bands 1-4 green, 5-12 amber, 15-25 red).
#include "core/board_paper.hxx"
#include "core/plan_columns.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace prevent::core;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

const Catalogue& catalogue()
{
    static const Catalogue c =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

boost::gregorian::date day(int y, int m, int d)
{
    return boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                  static_cast<unsigned short>(d));
}

RiskRow risk(const std::string& ref, int l, int i, const std::string& owner = "")
{
    RiskRow r;
    r.ref = ref;
    r.risk = "Risk " + ref;
    r.owner = owner;
    r.controls = "Controls " + ref;
    r.actions = "Actions " + ref;
    r.residual_likelihood = l;
    r.residual_impact = i;
    r.residual_score = l * i;
    r.inherent_score = 20;
    return r;
}

BoardPaperInputs inputs()
{
    BoardPaperInputs in;
    in.title = "Northbridge University: Prevent duty risk assessment";
    in.profile_title = "Higher education";
    in.version = "3.1";
    in.prevent_lead = "Head of Student Safeguarding";
    in.meeting_body = "Board of Governors";
    in.meeting_date = day(2026, 12, 10);
    in.prepared_by = "Clerk to the Governors";
    in.digest = "a15f1eba1e761546aaaa";
    in.today = day(2026, 11, 29);
    Approval last;
    last.approving_body = "Council";
    last.approval_date = day(2025, 10, 10);
    last.minute_reference = "C/25/14";
    last.next_review_due = day(2026, 10, 10);
    in.history = {last};
    in.approval.state = "review-overdue";
    in.approval.review_overdue = true;
    in.areas = {{"leadership", "Leadership and governance oversight", "covered", {"2 Leadership"}},
                {"sensitive-research",
                 "Security-sensitive research",
                 "not-applicable",
                 {},
                 "We do no such research."},
                {"consultation", "Student consultation and engagement", "missing"}};
    in.risks = {risk("R1", 4, 4, "Registrar"), risk("R2", 2, 3), risk("R3", 5, 5, "Dean")};
    in.open_errors = 2;
    return in;
}

std::vector<std::string> texts(const BoardPaper& paper)
{
    std::vector<std::string> out;
    for (const auto& b : paper.blocks)
        if (!b.text.empty())
            out.push_back(b.text);
    return out;
}

const PaperBlock& nth_table(const BoardPaper& paper, PaperBlock::Kind kind, int n)
{
    for (const auto& b : paper.blocks)
        if (b.kind == kind && n-- == 0)
            return b;
    throw std::out_of_range("no such table");
}

std::vector<std::string> row_text(const std::vector<PaperCell>& row)
{
    std::vector<std::string> out;
    for (const auto& c : row)
        out.push_back(c.text + (c.band.empty() ? "" : " [" + c.band + "]"));
    return out;
}

}  // namespace

TEST(BoardPaper, TheCoverAsksForTheDecisionAndGivesTheReference)
{
    const auto paper = board_paper(inputs(), catalogue());
    ASSERT_GE(paper.blocks.size(), 6u);
    EXPECT_EQ(paper.blocks[0].kind, PaperBlock::Kind::Title);
    EXPECT_EQ(paper.blocks[0].text, "Northbridge University: Prevent duty risk assessment");
    EXPECT_EQ(paper.blocks[1].text,
              "Prevent duty risk assessment, version 3.1, operating year 2026-27");
    const auto t = texts(paper);
    EXPECT_THAT(t, Contains("Paper for the Board of Governors, 10 December 2026."));
    EXPECT_THAT(t, Contains("Prepared by Clerk to the Governors; Prevent lead: Head of Student "
                            "Safeguarding."));
    EXPECT_THAT(t, Contains("The Board of Governors is asked to approve version 3.1 of the "
                            "Prevent risk assessment."));
    EXPECT_THAT(t, Contains(HasSubstr("Reference for the minute: a15f 1eba 1e76 (")));
    EXPECT_EQ(short_digest("0123456789abcdef"), "0123 4567 89ab");
    EXPECT_EQ(short_digest("01234"), "0123 4");

    auto unversioned = inputs();
    unversioned.version.clear();
    EXPECT_THAT(texts(board_paper(unversioned, catalogue())),
                Contains("The Board of Governors is asked to approve the Prevent risk assessment "
                         "as it now stands."));
}

TEST(BoardPaper, AssuranceSaysTheStateTheYearsTheReviewAndTheErrors)
{
    const auto paper = board_paper(inputs(), catalogue());
    const auto& t = nth_table(paper, PaperBlock::Kind::Table, 0);
    ASSERT_EQ(t.rows.size(), 7u);
    EXPECT_THAT(row_text(t.rows[1]), ElementsAre("Approval", "Review overdue [red]"));
    EXPECT_THAT(row_text(t.rows[2]),
                ElementsAre("Last approval", "Council, 10 October 2025, minute C/25/14"));
    EXPECT_THAT(row_text(t.rows[3]), ElementsAre("Refreshed and approved in 2026-27", "No [red]"));
    EXPECT_THAT(row_text(t.rows[4]),
                ElementsAre("Refreshed and approved in 2025-26", "Yes [green]"));
    EXPECT_THAT(row_text(t.rows[5]), ElementsAre("Next review due", "10 October 2026 [red]"));
    EXPECT_THAT(row_text(t.rows[6]), ElementsAre("Errors still open in the checks", "2 [red]"));
}

TEST(BoardPaper, CoverageListsEveryAreaWithItsStateAndWhere)
{
    const auto paper = board_paper(inputs(), catalogue());
    EXPECT_THAT(texts(paper), Contains("Coverage: Higher education"));
    EXPECT_THAT(texts(paper),
                Contains("1 of 3 areas covered; 0 empty, 1 missing, 1 not applicable."));
    const auto& t = nth_table(paper, PaperBlock::Kind::Table, 1);
    EXPECT_THAT(row_text(t.rows[0]), ElementsAre("Area", "State", "Where it is covered"));
    EXPECT_THAT(row_text(t.rows[1]), ElementsAre("Leadership and governance oversight",
                                                 "Covered [green]", "2 Leadership"));
    EXPECT_THAT(row_text(t.rows[2]), ElementsAre("Security-sensitive research", "Not applicable",
                                                 "We do no such research."));
    EXPECT_THAT(row_text(t.rows[3]),
                ElementsAre("Student consultation and engagement", "Missing [red]", ""));
}

TEST(BoardPaper, TheRiskProfileHasTheHeatMapTheBandsAndTheRedRisks)
{
    const auto paper = board_paper(inputs(), catalogue());
    const auto& map = nth_table(paper, PaperBlock::Kind::HeatMap, 0);
    ASSERT_EQ(map.rows.size(), 6u);
    EXPECT_THAT(row_text(map.rows[0]),
                ElementsAre("Likelihood \u2193 / Impact \u2192", "1", "2", "3", "4", "5"));
    EXPECT_THAT(row_text(map.rows[1]),
                ElementsAre("5", " [amber]", " [amber]", " [red]", " [red]", "1 [red]"))
        << "likelihood 5 at the top; R3 at 5 x 5";
    EXPECT_THAT(row_text(map.rows[2]),
                ElementsAre("4", " [green]", " [amber]", " [amber]", "1 [red]", " [red]"));
    EXPECT_THAT(row_text(map.rows[4]),
                ElementsAre("2", " [green]", " [green]", "1 [amber]", " [amber]", " [amber]"));
    EXPECT_THAT(texts(paper), Contains("By band: Green 0 \u00b7 Amber 1 \u00b7 Red 2."));
    EXPECT_THAT(texts(paper), Contains("Risks rated Red:"));
    const auto& red = nth_table(paper, PaperBlock::Kind::Table, 2);
    ASSERT_EQ(red.rows.size(), 3u);
    EXPECT_THAT(row_text(red.rows[1]),
                ElementsAre("R1 [red]", "Risk R1", "Registrar", "Controls R1", "Actions R1"));
    EXPECT_THAT(row_text(red.rows[2]),
                ElementsAre("R3 [red]", "Risk R3", "Dean", "Controls R3", "Actions R3"));
}

TEST(BoardPaper, WhatChangedAndWhetherItIsSignificant)
{
    auto in = inputs();
    in.change.level = "significant";
    in.change.risks_recorded = true;
    in.change.reasons = {"R3 rose from amber to red",
                         "the section \u201cOnline safety\u201d was added"};
    in.change.movements = {
        {"R3", "up", RecordedRisk{"R3", 20, 12, "amber"}, RecordedRisk{"R3", 20, 25, "red"}}};
    auto paper = board_paper(in, catalogue());
    auto t = texts(paper);
    EXPECT_THAT(t, Contains("\u2022 R3 rose from amber to red."));
    EXPECT_THAT(t, Contains("\u2022 The section \u201cOnline safety\u201d was added."));
    EXPECT_THAT(t, Contains("Significant: R3 rose from amber to red; the section \u201cOnline "
                            "safety\u201d was added. The board should approve this version."));
    const auto& moves = nth_table(paper, PaperBlock::Kind::Table, 3);
    EXPECT_THAT(row_text(moves.rows[1]),
                ElementsAre("R3", "Band up", "20 / 12 (Amber) [amber]", "20 / 25 (Red) [red]"));

    in.change = {};
    in.change.level = "minor";
    in.change.reasons = {"there is no record of the risks at that approval"};
    t = texts(board_paper(in, catalogue()));
    EXPECT_THAT(t, Contains("There is no record of the risks at that approval, so risk movements "
                            "cannot be shown."));
    EXPECT_THAT(t, Contains(HasSubstr("Minor: there is no record")));

    in.change = {};
    in.change.level = "none";
    EXPECT_THAT(texts(board_paper(in, catalogue())),
                Contains("Nothing has changed since the Council approved it on 10 October 2025."));
    in.history.clear();
    in.change.level = "significant";
    EXPECT_THAT(texts(board_paper(in, catalogue())),
                Contains(HasSubstr("No approval is recorded, so there is nothing to compare")));
}

namespace {

// A plan in the columns "Create action plan sheet" lays out; dates as ISO, as a date cell reads.
PlanSheet plan(const std::vector<std::vector<std::string>>& rows, bool completion_column = true)
{
    std::vector<std::string> titles = {"Action ID",  "Risk ref",       "Area",
                                       "Action",     "Outcome sought", "Owner",
                                       "Start date", "Due date",       "Status"};
    if (completion_column)
        titles.push_back("Completed date");
    PlanSheet p;
    p.name = "Action plan";
    p.header = *read_plan_header(titles);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto cells = rows[r];
        if (!completion_column)
            cells.resize(9);
        p.rows.push_back({static_cast<int>(r + 1), cells});
    }
    return p;
}

}  // namespace

TEST(BoardPaper, ThePlanSaysItsCountsOverdueActionsWhatWasDoneAndWhatIsMissing)
{
    const auto sheet = plan({
        {"A001", "R1", "", "Refresh Events Panel training", "", "Registrar", "", "2026-11-01",
         "In progress", ""},
        {"A002", "R3", "", "Audit prayer room bookings", "", "Dean", "", "2027-03-31", "Complete",
         "2026-10-20"},
        {"A003", "", "", "Old action", "", "", "", "2025-03-31", "Complete", "2025-04-01"},
    });
    const auto actions = plan_actions({sheet}, day(2026, 11, 29));
    ASSERT_EQ(actions.size(), 3u);
    EXPECT_TRUE(actions[0].overdue);
    EXPECT_FALSE(actions[1].overdue) << "complete";
    EXPECT_EQ(actions[1].completed_date, day(2026, 10, 20));

    auto in = inputs();
    in.history.back().approval_date = day(2026, 9, 1);
    in.risks[1].actions.clear();  // R2 needs no action
    in.plan = BoardPaperInputs::Plan{count_plans({sheet}, day(2026, 11, 29)), actions, true};
    const auto paper = board_paper(in, catalogue());
    const auto t = texts(paper);
    EXPECT_THAT(t, Contains("Action plan progress"));
    EXPECT_THAT(t, Contains("Actions in the plan: 3 (1 open, 1 overdue, 2 complete)."));
    EXPECT_THAT(t, Contains("Overdue actions:"));
    const auto& overdue =
        paper.blocks.back().kind == PaperBlock::Kind::Table
            ? paper.blocks.back()
            : *std::find_if(paper.blocks.rbegin(), paper.blocks.rend(),
                            [](const PaperBlock& b) { return b.kind == PaperBlock::Kind::Table; });
    EXPECT_THAT(row_text(overdue.rows[1]), ElementsAre("Refresh Events Panel training", "Registrar",
                                                       "1 November 2026 [red]", "In progress"));
    EXPECT_THAT(t, Contains("Completed since the last approval on 1 September 2026: Audit prayer "
                            "room bookings."));
    EXPECT_THAT(t, Contains("Every risk with further actions in the assessment has an action in "
                            "the plan."));

    in.plan->actions.erase(in.plan->actions.begin());  // R1 loses its action
    in.plan->records_completion = false;
    const auto t2 = texts(board_paper(in, catalogue()));
    EXPECT_THAT(t2, Contains("Risks with further actions in the assessment but no action in the "
                             "plan: R1."));
    EXPECT_THAT(t2, Contains(HasSubstr("records no completion dates")));
    EXPECT_THAT(t2, Contains("No action is overdue."));

    in.plan.reset();
    EXPECT_THAT(texts(board_paper(in, catalogue())),
                ::testing::Not(Contains("Action plan progress")));
}

// A large assessment and plan still make a paper a board can read: each long list is cut after
// its first items, saying how many more there are and where they are; the longest overdue first.
TEST(BoardPaper, LongListsAreCutSayingHowManyMore)
{
    auto in = inputs();
    in.areas[0].headings.clear();
    for (int i = 1; i <= 20; ++i)
        in.areas[0].headings.push_back(std::to_string(i) + ". Leadership");
    in.risks.clear();
    for (int i = 1; i <= 25; ++i)
        in.risks.push_back(risk("R" + std::to_string(i), 5, 5));  // all red
    for (int i = 1; i <= 40; ++i)
        in.change.reasons.push_back("the section \u201c" + std::to_string(i) + "\u201d was added");
    in.change.level = "significant";
    in.change.risks_recorded = true;
    for (int i = 1; i <= 30; ++i)
        in.change.movements.push_back({"R" + std::to_string(i), "added", std::nullopt,
                                       RecordedRisk{"R" + std::to_string(i), 20, 25, "red"}});
    std::vector<PlanActionState> actions;
    for (int i = 1; i <= 40; ++i) {
        PlanActionState a;
        a.action = "Action " + std::to_string(i);
        a.risk_ref = "R1";
        a.due_date = day(2026, 1, 1) + boost::gregorian::days(40 - i);  // the last is the oldest
        a.due = "";
        a.overdue = true;
        actions.push_back(a);
    }
    PlanCounts counts;
    counts.actions = counts.open = counts.overdue = 40;
    in.plan = BoardPaperInputs::Plan{counts, actions, false};
    const auto paper = board_paper(in, catalogue());
    const auto t = texts(paper);

    const auto table_after = [&](const std::string& text) -> const PaperBlock& {
        auto at = std::find_if(paper.blocks.begin(), paper.blocks.end(),
                               [&](const PaperBlock& b) { return b.text == text; });
        return *std::find_if(at, paper.blocks.end(),
                             [](const PaperBlock& b) { return b.kind == PaperBlock::Kind::Table; });
    };
    const auto& coverage = table_after("Coverage: Higher education");
    EXPECT_EQ(coverage.rows[1][2].text, "1. Leadership; 2. Leadership; 3. Leadership; and 17 more");
    EXPECT_EQ(table_after("Risks rated Red:").rows.size(), 21u) << "header and 20 risks";
    EXPECT_THAT(t, Contains("And 5 more risks rated Red: see the assessment's risk tables."));
    EXPECT_EQ(std::count_if(t.begin(), t.end(),
                            [](const std::string& s) { return s.rfind("\u2022 ", 0) == 0; }),
              12);
    EXPECT_THAT(t, Contains("And 28 more changes: the Approval panel lists every section "
                            "changed."));
    EXPECT_THAT(t, Contains("And 10 more risk movements."));
    EXPECT_THAT(t, Contains(HasSubstr("\u201c3\u201d was added; and 37 more. The board should")));
    const auto& overdue = table_after("Overdue actions:");
    ASSERT_EQ(overdue.rows.size(), 16u) << "header and 15 actions";
    EXPECT_EQ(overdue.rows[1][0].text, "Action 40") << "the longest overdue first";
    EXPECT_EQ(overdue.rows[15][0].text, "Action 26");
    EXPECT_THAT(t, Contains("And 25 more overdue actions: see the action plan."));
    EXPECT_THAT(t, Contains("Risks with further actions in the assessment but no action in the "
                            "plan: R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, "
                            "R16, R17, R18, R19, R20, R21, R22, R23, R24, R25."));
}
