// The action plan's counts over every plan of a spreadsheet, and the board summary's table
// (Insert summary), against the shipped catalogue: areas in catalogue order whether the plan
// names them by title or id, then the plan's own words; statuses in any case; totals.
#include "core/coverage.hxx"
#include "core/plan_summary.hxx"
#include "odf/catalogue_xcu.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

using prevent::core::PlanSheet;
using prevent::core::SummaryCounts;

namespace {

const boost::gregorian::date kToday(2026, 11, 29);

const prevent::core::Catalogue& catalogue()
{
    static const auto c =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

// A plan of Area, Due date and Status columns.
PlanSheet plan(const std::vector<std::vector<std::string>>& rows)
{
    PlanSheet p;
    p.name = "Action plan";
    p.header = *prevent::core::read_plan_header(
        {"Action ID", "Area", "Action", "Owner", "Due date", "Status"});
    for (std::size_t r = 0; r < rows.size(); ++r)
        p.rows.push_back({static_cast<int>(r + 1), rows[r]});
    return p;
}

}  // namespace

TEST(PlanCounts, EveryPlanOfTheSpreadsheetCountsTogether)
{
    const auto all = prevent::core::count_plans(
        {plan({{"A1", "leadership", "a", "x", "2026-10-01", "In progress"}}),
         plan({{"B1", "leadership", "b", "x", "2027-10-01", "In progress"},
               {"B2", "", "c", "x", "", "Complete"}})},
        kToday);
    EXPECT_EQ(all.actions, 3);
    EXPECT_EQ(all.open, 2);
    EXPECT_EQ(all.overdue, 1);
    EXPECT_EQ(all.complete, 1);
    EXPECT_EQ((all.by_area_status.at({"leadership", "In progress"})), 2);
    EXPECT_EQ(prevent::core::count_plans({}, kToday).actions, 0);
}

TEST(PlanSummary, AreasInCatalogueOrderThenTheirOwnWordsWithTotals)
{
    const auto counts = prevent::core::count_plans(
        {plan({{"A1", "Staff training and awareness", "a", "x", "2026-10-01", "in progress"},
               {"A2", "leadership", "b", "x", "", "Complete"},
               {"A3", "Canteen", "c", "x", "", "Waiting"},
               {"A4", "", "d", "x", "", "Not started"},
               {"A5", "leadership", "e", "x", "", "Ongoing"}})},
        kToday);
    const auto s = prevent::core::summarise_plan(counts, catalogue());
    ASSERT_EQ(s.rows.size(), 4u);
    // Leadership comes first in the catalogue, named by its id in the plan and shown by its title.
    EXPECT_EQ(s.rows[0].area, "leadership");
    EXPECT_EQ(s.rows[0].title, catalogue().find_area("leadership")->title);
    EXPECT_EQ(s.rows[0].counts, (SummaryCounts{0, 0, 1, 1, 0, 2}));
    EXPECT_EQ(s.rows[1].title, "Staff training and awareness");
    EXPECT_EQ(s.rows[1].counts, (SummaryCounts{0, 1, 0, 0, 0, 1}))
        << "a status in another case is the list's";
    // Then what the catalogue does not know, as the plan wrote it ("" before "Canteen").
    EXPECT_EQ(s.rows[2].area, "");
    EXPECT_FALSE(s.rows[2].title.empty()) << "a row with no area says so";
    EXPECT_EQ(s.rows[3].title, "Canteen");
    EXPECT_EQ(s.rows[3].counts, (SummaryCounts{0, 0, 0, 0, 1, 1}))
        << "a status not in the list is 'other'";
    EXPECT_EQ(s.totals, (SummaryCounts{1, 1, 1, 1, 1, 5}));
    EXPECT_EQ(s.open, 4);
    EXPECT_EQ(s.complete, 1);
    EXPECT_EQ(s.overdue, 1);
}

TEST(CoverageMarks, StoredPropertiesAreMarksOnlyUnderTheirNames)
{
    prevent::core::CoverageMarks marks;
    marks.add_property(prevent::core::not_applicable_property("sensitive-research"),
                       "No research degrees.");
    marks.add_property(prevent::core::covered_by_property("leadership"), "3. Governance");
    marks.add_property("Prevent.NotApplicable.", "an empty area id is no mark");
    marks.add_property("Prevent.Profile", "fe");
    marks.add_property("Prevent.Approval.1.Digest", "abc");
    EXPECT_EQ(marks.not_applicable,
              (std::map<std::string, std::string>{{"sensitive-research", "No research degrees."}}));
    EXPECT_EQ(marks.covered_by,
              (std::map<std::string, std::string>{{"leadership", "3. Governance"}}));
    EXPECT_EQ(prevent::core::not_applicable_property("x"), "Prevent.NotApplicable.x");
}
