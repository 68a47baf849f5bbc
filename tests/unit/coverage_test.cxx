// Coverage of a profile from a document's outline: states, marks and findings.
#include "core/coverage.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

using namespace prevent;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

const core::Catalogue& catalogue()
{
    static const core::Catalogue c =
        odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

const core::HeadingMatcher& matcher()
{
    static const core::HeadingMatcher m(catalogue());
    return m;
}

// {text, level}: level 0 is body text.
core::Outline outline(std::initializer_list<std::pair<const char*, int>> paragraphs)
{
    core::Outline o;
    for (const auto& [text, level] : paragraphs)
        o.paragraphs.push_back({text, level, false, false});
    return o;
}

const core::AreaCoverage& area(const core::CoverageReport& r, const std::string& id)
{
    return *std::find_if(r.areas.begin(), r.areas.end(),
                         [&](const core::AreaCoverage& a) { return a.area_id == id; });
}

std::vector<std::string> codes_for(const core::CoverageReport& r, const std::string& id)
{
    std::vector<std::string> out;
    for (const auto& f : r.findings)
        if (f.area_id == id)
            out.push_back(f.code + "@" + f.location);
    return out;
}

}  // namespace

TEST(Coverage, AHeadingWithTextCoversItsArea)
{
    const auto r = core::check_coverage(catalogue(), matcher(),
                                        outline({{"Introduction", 1},
                                                 {"Why this matters.", 0},
                                                 {"2. External speakers and events", 1},
                                                 {"All events are booked.", 0}}),
                                        "he", {});
    EXPECT_EQ(r.profile, "he");
    ASSERT_EQ(r.areas.size(), 17u);
    EXPECT_EQ(area(r, "speakers-events").state, "covered");
    EXPECT_THAT(area(r, "speakers-events").headings,
                ElementsAre("2. External speakers and events"));
    EXPECT_EQ(area(r, "speakers-events").location, "heading:2");
    EXPECT_THAT(codes_for(r, "speakers-events"), IsEmpty());
}

TEST(Coverage, PlaceholderTextLeavesTheSectionEmpty)
{
    const auto r = core::check_coverage(catalogue(), matcher(),
                                        outline({{"Prayer rooms", 1},
                                                 {"Click here to enter text.", 0},
                                                 {"TBC", 0},
                                                 {"Staff training", 1},
                                                 {"[Insert the training record]", 0}}),
                                        "he", {});
    EXPECT_EQ(area(r, "prayer-faith-facilities").state, "empty");
    EXPECT_THAT(codes_for(r, "prayer-faith-facilities"), ElementsAre("area-empty@heading:1"));
    EXPECT_EQ(area(r, "staff-training").state, "empty");
}

TEST(Coverage, ContentInSubsectionsCountsForTheirParent)
{
    const auto r = core::check_coverage(catalogue(), matcher(),
                                        outline({{"Welfare and pastoral support", 1},
                                                 {"Chaplaincy", 2},
                                                 {"The chaplains meet weekly.", 0}}),
                                        "he", {});
    EXPECT_EQ(area(r, "welfare-pastoral").state, "covered");
    EXPECT_THAT(area(r, "welfare-pastoral").headings,
                ElementsAre("Welfare and pastoral support", "Chaplaincy"));
}

TEST(Coverage, ASectionEndsAtTheNextHeadingOfItsLevel)
{
    const auto r = core::check_coverage(
        catalogue(), matcher(),
        outline({{"Estates", 1}, {"Lettings", 1}, {"Checked by conference services.", 0}}), "fe",
        {});
    EXPECT_EQ(area(r, "estates-premises").state, "covered")
        << "Lettings is the same area and has content";
    const auto r2 = core::check_coverage(
        catalogue(), matcher(),
        outline({{"Estates", 1}, {"Staff training", 1}, {"All staff are trained.", 0}}), "fe", {});
    EXPECT_EQ(area(r2, "estates-premises").state, "empty");
}

TEST(Coverage, MissingAreasAreErrorsWhenExpectedAndWarningsWhenRecommended)
{
    const auto r = core::check_coverage(catalogue(), matcher(), outline({}), "he", {});
    EXPECT_EQ(area(r, "leadership").state, "missing");
    const auto severity = [&](const std::string& id) {
        for (const auto& f : r.findings)
            if (f.area_id == id && f.code == "area-missing")
                return f.severity + "@" + f.location;
        return std::string("none");
    };
    EXPECT_EQ(severity("leadership"), "error@document");
    EXPECT_EQ(severity("policies-procedures"), "warning@document");
    EXPECT_EQ(r.findings.size(), 17u);
    EXPECT_THAT(r.findings.front().message, ::testing::HasSubstr("expected for Higher education"));
}

TEST(Coverage, MarksFromTheDocument)
{
    core::CoverageMarks marks;
    marks.not_applicable["sensitive-research"] = "We do no research.";
    marks.covered_by["it-filtering"] = "Digital services";
    marks.covered_by["students-union"] = "A heading that was deleted";
    const auto r = core::check_coverage(
        catalogue(), matcher(), outline({{"Digital services", 1}, {"Filtering is in place.", 0}}),
        "he", marks);
    EXPECT_EQ(area(r, "sensitive-research").state, "not-applicable");
    EXPECT_EQ(area(r, "sensitive-research").reason, "We do no research.");
    EXPECT_THAT(codes_for(r, "sensitive-research"),
                ElementsAre("not-applicable-expected@document"));
    EXPECT_EQ(area(r, "it-filtering").state, "covered");
    EXPECT_THAT(area(r, "it-filtering").headings, ElementsAre("Digital services"));
    EXPECT_EQ(area(r, "students-union").state, "missing");
    EXPECT_THAT(codes_for(r, "students-union"),
                ElementsAre("covered-by-heading-gone@document", "area-missing@document"));
}

TEST(Coverage, PossibleMatchesAreInfoFindingsForUncoveredAreas)
{
    const auto r = core::check_coverage(
        catalogue(), matcher(), outline({{"Security", 1}, {"Doors are locked at night.", 0}}), "he",
        {});
    EXPECT_EQ(area(r, "estates-premises").state, "missing");
    EXPECT_THAT(codes_for(r, "estates-premises"),
                ElementsAre("area-missing@document", "possible-match@heading:1"));
}

TEST(Coverage, BoldParagraphsInADocumentWithoutHeadingsAreCandidates)
{
    core::Outline o;
    o.paragraphs = {{"External speakers", 0, true, false},
                    {"Speakers are checked.", 0, false, false},
                    {"Note.", 0, true, false},
                    {"Text.", 0, false, false}};
    const auto r = core::check_coverage(catalogue(), matcher(), o, "he", {});
    std::vector<std::string> candidates;
    for (const auto& f : r.findings)
        if (f.code == "candidate-heading")
            candidates.push_back(f.location);
    EXPECT_THAT(candidates, ElementsAre("paragraph:1"))
        << "a bold sentence ending in a full stop is not one";
}

TEST(Coverage, UnknownProfileIsRefused)
{
    EXPECT_THROW(core::check_coverage(catalogue(), matcher(), outline({}), "nursery", {}),
                 core::UnknownProfile);
}

TEST(Placeholder, RecognisesTheUsualPlaceholders)
{
    for (const char* p :
         {"", "  ", "Click here to enter text.", "Click or tap here to enter text.", "TBC", "tbd.",
          "To be confirmed", "[Insert details]", "Lorem ipsum dolor sit amet", "xxx"})
        EXPECT_TRUE(core::is_placeholder(p)) << p;
    for (const char* p :
         {"TBC by the Board in March", "N/A: no research is done", "Events are checked."})
        EXPECT_FALSE(core::is_placeholder(p)) << p;
}
