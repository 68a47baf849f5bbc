// Reading risk tables as providers write them: header rows with the real column labels of
// PREVENT.md section 3, and the values in their cells.
#include "core/clock.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include "core/plan_columns.hxx"
#include "core/risk_columns.hxx"
#include "core/risk_register.hxx"
#include "core/risk_values.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

#include <cstdlib>

using namespace prevent::core;
using ::testing::ElementsAre;
using ::testing::Optional;

namespace {

const Catalogue& catalogue()
{
    static const Catalogue c =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

std::vector<HeaderCell> row(std::initializer_list<const char*> titles)
{
    std::vector<HeaderCell> cells;
    int c = 0;
    for (const char* t : titles)
        cells.push_back({t, c++, 1});
    return cells;
}

std::vector<std::optional<RiskColumn>> columns_of(std::initializer_list<const char*> titles)
{
    const auto header = read_risk_header({row(titles)}, static_cast<int>(titles.size()));
    return header ? header->columns : std::vector<std::optional<RiskColumn>>();
}

using C = RiskColumn;

}  // namespace

TEST(RiskHeader, OurScoredTable)
{
    EXPECT_THAT(
        columns_of({"Ref", "Risk", "Cause / description", "Inherent L", "Inherent I",
                    "Inherent score", "Existing controls", "Residual L", "Residual I",
                    "Residual score", "RAG", "Further actions", "Owner", "Target date", "Status"}),
        ElementsAre(C::Ref, C::Risk, C::Description, C::InherentLikelihood, C::InherentImpact,
                    C::InherentScore, C::Controls, C::ResidualLikelihood, C::ResidualImpact,
                    C::ResidualScore, C::Rag, C::Actions, C::Owner, C::TargetDate, C::Status));
}

TEST(RiskHeader, NacroRegister)
{
    EXPECT_THAT(columns_of({"No", "Risk Title", "Summary", "Gross Score", "Existing Controls",
                            "Residual Score", "Further Action Needed", "RAG rating"}),
                ElementsAre(C::Ref, C::Risk, C::Description, C::InherentScore, C::Controls,
                            C::ResidualScore, C::Actions, C::Rag));
}

TEST(RiskHeader, EalingTemplateWithSeverityAndAxB)
{
    EXPECT_THAT(columns_of({"Risk Area", "Hazard", "Severity (A) 1 - 5", "Likelihood (B) 1 - 5",
                            "Risk Rating A x B", "Existing Measures", "Proposed Actions",
                            "Risk Owner", "Planned Completion Date"}),
                ElementsAre(C::Area, C::Description, C::InherentImpact, C::InherentLikelihood,
                            C::InherentScore, C::Controls, C::Actions, C::Owner, C::TargetDate));
}

TEST(RiskHeader, DfENarrativeTemplate)
{
    const auto header =
        read_risk_header({row({"Category", "Risk", "Hazard", "Risk management",
                               "Further action needed", "Lead officer", "Date for completion"})},
                         7);
    ASSERT_TRUE(header.has_value());
    EXPECT_THAT(header->columns, ElementsAre(C::Area, C::Risk, C::Description, C::Controls,
                                             C::Actions, C::Owner, C::TargetDate));
    EXPECT_FALSE(header->scored());
}

TEST(RiskHeader, RagOnlySchoolTables)
{
    EXPECT_THAT(columns_of({"Risk Title", "Summary", "Existing Controls", "Actions Required",
                            "Owner", "RAG"}),
                ElementsAre(C::Risk, C::Description, C::Controls, C::Actions, C::Owner, C::Rag));
    EXPECT_THAT(columns_of({"Outcome", "Risk/Vulnerability", "Action to address risk", "Owner",
                            "Evidence of progress", "RAG*"}),
                ElementsAre(std::nullopt, C::Risk, C::Actions, C::Owner, C::Status, C::Rag));
}

TEST(RiskHeader, TwoRowHeaderWithGroups)
{
    // SOAS: Risk Cause | Gross risk (Impact, Likelihood, I x L) | Existing Controls | Net risk (I,
    // L, I x L)
    const std::vector<HeaderCell> groups = {{"Risk Cause", 0, 1},
                                            {"Gross risk", 1, 3},
                                            {"Existing Controls", 4, 1},
                                            {"Net risk", 5, 3},
                                            {"Risk owner", 8, 1}};
    const std::vector<HeaderCell> titles = {{"", 0, 1},      {"Impact", 1, 1}, {"Likelihood", 2, 1},
                                            {"I x L", 3, 1}, {"", 4, 1},       {"I", 5, 1},
                                            {"L", 6, 1},     {"I x L", 7, 1},  {"", 8, 1}};
    const auto header = read_risk_header({groups, titles}, 9);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->header_rows, 2);
    EXPECT_THAT(header->columns,
                ElementsAre(C::Description, C::InherentImpact, C::InherentLikelihood,
                            C::InherentScore, C::Controls, C::ResidualImpact, C::ResidualLikelihood,
                            C::ResidualScore, C::Owner));
    EXPECT_TRUE(header->scored());
}

TEST(RiskHeader, NamesThatAreNotColumnsOfARiskTable)
{
    EXPECT_FALSE(read_risk_header({row({"Name", "Role", "Telephone"})}, 3).has_value());
    EXPECT_FALSE(read_risk_header({row({"Risk", "Notes"})}, 2).has_value())
        << "too few known columns";
    EXPECT_FALSE(read_risk_header({row({"Owner", "Status", "Target date"})}, 3).has_value())
        << "no risk column";
    EXPECT_FALSE(read_risk_header({}, 0).has_value());
    EXPECT_EQ(column_kind("Current controls"), C::Controls) << "not a residual measure";
    EXPECT_EQ(column_kind("Net risk"), C::ResidualScore);
}

TEST(RiskValues, Ratings)
{
    const auto& labels = catalogue().rating().likelihood_labels;
    EXPECT_THAT(parse_rating("4", labels), Optional(4));
    EXPECT_THAT(parse_rating("4 - Very likely", labels), Optional(4));
    EXPECT_THAT(parse_rating("Very likely", labels), Optional(4));
    EXPECT_THAT(parse_rating("Unlikely", labels), Optional(2)) << "not Likely";
    EXPECT_THAT(parse_rating("Likely", labels), Optional(3));
    EXPECT_THAT(parse_rating("7", labels), Optional(7)) << "out of range, for the check to report";
    EXPECT_EQ(parse_rating("TBC", labels), std::nullopt);
    EXPECT_EQ(parse_rating("", labels), std::nullopt);
    EXPECT_THAT(parse_rating("Catastrophic", catalogue().rating().impact_labels), Optional(5));
}

TEST(RiskValues, Scores)
{
    const auto& scale = catalogue().rating();
    EXPECT_THAT(parse_score("4 x 5 = 20", scale).value, Optional(20));
    EXPECT_THAT(parse_score("4 x 5", scale).value, Optional(20));
    EXPECT_THAT(parse_score("3 \u00d7 4", scale).value, Optional(12));
    EXPECT_THAT(parse_score("20", scale).value, Optional(20));
    EXPECT_THAT(parse_score("20", scale).band, Optional(std::string("red")));
    EXPECT_EQ(parse_score("High", scale).value, std::nullopt);
    EXPECT_THAT(parse_score("High", scale).band, Optional(std::string("red")));
    EXPECT_THAT(parse_score("Medium", scale).band, Optional(std::string("amber")));
    EXPECT_EQ(parse_score("Click here to enter text.", scale).band, std::nullopt);
}

TEST(RiskValues, Bands)
{
    const auto& scale = catalogue().rating();
    EXPECT_THAT(parse_band("Red", scale), Optional(std::string("red")));
    EXPECT_THAT(parse_band("A", scale), Optional(std::string("amber")));
    EXPECT_THAT(parse_band("green", scale), Optional(std::string("green")));
    EXPECT_THAT(parse_band("Low", scale), Optional(std::string("green")));
    EXPECT_EQ(parse_band("Purple", scale), std::nullopt);
}

// The all-digit forms are read without a regex (for speed on large plans): their edges.
TEST(RiskValues, AllDigitDatesAtTheirEdges)
{
    EXPECT_THAT(parse_date("2026-3-1"), Optional(std::string("2026-03-01")));
    EXPECT_THAT(parse_date(" 1.3.2026 "), Optional(std::string("2026-03-01")));
    EXPECT_THAT(parse_date("1-3-26"), Optional(std::string("2026-03-01")));
    EXPECT_THAT(parse_date("01/12/2026"), Optional(std::string("2026-12-01")));
    EXPECT_THAT(parse_date("2026-03-31t09:30"), Optional(std::string("2026-03-31")));
    EXPECT_EQ(parse_date("31/03/226"), std::nullopt) << "a three-digit year";
    EXPECT_EQ(parse_date("31/03/20266"), std::nullopt) << "a five-digit year";
    EXPECT_EQ(parse_date("2026/03/31"), std::nullopt) << "ISO takes dashes only";
    EXPECT_EQ(parse_date("123/03/2026"), std::nullopt);
    EXPECT_EQ(parse_date("31/003/2026"), std::nullopt);
    EXPECT_EQ(parse_date("2026-03-31x"), std::nullopt);
    EXPECT_EQ(parse_date("2026-03"), std::nullopt);
    EXPECT_EQ(parse_date("31/03"), std::nullopt);
    EXPECT_EQ(parse_date("2026-13-01"), std::nullopt) << "no such month";
    EXPECT_EQ(parse_date("12026-03-01"), std::nullopt);
}

TEST(RiskValues, UkAndIsoDates)
{
    EXPECT_THAT(parse_date("31/03/2026"), Optional(std::string("2026-03-31")));
    EXPECT_THAT(parse_date("31/3/26"), Optional(std::string("2026-03-31")));
    EXPECT_THAT(parse_date("31 March 2026"), Optional(std::string("2026-03-31")));
    EXPECT_THAT(parse_date("1st Sept 2026"), Optional(std::string("2026-09-01")));
    EXPECT_THAT(parse_date("2026-03-31"), Optional(std::string("2026-03-31")));
    EXPECT_THAT(parse_date("2026-03-31T10:00:00"), Optional(std::string("2026-03-31")));
    EXPECT_EQ(parse_date("31/02/2026"), std::nullopt) << "no such day";
    EXPECT_EQ(parse_date("03/31/2026"), std::nullopt) << "American order is not UK";
    EXPECT_EQ(parse_date("Ongoing"), std::nullopt);
    EXPECT_TRUE(is_complete("Complete"));
    EXPECT_TRUE(is_complete("closed"));
    EXPECT_FALSE(is_complete("In progress"));
}

TEST(Clock, HonoursTheEnvironmentAndTheCommandLine)
{
    ::setenv("PREVENT_TOOLKIT_TODAY", "2026-07-31", 1);
    EXPECT_EQ(boost::gregorian::to_iso_extended_string(today()), "2026-07-31");
    set_today(boost::gregorian::date(2025, 8, 1));
    EXPECT_EQ(boost::gregorian::to_iso_extended_string(today()), "2025-08-01");
    set_today(std::nullopt);
    ::setenv("PREVENT_TOOLKIT_TODAY", "not a date", 1);
    EXPECT_GE(today().year(), 2026) << "a malformed setting falls back to the system";
    ::unsetenv("PREVENT_TOOLKIT_TODAY");
}

// ---- rows and checks -------------------------------------------------------------------------

namespace {

// A one-row-header table whose cells are named A1, B1...; "" cells are empty.
TableGrid grid(const char* name, std::vector<std::vector<std::string>> rows,
               const std::string& section_area = "")
{
    TableGrid t;
    t.name = name;
    t.columns = static_cast<int>(rows.front().size());
    t.section_area = section_area;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<GridCell> cells;
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            cells.push_back({rows[r][c], static_cast<int>(c), 1,
                             std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1)});
        t.rows.push_back(cells);
    }
    return t;
}

const HeadingMatcher& matcher()
{
    static const HeadingMatcher m(catalogue());
    return m;
}

std::vector<std::string> codes(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(f.code + "@" + f.location);
    return out;
}

const std::vector<std::string> kScored = {"Ref",
                                          "Risk",
                                          "Cause / description",
                                          "Inherent L",
                                          "Inherent I",
                                          "Inherent score",
                                          "Existing controls",
                                          "Residual L",
                                          "Residual I",
                                          "Residual score",
                                          "RAG",
                                          "Further actions",
                                          "Owner",
                                          "Target date",
                                          "Status"};

}  // namespace

TEST(RiskRows, ReadsAScoredTable)
{
    const auto rows = read_risk_table(
        grid("PreventRisk_speakers-events_1",
             {kScored,
              {"R1", "Extremist speaker", "Unvetted booking", "4", "5", "4 x 5 = 20",
               "Events panel", "2", "5", "10", "Amber", "Train the panel",
               "Director of Student Services", "31/03/2027", "In progress"},
              {"R2", "", "", "", "", "", "", "", "", "", "", "", "", "", ""}},
             "speakers-events"),
        catalogue(), matcher());
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 1u) << "a row with only a ref is waiting to be filled";
    const auto& r = rows->front();
    EXPECT_EQ(r.ref, "R1");
    EXPECT_EQ(r.row, 1);
    EXPECT_EQ(r.area_id, "speakers-events");
    EXPECT_EQ(r.inherent_likelihood, 4);
    EXPECT_EQ(r.inherent_score, 20);
    EXPECT_EQ(r.residual_score, 10);
    EXPECT_EQ(r.rag, "Amber");
    EXPECT_EQ(r.target_date, "2027-03-31");
    EXPECT_EQ(r.location_of(RiskColumn::Owner), "table:PreventRisk_speakers-events_1!M2");
    EXPECT_TRUE(
        check_risks(*rows, catalogue().rating(), boost::gregorian::date(2026, 11, 29)).empty());
}

TEST(RiskRows, TheAreaComesFromAnAreaColumnOrTheSection)
{
    const auto rows =
        read_risk_table(grid("Table3",
                             {{"Category", "Risk", "Hazard", "Risk management", "Lead officer"},
                              {"Leadership", "Weak oversight", "No lead", "Named lead", "Head"},
                              {"", "Staff not trained", "", "E-learning", "HR"}},
                             "staff-training"),
                        catalogue(), matcher());
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].area_id, "leadership");
    EXPECT_EQ((*rows)[1].area_id, "staff-training");
}

TEST(RiskRows, EveryCheckOfTheIssue)
{
    const auto rows = read_risk_table(
        grid("T", {kScored,
                   {"R1", "No owner", "", "4", "5", "18", "", "2", "7", "", "Green", "", "",
                    "01/01/2026", "In progress"},
                   {"R1", "Duplicate", "", "", "", "", "Panel", "", "", "", "", "", "Head", "", ""},
                   {"R3", "Worse after", "", "1", "2", "2", "Panel", "3", "3", "9", "Amber", "",
                    "Head", "01/01/2026", "Complete"}}),
        catalogue(), matcher());
    ASSERT_TRUE(rows.has_value());
    const auto found =
        codes(check_risks(*rows, catalogue().rating(), boost::gregorian::date(2026, 11, 29)));
    EXPECT_THAT(found, ::testing::UnorderedElementsAre(
                           "risk-no-owner@table:T!M2", "risk-no-controls@table:T!G2",
                           "risk-score-mismatch@table:T!F2",       // 18 is not 4 x 5
                           "risk-rating-out-of-range@table:T!I2",  // impact 7
                           "risk-rag-mismatch@table:T!K2",         // green, but 4 x 5 is red
                           "risk-overdue@table:T!N2",              // 1 Jan 2026, in progress
                           "risk-duplicate-ref@table:T!A3",        // R1 again
                           "risk-no-rating@table:T!D3", "risk-no-rating@table:T!H3",
                           "risk-residual-above-inherent@table:T!J4"));  // 9 after, 2 before
}

TEST(RiskRows, AScoreWrittenAsABandStillChecksTheRag)
{
    const auto rows = read_risk_table(
        grid("Nacro",
             {{"No", "Risk Title", "Gross Score", "Existing Controls", "RAG rating", "Owner"},
              {"1", "Speakers", "High", "Panel", "Green", "Head"}}),
        catalogue(), matcher());
    ASSERT_TRUE(rows.has_value());
    EXPECT_THAT(
        codes(check_risks(*rows, catalogue().rating(), boost::gregorian::date(2026, 11, 29))),
        ElementsAre("risk-rag-mismatch@table:Nacro!E2"));
}

TEST(RiskRows, NotARiskTable)
{
    EXPECT_FALSE(read_risk_table(grid("Contacts", {{"Name", "Role", "Telephone"}, {"A", "B", "C"}}),
                                 catalogue(), matcher())
                     .has_value());
}

// A Welsh office reads the catalogue's Welsh column titles: the catalogue must stay valid there,
// and the tables it inserts must read as the English ones do.
TEST(WelshRiskTables, OurWelshTablesReadAsTheEnglishOnes)
{
    const Catalogue welsh =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu", "cy");
    const auto& styles = welsh.table_styles();
    ASSERT_EQ(styles.scored.front(), "Cyf.");
    for (const char* style : {"scored", "rag", "narrative"}) {
        const auto& titles = *welsh.table_styles().columns(style);
        const auto& english = *catalogue().table_styles().columns(style);
        ASSERT_EQ(titles.size(), english.size()) << style;
        for (std::size_t i = 0; i < titles.size(); ++i)
            EXPECT_EQ(column_kind(titles[i]), column_kind(english[i]))
                << style << ": " << titles[i] << " / " << english[i];
    }
    ASSERT_EQ(styles.action_plan.size(), catalogue().table_styles().action_plan.size());
    for (std::size_t i = 0; i < styles.action_plan.size(); ++i)
        EXPECT_EQ(plan_column_kind(styles.action_plan[i]),
                  plan_column_kind(catalogue().table_styles().action_plan[i]))
            << styles.action_plan[i];
    EXPECT_EQ(welsh.rating().bands.back().title, "Coch");
}

// Tables Welsh providers type themselves.
TEST(WelshRiskTables, HeadersValuesAndDatesTypedInWelsh)
{
    EXPECT_THAT(
        columns_of({"Rhif", "Risg", "Tebygolrwydd", "Effaith", "Sgôr", "Perchennog",
                    "Rheolaethau presennol", "Camau pellach", "Dyddiad targed", "Statws"}),
        ElementsAre(C::Ref, C::Risk, C::InherentLikelihood, C::InherentImpact, C::InherentScore,
                    C::Owner, C::Controls, C::Actions, C::TargetDate, C::Status));
    EXPECT_THAT(
        columns_of(
            {"Cyf", "Risg", "Sgôr gynhenid", "Rheolaethau", "Sgôr weddilliol", "Statws RAG"}),
        ElementsAre(C::Ref, C::Risk, C::InherentScore, C::Controls, C::ResidualScore, C::Rag));
    EXPECT_EQ(plan_column_kind("Cyf. risg"), PlanColumn::RiskRef);
    EXPECT_EQ(plan_column_kind("Cyf. cam gweithredu"), PlanColumn::ActionId);
    EXPECT_EQ(plan_column_kind("Cam gweithredu"), PlanColumn::Action);
    EXPECT_EQ(plan_column_kind("Diweddariad ar gynnydd"), PlanColumn::Progress);

    const auto& scale = catalogue().rating();  // the English titles: the Welsh words still read
    EXPECT_THAT(parse_band("Coch", scale), Optional(std::string("red")));
    EXPECT_THAT(parse_band("Ambr", scale), Optional(std::string("amber")));
    EXPECT_THAT(parse_band("oren", scale), Optional(std::string("amber")));
    EXPECT_THAT(parse_band("Gwyrdd", scale), Optional(std::string("green")));
    EXPECT_THAT(parse_band("Isel", scale), Optional(std::string("green")));
    const Catalogue welsh =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu", "cy");
    EXPECT_THAT(parse_band("Red", welsh.rating()), Optional(std::string("red")))
        << "an English table in a Welsh office";

    // Ratings in words, in the other language's labels too.
    EXPECT_THAT(
        parse_rating("Tebygol iawn", scale.likelihood_labels, scale.other_likelihood_labels),
        Optional(4));
    EXPECT_THAT(parse_rating("Likely", welsh.rating().likelihood_labels,
                             welsh.rating().other_likelihood_labels),
                Optional(3));
    EXPECT_EQ(parse_rating("Tebygol", scale.likelihood_labels), std::nullopt)
        << "only where the other languages are asked";

    EXPECT_TRUE(is_complete("Cwblhawyd"));
    EXPECT_TRUE(is_complete("Wedi\u2019i gwblhau"));
    EXPECT_FALSE(is_complete("Ar y gweill"));
    EXPECT_THAT(parse_date("29 Tachwedd 2026"), Optional(std::string("2026-11-29")));
    EXPECT_THAT(parse_date("3 Mawrth 2027"), Optional(std::string("2027-03-03")));
    EXPECT_THAT(parse_date("1 Mai 2027"), Optional(std::string("2027-05-01")));
}
