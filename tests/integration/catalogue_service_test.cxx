// org.preventtoolkit.Catalogue in a real office: its answers, its refusals, and agreement with
// the reading of the same .xcu from disk (src/odf), which prevent-check will use.
#include "build_paths.hxx"
#include "catalogue_client.hxx"
#include "uno_values.hxx"

#include "odf/catalogue_xcu.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <gmock/gmock.h>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::utf8;
using rtl::OUString;
using ::testing::ElementsAre;

namespace {

std::vector<std::string> area_ids(const css::uno::Sequence<org::preventtoolkit::Area>& areas)
{
    std::vector<std::string> ids;
    for (const auto& a : areas)
        ids.push_back(utf8(a.Id));
    return ids;
}

const org::preventtoolkit::Area* find(const css::uno::Sequence<org::preventtoolkit::Area>& areas,
                                      const char* id)
{
    for (const auto& a : areas)
        if (utf8(a.Id) == id)
            return &a;
    return nullptr;
}

}  // namespace

TEST(CatalogueService, ListsTheThreeProfilesInOrder)
{
    EXPECT_THAT(utf8(catalogue()->getProfiles()), ElementsAre("he", "fe", "schools"));
}

TEST(CatalogueService, GivesEachProfileItsAreasInCatalogueOrder)
{
    const auto he = catalogue()->getAreas("he");
    EXPECT_THAT(
        area_ids(he),
        ElementsAre("leadership", "partnership", "external-intelligence", "ra-action-plan",
                    "staff-training", "welfare-pastoral", "prayer-faith-facilities",
                    "speakers-events", "it-filtering", "sensitive-research", "students-union",
                    "student-engagement", "information-sharing", "estates-premises",
                    "external-relationships", "policies-procedures", "monitoring-reporting"));
    EXPECT_EQ(catalogue()->getAreas("fe").getLength(), 18);
    const auto schools = catalogue()->getAreas("schools");
    EXPECT_EQ(schools.getLength(), 15);
    EXPECT_EQ(find(schools, "prayer-faith-facilities"), nullptr)
        << "prayer facilities are not a schools area";
    EXPECT_EQ(find(he, "curriculum-resilience"), nullptr) << "British values are not an HE area";
}

TEST(CatalogueService, SaysWhetherAnAreaIsExpectedOrRecommended)
{
    const auto he = catalogue()->getAreas("he");
    const auto schools = catalogue()->getAreas("schools");
    const auto* speakers_he = find(he, "speakers-events");
    const auto* speakers_schools = find(schools, "speakers-events");
    ASSERT_NE(speakers_he, nullptr);
    ASSERT_NE(speakers_schools, nullptr);
    EXPECT_EQ(utf8(speakers_he->Expectation), "expected");
    EXPECT_EQ(utf8(speakers_schools->Expectation), "recommended");
    const auto* policies_he = find(he, "policies-procedures");
    ASSERT_NE(policies_he, nullptr);
    EXPECT_EQ(utf8(policies_he->Expectation), "recommended");
}

TEST(CatalogueService, FillsEveryFieldOfEveryArea)
{
    for (const auto& profile : catalogue()->getProfiles()) {
        for (const auto& a : catalogue()->getAreas(profile)) {
            SCOPED_TRACE(utf8(a.Id));
            EXPECT_FALSE(a.Title.isEmpty());
            EXPECT_FALSE(a.Description.isEmpty());
            EXPECT_GE(a.Synonyms.getLength(), 5);
            EXPECT_GE(a.Keywords.getLength(), 5) << "body keywords: evidence from a section's text";
            EXPECT_FALSE(a.Source.isEmpty());
            EXPECT_TRUE(a.Expectation == "expected" || a.Expectation == "recommended");
            EXPECT_GE(a.Prompts.getLength(), 2) << "the wizard's questions for the section";
            for (const auto& p : a.Prompts)
                EXPECT_EQ(p.indexOf('['), -1) << "the profiles' tag taken off: " << utf8(p);
        }
    }
    const auto he = catalogue()->getAreas("he");
    const auto* su = find(he, "students-union");
    ASSERT_NE(su, nullptr);
    EXPECT_EQ(utf8(su->Title), "Students' union and societies");
    EXPECT_THAT(utf8(su->Synonyms),
                ::testing::Contains("Students, students' unions and societies"));
    EXPECT_THAT(utf8(su->Source), ::testing::HasSubstr("para 124"));
}

TEST(CatalogueService, RefusesAnUnknownProfileByName)
{
    for (const char* bad : {"", "HE", "nursery", " he"}) {
        try {
            catalogue()->getAreas(OUString::createFromAscii(bad));
            ADD_FAILURE() << "no exception for profile '" << bad << "'";
        } catch (const css::lang::IllegalArgumentException& e) {
            EXPECT_THAT(utf8(e.Message), ::testing::HasSubstr("unknown profile"));
            EXPECT_THAT(utf8(e.Message), ::testing::HasSubstr("he, fe, schools"));
        }
    }
}

// The configuration API (inside LibreOffice) and src/odf (prevent-check, from the file on disk)
// must give the same catalogue, value for value.
TEST(CatalogueService, AgreesWithTheXcuReaderOnEveryValue)
{
    const auto from_file = prevent::odf::read_catalogue_xcu(prevent::testing::build_path(
        "PREVENT_CATALOGUE_XCU", PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu"));
    EXPECT_EQ(utf8(catalogue()->getProfiles()), from_file.profile_ids());
    for (const auto& profile : from_file.profile_ids()) {
        SCOPED_TRACE(profile);
        const auto expected = from_file.areas_for(profile);
        const auto served = catalogue()->getAreas(OUString::fromUtf8(profile.c_str()));
        ASSERT_EQ(static_cast<std::size_t>(served.getLength()), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& want = *expected[i].area;
            const auto& got = served[static_cast<sal_Int32>(i)];
            SCOPED_TRACE(want.id);
            EXPECT_EQ(utf8(got.Id), want.id);
            EXPECT_EQ(utf8(got.Title), want.title);
            EXPECT_EQ(utf8(got.Description), want.description);
            EXPECT_EQ(utf8(got.Synonyms), want.synonyms);
            EXPECT_EQ(utf8(got.Keywords), want.keywords);
            EXPECT_EQ(utf8(got.Expectation),
                      prevent::core::expectation_name(expected[i].expectation));
            EXPECT_EQ(utf8(got.Source), want.source);
        }
    }
}
