// The action plan's core: headers of real plans (PREVENT.md section 4), the plan's own checks
// with today 29 November 2026, the checks against the assessment, and what "Bring in actions"
// adds (twice adds nothing).
#include "core/plan_checks.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using boost::gregorian::date;
using prevent::core::AssessmentRisk;
using prevent::core::PlanColumn;
using prevent::core::PlanRow;
using prevent::core::PlanSheet;
using testing::ElementsAre;
using testing::UnorderedElementsAre;

namespace {

const date kToday(2026, 11, 29);

const std::vector<std::string> kOurColumns = {
    "Action ID",       "Risk ref",   "Area",           "Action",      "Outcome sought",
    "Owner",           "Start date", "Due date",       "Status",      "RAG",
    "Progress update", "Evidence",   "Completed date", "Last updated"};

PlanSheet plan(const std::vector<std::vector<std::string>>& rows,
               const std::vector<std::string>& titles = kOurColumns)
{
    PlanSheet p;
    p.name = "Action plan";
    p.header = *prevent::core::read_plan_header(titles);
    for (std::size_t r = 0; r < rows.size(); ++r)
        p.rows.push_back({static_cast<int>(r + 1), rows[r]});
    return p;
}

std::vector<std::string> codes(const std::vector<prevent::core::Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings) {
        EXPECT_FALSE(f.message.empty()) << f.code;
        out.push_back(f.code + " " + f.location);
    }
    return out;
}

}  // namespace

TEST(PlanColumns, OurOwnTitlesAreReadInOrder)
{
    const auto header = prevent::core::read_plan_header(kOurColumns);
    ASSERT_TRUE(header);
    for (int i = 0; i < prevent::core::kPlanColumnCount; ++i)
        EXPECT_EQ(header->columns[static_cast<std::size_t>(i)], static_cast<PlanColumn>(i))
            << kOurColumns[i];
}

TEST(PlanColumns, RealPlansAreRecognised)
{
    // UEL 2024-25.
    auto h = prevent::core::read_plan_header(
        {"Category", "Action", "Person responsible", "progress report", "status/deadline"});
    ASSERT_TRUE(h);
    EXPECT_THAT(h->columns, ElementsAre(PlanColumn::Area, PlanColumn::Action, PlanColumn::Owner,
                                        PlanColumn::Progress, PlanColumn::DueDate));
    // Warwick 2015/16.
    h = prevent::core::read_plan_header({"Area of Prevent Duty Guidance", "Actions Completed",
                                         "Action(s) Required", "By When", "Aims"});
    ASSERT_TRUE(h);
    EXPECT_THAT(h->columns, ElementsAre(PlanColumn::Area, PlanColumn::Progress, PlanColumn::Action,
                                        PlanColumn::DueDate, PlanColumn::Outcome));
    // The schools template; the DfE-style columns.
    h = prevent::core::read_plan_header({"Outcome", "Risk/Vulnerability", "Action to address risk",
                                         "Owner", "Evidence of progress", "RAG"});
    ASSERT_TRUE(h);
    EXPECT_EQ(h->column_of(PlanColumn::Action), 2);
    EXPECT_EQ(h->column_of(PlanColumn::Progress), 4);
    EXPECT_FALSE(h->has(PlanColumn::RiskRef)) << "a description of the risk is not a ref";
    h = prevent::core::read_plan_header(
        {"Lead officer", "Date for completion", "Further action needed"});
    ASSERT_TRUE(h);
    EXPECT_THAT(h->columns,
                ElementsAre(PlanColumn::Owner, PlanColumn::DueDate, PlanColumn::Action));
}

TEST(PlanColumns, OtherTablesAreNotPlans)
{
    EXPECT_FALSE(prevent::core::read_plan_header({"Name", "Department", "Extension"}));
    EXPECT_FALSE(prevent::core::read_plan_header({"Owner", "Due date", "Status"}))
        << "no action column";
    EXPECT_FALSE(prevent::core::read_plan_header({}));
}

TEST(PlanChecks, EachFindingAtItsCell)
{
    const auto p = plan({
        {"A001", "R1", "leadership", "Train governors", "", "Clerk", "2026-09-01", "2026-10-31",
         "In progress", "Amber"},
        {"A002", "R2", "it-filtering", "Review filter", "", "", "", "", "Not started", ""},
        {"A002", "R3", "staff-training", "E-learning", "", "HR", "2026-12-01", "2026-11-30",
         "Ongoing", "Green"},
        {"A004", "R4", "welfare-pastoral", "Chaplaincy rota", "", "Chaplain", "", "2026-09-01",
         "Complete", "Red", "", "", ""},
        {"A005", "", "external-speakers", "Speaker policy", "", "Events", "", "31/10/2026",
         "Complete", "Green", "", "", "2026-10-20"},
    });
    EXPECT_THAT(
        codes(check_plan(p, kToday, nullptr)),
        ElementsAre("action-overdue sheet:Action plan!H2", "action-no-owner sheet:Action plan!F3",
                    "action-no-due-date sheet:Action plan!H3",
                    "action-duplicate-id sheet:Action plan!A4",
                    "action-due-before-start sheet:Action plan!H4",
                    "action-complete-no-date sheet:Action plan!M5",
                    "action-complete-red sheet:Action plan!J5"));
}

TEST(PlanChecks, DueTodayIsNotOverdue)
{
    const auto p = plan({{"A001", "", "", "Train governors", "", "Clerk", "", "2026-11-29",
                          "In progress", "Amber"}});
    EXPECT_THAT(codes(check_plan(p, kToday, nullptr)), ElementsAre());
    EXPECT_THAT(codes(check_plan(p, kToday + boost::gregorian::days(1), nullptr)),
                ElementsAre("action-overdue sheet:Action plan!H2"));
}

TEST(PlanChecks, InStepWithTheAssessment)
{
    const auto p =
        plan({{"A001", "R1", "", "Train governors", "", "Clerk", "", "2027-01-31", "In progress"},
              {"A002", "R9", "", "Old action", "", "Clerk", "", "2027-01-31", "In progress"},
              {"A003", "", "", "Governance action", "", "Clerk", "", "2027-01-31", "In progress"}});
    const std::vector<AssessmentRisk> risks = {
        {"R1", "leadership", "Train governors", "Clerk", "31/01/2027"},
        {"R2", "it-filtering", "Review the web filter", "IT", ""},
        {"R3", "welfare-pastoral", "", "Chaplain", ""}};
    EXPECT_THAT(
        codes(check_plan(p, kToday, &risks)),
        ElementsAre("action-unknown-risk sheet:Action plan!B3", "risk-without-action document"));
}

TEST(PlanImport, AddsEachMissingRiskOnceWithFreshIds)
{
    auto p = plan({{"A007", "R1", "leadership", "Train governors", "", "Clerk", "", "2027-01-31",
                    "In progress"}});
    const std::vector<AssessmentRisk> risks = {
        {"R1", "leadership", "Train governors", "Clerk", "31/01/2027"},
        {"R2", "it-filtering", "Review the web filter", "IT manager", "31/3/27"},
        {"R3", "welfare-pastoral", "", "Chaplain", ""},
        {"R4", "external-speakers", "Update the speaker policy", "", "by Easter"}};
    const auto added = prevent::core::actions_to_import(p, risks);
    ASSERT_EQ(added.size(), 2u);
    EXPECT_EQ(added[0].action_id, "A008");
    EXPECT_EQ(added[0].risk_ref, "R2");
    EXPECT_EQ(added[0].area_id, "it-filtering");
    EXPECT_EQ(added[0].owner, "IT manager");
    EXPECT_EQ(added[0].due_date, "2027-03-31");
    EXPECT_EQ(added[1].action_id, "A009");
    EXPECT_EQ(added[1].due_date, "by Easter") << "kept as written when it is not a date";
    // After they are added, nothing more.
    for (const auto& a : added)
        p.rows.push_back({static_cast<int>(p.rows.size() + 1),
                          {a.action_id, a.risk_ref, a.area_id, a.action, "", a.owner, "",
                           a.due_date, "Not started"}});
    EXPECT_TRUE(prevent::core::actions_to_import(p, risks).empty());
}

TEST(PlanCounts, OpenOverdueCompleteAndByAreaAndStatus)
{
    const auto p = plan({{"A1", "", "leadership", "a", "", "x", "", "2026-10-01", "In progress"},
                         {"A2", "", "leadership", "b", "", "x", "", "2027-10-01", "In progress"},
                         {"A3", "", "it-filtering", "c", "", "x", "", "2026-10-01", "Complete"}});
    const auto c = prevent::core::count_plan(p, kToday);
    EXPECT_EQ(c.actions, 3);
    EXPECT_EQ(c.open, 2);
    EXPECT_EQ(c.overdue, 1);
    EXPECT_EQ(c.complete, 1);
    EXPECT_EQ((c.by_area_status.at({"leadership", "In progress"})), 2);
    EXPECT_EQ((c.by_area_status.at({"it-filtering", "Complete"})), 1);
}
