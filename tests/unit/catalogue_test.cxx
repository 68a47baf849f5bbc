// The core catalogue model: ordering, profiles, expectations, bands, and validation.
#include "core/catalogue.hxx"

#include <gmock/gmock.h>

using namespace prevent::core;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

RatingScale default_rating()
{
    RatingScale r;
    r.likelihood_labels = {"Improbable", "Unlikely", "Likely", "Very likely", "Almost certain"};
    r.impact_labels = {"None or trivial", "Minor", "Moderate", "Major", "Catastrophic"};
    r.bands = {{"red", "Red", 15, 25, 0xE0301E, 3},
               {"green", "Green", 1, 4, 0x3CB043, 1},
               {"amber", "Amber", 5, 12, 0xFFBF00, 2}};
    return r;
}

std::vector<Profile> three_profiles()
{
    return {{"schools", "Schools", "", 3, {}},
            {"he", "Higher education", "", 1, {}},
            {"fe", "Further education", "", 2, {}}};
}

Area area(std::string id, int order, std::vector<std::string> expected,
          std::vector<std::string> recommended = {})
{
    Area a;
    a.id = id;
    a.title = "Title of " + id;
    a.description = "About " + id;
    a.synonyms = {id};
    a.expected_in = std::move(expected);
    a.recommended_in = std::move(recommended);
    a.source = "guidance";
    a.order = order;
    return a;
}

std::vector<Area> some_areas()
{
    return {area("speakers-events", 20, {"he", "fe"}, {"schools"}),
            area("leadership", 10, {"he", "fe", "schools"}),
            area("sensitive-research", 30, {"he"}, {"fe"})};
}

std::vector<std::string> ids(const std::vector<ProfileArea>& areas)
{
    std::vector<std::string> out;
    for (const auto& a : areas)
        out.push_back(a.area->id);
    return out;
}

// The problems a catalogue built from these parts is refused for (empty when it is valid).
std::vector<std::string> problems_of(std::vector<Profile> profiles, std::vector<Area> areas,
                                     RatingScale rating)
{
    try {
        Catalogue(std::move(profiles), std::move(areas), std::move(rating));
    } catch (const CatalogueError& e) {
        return e.problems();
    }
    return {};
}

}  // namespace

TEST(Catalogue, SortsProfilesAndAreasByTheirOrder)
{
    const Catalogue c(three_profiles(), some_areas(), default_rating());
    EXPECT_THAT(c.profile_ids(), ElementsAre("he", "fe", "schools"));
    EXPECT_EQ(c.areas().front().id, "leadership");
    EXPECT_THAT(ids(c.areas_for("he")),
                ElementsAre("leadership", "speakers-events", "sensitive-research"));
}

TEST(Catalogue, EqualOrdersFallBackToTheId)
{
    auto areas = some_areas();
    for (auto& a : areas)
        a.order = 0;
    const Catalogue c(three_profiles(), areas, default_rating());
    EXPECT_THAT(ids(c.areas_for("he")),
                ElementsAre("leadership", "sensitive-research", "speakers-events"));
}

TEST(Catalogue, GivesAProfileOnlyItsAreasWithTheirExpectation)
{
    const Catalogue c(three_profiles(), some_areas(), default_rating());
    const auto schools = c.areas_for("schools");
    ASSERT_THAT(ids(schools), ElementsAre("leadership", "speakers-events"));
    EXPECT_EQ(schools[0].expectation, Expectation::Expected);
    EXPECT_EQ(schools[1].expectation, Expectation::Recommended);
    EXPECT_EQ(expectation_name(schools[1].expectation), "recommended");
    EXPECT_EQ(c.areas_for("fe")[2].expectation, Expectation::Recommended);
}

TEST(Catalogue, RefusesAnUnknownProfileNamingTheKnownOnes)
{
    const Catalogue c(three_profiles(), some_areas(), default_rating());
    EXPECT_FALSE(c.has_profile("HE"));
    try {
        c.areas_for("nursery");
        FAIL() << "no exception";
    } catch (const UnknownProfile& e) {
        EXPECT_THAT(e.what(), HasSubstr("'nursery'"));
        EXPECT_THAT(e.what(), HasSubstr("he, fe, schools"));
    }
}

TEST(Catalogue, FindsAreasById)
{
    const Catalogue c(three_profiles(), some_areas(), default_rating());
    ASSERT_NE(c.find_area("speakers-events"), nullptr);
    EXPECT_EQ(c.find_area("speakers-events")->title, "Title of speakers-events");
    EXPECT_EQ(c.find_area("fire-safety"), nullptr);
}

TEST(RatingScale, PutsEveryPossibleScoreInItsBand)
{
    const Catalogue c(three_profiles(), some_areas(), default_rating());
    const auto band = [&](int score) { return c.rating().band_for_score(score)->id; };
    for (int s : {1, 2, 3, 4})
        EXPECT_EQ(band(s), "green") << s;
    for (int s : {5, 6, 8, 9, 10, 12})
        EXPECT_EQ(band(s), "amber") << s;
    for (int s : {15, 16, 20, 25})
        EXPECT_EQ(band(s), "red") << s;
    EXPECT_EQ(c.rating().band_for_score(0), nullptr);
    EXPECT_EQ(c.rating().band_for_score(26), nullptr);
    EXPECT_EQ(c.rating().bands.front().id, "green") << "bands are sorted by their order";
}

TEST(CatalogueValidation, AcceptsAValidCatalogue)
{
    EXPECT_THAT(problems_of(three_profiles(), some_areas(), default_rating()),
                ::testing::IsEmpty());
}

TEST(CatalogueValidation, RefusesDuplicateAndMalformedIds)
{
    auto areas = some_areas();
    areas.push_back(area("leadership", 40, {"he"}));
    areas.push_back(area("Bad Id", 50, {"he"}));
    auto profiles = three_profiles();
    profiles.push_back({"he", "Again", "", 4, {}});
    const auto problems = problems_of(profiles, areas, default_rating());
    EXPECT_THAT(problems, ::testing::Contains("area 'leadership' is defined twice"));
    EXPECT_THAT(problems,
                ::testing::Contains("area id 'Bad Id' is not a lower-case id (a-z, 0-9, -)"));
    EXPECT_THAT(problems, ::testing::Contains("profile 'he' is defined twice"));
}

TEST(CatalogueValidation, RefusesAreasThatNameUnknownProfilesOrNone)
{
    auto areas = some_areas();
    areas.push_back(area("orphan", 40, {}));
    areas.push_back(area("nursery-only", 50, {"nursery"}));
    areas.push_back(area("both", 60, {"he"}, {"he"}));
    const auto problems = problems_of(three_profiles(), areas, default_rating());
    EXPECT_THAT(problems, ::testing::Contains(
                              "area 'orphan' is neither expected nor recommended in any profile"));
    EXPECT_THAT(problems,
                ::testing::Contains("area 'nursery-only' names unknown profile 'nursery'"));
    EXPECT_THAT(problems, ::testing::Contains(
                              "area 'both' is both expected and recommended in profile 'he'"));
}

TEST(CatalogueValidation, RefusesMissingTitlesAndEmptySynonyms)
{
    auto areas = some_areas();
    areas[0].title.clear();
    areas[1].synonyms.push_back("");
    auto profiles = three_profiles();
    profiles[0].title.clear();
    const auto problems = problems_of(profiles, areas, default_rating());
    EXPECT_THAT(problems, ::testing::Contains("area 'speakers-events' has no title"));
    EXPECT_THAT(problems, ::testing::Contains("area 'leadership' has an empty synonym"));
    EXPECT_THAT(problems, ::testing::Contains("profile 'schools' has no title"));
}

TEST(CatalogueValidation, RefusesAProfileWithoutAreasAndAnEmptyCatalogue)
{
    auto profiles = three_profiles();
    profiles.push_back({"nursery", "Nursery", "", 4, {}});
    EXPECT_THAT(problems_of(profiles, some_areas(), default_rating()),
                ::testing::Contains("profile 'nursery' has no area"));
    const auto empty = problems_of({}, {}, default_rating());
    EXPECT_THAT(empty, ::testing::Contains("the catalogue has no profile"));
    EXPECT_THAT(empty, ::testing::Contains("the catalogue has no area"));
}

TEST(CatalogueValidation, RefusesBandsThatLeaveAScoreOutOrOverlap)
{
    auto gap = default_rating();
    gap.bands[2].minimum = 6;  // amber from 6: score 5 (1 x 5) falls in no band
    EXPECT_THAT(problems_of(three_profiles(), some_areas(), gap),
                ::testing::Contains("score 5 falls in no band"));

    auto overlap = default_rating();
    overlap.bands[0].minimum = 12;  // red from 12 overlaps amber's 12
    EXPECT_THAT(problems_of(three_profiles(), some_areas(), overlap),
                ::testing::Contains("score 12 falls in more than one band"));

    auto reversed = default_rating();
    reversed.bands[1].minimum = 30;
    EXPECT_THAT(problems_of(three_profiles(), some_areas(), reversed),
                ::testing::Contains(HasSubstr("bands must lie within 1 to 25")));

    auto none = default_rating();
    none.bands.clear();
    EXPECT_THAT(problems_of(three_profiles(), some_areas(), none),
                ::testing::Contains("the rating has no risk band"));
}

TEST(CatalogueValidation, ReportsAnUncoveredScoreOnce)
{
    auto gap = default_rating();
    gap.bands[1].maximum = 3;  // green to 3: score 4 (1 x 4 and 2 x 2) falls in no band
    const auto problems = problems_of(three_profiles(), some_areas(), gap);
    EXPECT_EQ(std::count(problems.begin(), problems.end(), "score 4 falls in no band"), 1);
}

TEST(CatalogueValidation, RefusesMissingScaleLabels)
{
    auto rating = default_rating();
    rating.impact_labels[4].clear();
    rating.likelihood_labels.pop_back();
    const auto problems = problems_of(three_profiles(), some_areas(), rating);
    EXPECT_THAT(problems, ::testing::Contains("impact 5 has no label"));
    EXPECT_THAT(problems, ::testing::Contains("the likelihood scale has 4 labels, not 5"));
}

TEST(CatalogueValidation, ListsEveryProblemInTheMessage)
{
    auto areas = some_areas();
    areas[0].title.clear();
    areas[1].expected_in = {"nursery"};
    try {
        Catalogue(three_profiles(), areas, default_rating());
        FAIL() << "no exception";
    } catch (const CatalogueError& e) {
        EXPECT_THAT(e.what(), HasSubstr("has no title"));
        EXPECT_THAT(e.what(), HasSubstr("unknown profile 'nursery'"));
    }
}
