// What Recalculate changes in a risk table (only the score and RAG cells that disagree with
// likelihood x impact, the RAG following the residual when rated) and the heat map table that
// Insert heat map writes, against the shipped catalogue's scale (1-4 green, 5-12 amber, 15-25 red).
#include "core/cell_address.hxx"
#include "core/risk_recalculation.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

using namespace prevent::core;

namespace {

const Catalogue& catalogue()
{
    static const Catalogue c =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

const std::vector<std::string> kTitles = {"Ref",        "Risk",           "Inherent L",
                                          "Inherent I", "Inherent score", "Residual L",
                                          "Residual I", "Residual score", "RAG"};

// A table of our scored columns (A..I) whose body rows hold these texts; cells named as Writer
// does.
TableGrid table(const std::vector<std::vector<std::string>>& body)
{
    TableGrid t;
    t.name = "PreventRisk_leadership_1";
    t.columns = static_cast<int>(kTitles.size());
    std::vector<std::vector<std::string>> rows{kTitles};
    rows.insert(rows.end(), body.begin(), body.end());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<GridCell> cells;
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            cells.push_back({rows[r][c], static_cast<int>(c), 1,
                             cell_address(static_cast<int>(c), static_cast<int>(r))});
        t.rows.push_back(std::move(cells));
    }
    return t;
}

RiskHeader header()
{
    std::vector<HeaderCell> cells;
    for (std::size_t c = 0; c < kTitles.size(); ++c)
        cells.push_back({kTitles[c], static_cast<int>(c), 1});
    return *read_risk_header({cells}, static_cast<int>(kTitles.size()));
}

std::vector<std::pair<std::string, std::string>> changes(
    const std::vector<std::vector<std::string>>& body)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& c : recalculation(table(body), header(), catalogue().rating()))
        out.emplace_back(c.address, c.value);
    return out;
}

using Change = std::pair<std::string, std::string>;

}  // namespace

TEST(Recalculation, ChangesOnlyTheCellsThatDisagree)
{
    // Right already: nothing to change.
    EXPECT_THAT(changes({{"R1", "a", "4", "4", "16", "2", "3", "6", "Amber"}}),
                ::testing::IsEmpty());
    // Both scores wrong, the RAG follows the residual (2 x 2 = 4: green).
    EXPECT_THAT(
        changes({{"R1", "a", "4", "4", "12", "2", "2", "6", "Amber"}}),
        ::testing::ElementsAre(Change{"E2", "16"}, Change{"H2", "4"}, Change{"I2", "Green"}));
    // No residual rating: the RAG follows the inherent score, and an empty residual score stays.
    EXPECT_THAT(changes({{"R2", "b", "5", "4", "", "", "", "", ""}}),
                ::testing::ElementsAre(Change{"E2", "20"}, Change{"I2", "Red"}));
    // A rating outside the scale, or none, leaves the row as written.
    EXPECT_THAT(changes({{"R3", "c", "7", "4", "1", "", "", "", "Green"},
                         {"R4", "d", "", "", "9", "", "", "", ""}}),
                ::testing::IsEmpty());
    // The rows below the header are addressed as the table names them.
    EXPECT_THAT(changes({{"R1", "a", "1", "1", "1", "", "", "", "Green"},
                         {"R2", "b", "3", "3", "6", "", "", "", "Amber"}}),
                ::testing::ElementsAre(Change{"E3", "9"}));
}

TEST(HeatMapTable, LabelsCountsAndBandColours)
{
    RiskRow high, low, inherent_only;
    high.residual_likelihood = 5, high.residual_impact = 4, high.residual_score = 20;
    low.residual_likelihood = 1, low.residual_impact = 2, low.residual_score = 2;
    inherent_only.inherent_likelihood = 5, inherent_only.inherent_impact = 4,
    inherent_only.inherent_score = 20;
    const auto map = heat_map_table({high, low, inherent_only}, catalogue());
    ASSERT_EQ(map.cells.size(), 6u);
    ASSERT_EQ(map.cells[0].size(), 6u);
    EXPECT_FALSE(map.cells[0][0].empty()) << "the corner says what the axes are";
    EXPECT_THAT(map.cells[0][1], ::testing::StartsWith("1"));
    EXPECT_THAT(map.cells[1][0], ::testing::StartsWith("5")) << "the most likely at the top";
    EXPECT_EQ(map.cells[1][4], "2")
        << "likelihood 5, impact 4: the residual and the inherent-only risk";
    EXPECT_EQ(map.cells[5][2], "1") << "likelihood 1, impact 2";
    EXPECT_EQ(map.cells[3][3], "") << "an empty cell shows nothing";
    const auto band = [&](const char* id) {
        for (const auto& b : catalogue().rating().bands)
            if (b.id == id)
                return b.colour;
        return std::uint32_t{0};
    };
    EXPECT_EQ(map.colours[1][4], band("red"));
    EXPECT_EQ(map.colours[5][2], band("green"));
    EXPECT_EQ(map.colours[3][3], band("amber")) << "3 x 3 = 9";
    EXPECT_FALSE(map.colours[0][1].has_value()) << "labels have no band colour";
    EXPECT_FALSE(map.colours[2][0].has_value());
}
