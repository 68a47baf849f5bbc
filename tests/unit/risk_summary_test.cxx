// The Risks panel's numbers: where each risk stands on the heat map, and the counts by band and
// by area, against the shipped catalogue's scale (bands 1-4 green, 5-12 amber, 15-25 red).
#include "core/risk_summary.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

using namespace prevent::core;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::IsEmpty;
using ::testing::Optional;

namespace {

const Catalogue& catalogue()
{
    static const Catalogue c =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

RiskRow risk(const char* area, int il, int ii, int rl, int ri)
{
    RiskRow r;
    r.area_id = area;
    r.inherent_likelihood = il;
    r.inherent_impact = ii;
    r.residual_likelihood = rl;
    r.residual_impact = ri;
    return r;
}

MATCHER_P3(At, likelihood, impact, residual, "")
{
    return arg.likelihood == likelihood && arg.impact == impact && arg.residual == residual;
}

}  // namespace

TEST(RiskSummary, ResidualRatingPlacesARiskAndInherentStandsInWhenThereIsNone)
{
    EXPECT_THAT(grid_position(risk("leadership", 4, 5, 2, 3)), Optional(At(2, 3, true)));
    EXPECT_THAT(grid_position(risk("leadership", 4, 5, 0, 0)), Optional(At(4, 5, false)));
    EXPECT_EQ(grid_position(risk("leadership", 4, 5, 2, 0)), std::nullopt)
        << "half a residual rating";
    EXPECT_EQ(grid_position(risk("leadership", 0, 0, 0, 0)), std::nullopt);
    EXPECT_EQ(grid_position(risk("leadership", 4, 5, 6, 2)), std::nullopt) << "off the scale";
}

TEST(RiskSummary, CellsHoldTheirRisksAndBandsAndAreasAreCounted)
{
    const std::vector<RiskRow> risks = {
        risk("speakers-events", 4, 4, 1, 2),  // green (2)
        risk("speakers-events", 5, 5, 4, 4),  // red (16)
        risk("it-filtering", 3, 4, 0, 0),     // amber (12), inherent only
        risk("leadership", 0, 0, 0, 0),       // not rated
        risk("", 2, 2, 1, 2),                 // green, area unknown
    };
    const auto s = summarise_risks(risks, catalogue());
    EXPECT_THAT(s.at(1, 2), ElementsAre(0, 4));
    EXPECT_THAT(s.at(4, 4), ElementsAre(1));
    EXPECT_THAT(s.at(3, 4), ElementsAre(2));
    EXPECT_THAT(s.at(5, 5), IsEmpty());
    int placed = 0;
    for (int l = 1; l <= kScaleSteps; ++l)
        for (int i = 1; i <= kScaleSteps; ++i)
            placed += s.count_at(l, i);
    EXPECT_EQ(placed, 4) << "the unrated risk is on no cell";
    EXPECT_THROW(s.at(0, 3), std::out_of_range);

    EXPECT_THAT(s.by_band,
                ElementsAre(AllOf(Field(&BandCount::band_id, "green"), Field(&BandCount::count, 2)),
                            AllOf(Field(&BandCount::band_id, "amber"), Field(&BandCount::count, 1)),
                            AllOf(Field(&BandCount::band_id, "red"), Field(&BandCount::count, 1)),
                            AllOf(Field(&BandCount::band_id, ""), Field(&BandCount::count, 1))));
    // Catalogue order: leadership comes before speakers-events and it-filtering.
    EXPECT_THAT(
        s.by_area,
        ElementsAre(
            AllOf(Field(&AreaCount::area_id, "leadership"), Field(&AreaCount::count, 1)),
            AllOf(Field(&AreaCount::area_id, "speakers-events"), Field(&AreaCount::count, 2)),
            AllOf(Field(&AreaCount::area_id, "it-filtering"), Field(&AreaCount::count, 1)),
            AllOf(Field(&AreaCount::area_id, ""), Field(&AreaCount::count, 1))));
}

TEST(RiskSummary, NoRisksGivesEmptyCellsAndZeroBands)
{
    const auto s = summarise_risks({}, catalogue());
    EXPECT_EQ(s.count_at(5, 5), 0);
    EXPECT_THAT(s.by_band, ElementsAre(Field(&BandCount::count, 0), Field(&BandCount::count, 0),
                                       Field(&BandCount::count, 0)));
    EXPECT_THAT(s.by_area, IsEmpty());
}
