// What a new assessment holds (core/new_assessment) and what coverage reads of one
// (core::coverage_outline): the profile's areas in catalogue order with their prompts and risk
// tables, the choices refused with the reason, and a risk table waiting for its first risk (or
// the approval block) being no content of its section.
#include "core/assessment_check.hxx"
#include "core/new_assessment.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace prevent;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

const core::Catalogue& catalogue()
{
    static const core::Catalogue c =
        odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

const boost::gregorian::date kToday(2026, 11, 29);

core::NewAssessmentChoice choice(const char* profile)
{
    core::NewAssessmentChoice c;
    c.provider_name = " Northbridge University ";
    c.profile = profile;
    c.risk_table_style = "scored";
    return c;
}

std::vector<std::string> ids(const core::NewAssessment& a)
{
    std::vector<std::string> out;
    for (const auto& s : a.sections)
        out.push_back(s.area_id);
    return out;
}

std::string refused(const core::NewAssessmentChoice& c)
{
    try {
        core::plan_new_assessment(catalogue(), c, kToday);
    } catch (const core::NewAssessmentRefused& e) {
        return e.what();
    }
    return "(planned)";
}

}  // namespace

TEST(NewAssessment, TheExpectedAreasAlwaysAndTheRecommendedOnesAsked)
{
    auto c = choice("he");
    std::vector<std::string> expected, recommended;
    for (const auto& pa : catalogue().areas_for("he"))
        (pa.expectation == core::Expectation::Expected ? expected : recommended)
            .push_back(pa.area->id);
    ASSERT_FALSE(recommended.empty());
    EXPECT_EQ(ids(core::plan_new_assessment(catalogue(), c, kToday)), expected);

    c.recommended_areas = {recommended.back()};
    const auto a = core::plan_new_assessment(catalogue(), c, kToday);
    auto with_it = ids(a);
    EXPECT_EQ(with_it.size(), expected.size() + 1);
    // In catalogue order, not the order asked.
    std::vector<std::string> in_order;
    for (const auto& pa : catalogue().areas_for("he"))
        if (pa.expectation == core::Expectation::Expected || pa.area->id == recommended.back())
            in_order.push_back(pa.area->id);
    EXPECT_EQ(with_it, in_order);

    EXPECT_EQ(a.title, "Northbridge University: Prevent duty risk assessment 2026-27");
    EXPECT_EQ(a.document_title, a.title);
    EXPECT_EQ(a.operating_year, "2026-27");
    EXPECT_EQ(a.profile, "he");
    const auto& first = a.sections.front();
    EXPECT_EQ(first.heading, catalogue().find_area(first.area_id)->title);
    EXPECT_EQ(first.prompts, catalogue().find_area(first.area_id)->prompts_for("he"));
    EXPECT_EQ(first.table_name, "PreventRisk_" + first.area_id + "_1");
    ASSERT_EQ(first.table.size(), 2u);
    EXPECT_EQ(first.table[0], *catalogue().table_styles().columns("scored"));
    EXPECT_EQ(first.table[1][0], "R1");
    EXPECT_EQ(a.sections[1].table[1][0], "R2");
}

TEST(NewAssessment, TheControlTableShowsTheApprovalsFieldsAndSaysWhatIsNotKnownYet)
{
    auto c = choice("fe");
    c.approving_body = "Corporation";
    const auto a = core::plan_new_assessment(catalogue(), c, kToday);
    std::vector<std::string> rows;
    for (const auto& r : a.control)
        rows.push_back(r.label + "=" + r.text + "<" + r.placeholder + ">{" + r.property + "}");
    EXPECT_THAT(rows,
                ElementsAre("Provider=Northbridge University<>{}",
                            "Sector=Further education and skills<>{}", "Operating year=2026-27<>{}",
                            "Owner (Prevent lead)=<Name and role of the Prevent lead>{}",
                            "Approving body=Corporation<>{}",
                            "Version approved=<>{Prevent.Approval.Current.Version}",
                            "Date approved=<>{Prevent.Approval.Current.ApprovalDate}",
                            "Next review due=<>{Prevent.Approval.Current.NextReviewDue}"));
    EXPECT_THAT(a.introduction, HasSubstr("approved by the Corporation."));
}

TEST(NewAssessment, ChoicesThatCannotBeMadeAreRefusedWithTheReason)
{
    auto c = choice("he");
    c.provider_name = " ";
    EXPECT_EQ(refused(c), "give the provider's name");
    c = choice("sixth-form");
    EXPECT_EQ(refused(c), "unknown profile 'sixth-form': he, fe, schools");
    c = choice("he");
    c.risk_table_style = "matrix";
    EXPECT_THAT(refused(c), HasSubstr("unknown risk table style 'matrix'"));
    c = choice("he");
    c.operating_year = "2026-28";
    EXPECT_THAT(refused(c), HasSubstr("like 2026-27"));
    c = choice("schools");
    c.recommended_areas = {"sensitive-research"};  // a university's area, not a school's
    EXPECT_THAT(refused(c), HasSubstr("'sensitive-research'"));
    c = choice("he");
    c.operating_year = "2027-28";
    EXPECT_EQ(core::plan_new_assessment(catalogue(), c, kToday).operating_year, "2027-28");
}

TEST(NewAssessment, AFileNameForATitle)
{
    EXPECT_EQ(core::file_name_for("Northbridge College: Prevent duty risk assessment 2026-27"),
              "Northbridge College - Prevent duty risk assessment 2026-27");
    EXPECT_EQ(core::file_name_for(" A/B \"School\"? *risk* <1> | x. "), "AB School risk 1  x");
}

TEST(NewAssessment, ATemplateHasPlaceholdersWhereTheProviderWillType)
{
    const auto t = core::plan_template(catalogue(), "schools");
    EXPECT_EQ(t.title_placeholder, "Name of the provider");
    EXPECT_EQ(t.title, ": Prevent duty risk assessment");
    EXPECT_EQ(t.document_title, "Prevent duty risk assessment: Schools");
    EXPECT_EQ(t.operating_year, "");
    EXPECT_EQ(t.control[0].placeholder, "Name of the provider");
    EXPECT_EQ(t.control[2].placeholder, "for example 2026-27");
    // Every area of the profile, the recommended ones too.
    EXPECT_EQ(t.sections.size(), catalogue().areas_for("schools").size());
    EXPECT_THROW(core::plan_template(catalogue(), "nursery"), core::NewAssessmentRefused);
}

namespace {

core::TextParagraph paragraph(const std::string& text, int level = 0, int table = -1)
{
    core::TextParagraph p;
    p.outline.text = text;
    p.outline.outline_level = level;
    p.outline.in_table = table >= 0;
    p.table = table;
    return p;
}

core::TextTable risk_table(const std::vector<std::vector<std::string>>& cells,
                           const std::string& heading)
{
    core::TextTable t;
    t.heading = heading;
    t.grid.name = "PreventRisk_leadership_1";
    t.grid.columns = static_cast<int>(cells.front().size());
    for (std::size_t r = 0; r < cells.size(); ++r) {
        std::vector<core::GridCell> row;
        for (std::size_t c = 0; c < cells[r].size(); ++c)
            row.push_back({cells[r][c], static_cast<int>(c), 1,
                           std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1)});
        t.grid.rows.push_back(row);
    }
    return t;
}

std::vector<std::string> texts(const core::Outline& o)
{
    std::vector<std::string> out;
    for (const auto& p : o.paragraphs)
        out.push_back(p.text);
    return out;
}

}  // namespace

TEST(CoverageOutline, ARiskTableWaitingForItsFirstRiskAndTheApprovalBlockAreNoContent)
{
    const core::HeadingMatcher matcher(catalogue());
    const auto& header = *catalogue().table_styles().columns("rag");
    std::vector<std::string> only_ref(header.size());
    only_ref[0] = "R1";
    std::vector<std::string> filled = only_ref;
    filled[1] = "Staff unaware of the duty";

    core::TextModel model;
    model.paragraphs.push_back(paragraph("Leadership", 1));
    for (const auto& h : header)
        model.paragraphs.push_back(paragraph(h, 0, 0));
    model.paragraphs.push_back(paragraph("R1", 0, 0));
    auto block = paragraph("Approval of this risk assessment");
    block.in_approval_block = true;
    model.paragraphs.push_back(block);
    model.tables.push_back(risk_table({header, only_ref}, "Leadership"));

    auto read = texts(core::coverage_outline(model, catalogue(), matcher));
    EXPECT_EQ(read.front(), "Leadership");
    for (std::size_t i = 1; i < read.size(); ++i)
        EXPECT_EQ(read[i], "") << i;

    // A risk written in: the table is content.
    model.tables[0] = risk_table({header, filled}, "Leadership");
    read = texts(core::coverage_outline(model, catalogue(), matcher));
    EXPECT_EQ(read[1], header[0]);
    EXPECT_EQ(read.back(), "") << "the approval block stays no content";

    // A table that is no risk table is content as it is.
    model.tables[0] = risk_table({{"Date", "Event"}, {"", ""}}, "Leadership");
    read = texts(core::coverage_outline(model, catalogue(), matcher));
    EXPECT_EQ(read[1], header[0]);
}
