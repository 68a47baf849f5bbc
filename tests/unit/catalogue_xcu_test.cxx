// The .xcu reader of src/odf: the shipped catalogue read from disk, the parts of the
// configuration format it understands, and clear errors for damaged or foreign files.
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

#include <fstream>
#include <map>
#include <sstream>

using namespace prevent;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

const std::string kShipped = PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu";

std::string read_text(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A small but valid catalogue, with room for one more area's XML and extra properties.
std::string xcu(
    const std::string& extra_area = "", const std::string& rating_extra = "",
    const std::string& likelihood = "Improbable|Unlikely|Likely|Very likely|Almost certain")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" oor:package="org.preventtoolkit" oor:name="Catalogue">
  <node oor:name="Profiles">
    <node oor:name="he" oor:op="replace">
      <prop oor:name="Order"><value>1</value></prop>
      <prop oor:name="Title"><value xml:lang="en-GB">Higher education</value><value xml:lang="cy">Addysg uwch</value></prop>
    </node>
  </node>
  <node oor:name="Areas">
    <node oor:name="leadership" oor:op="replace">
      <prop oor:name="Order"><value>10</value></prop>
      <prop oor:name="Title"><value xml:lang="en-GB">Leadership</value><value xml:lang="cy">Arweinyddiaeth</value></prop>
      <prop oor:name="Synonyms"><value xml:lang="en-GB" oor:separator="|">Leadership|Students' union, societies</value></prop>
      <prop oor:name="Expected"><value oor:separator="|">he</value></prop>
    </node>)" +
           extra_area +
           R"(
  </node>
  <node oor:name="Rating">
    <prop oor:name="LikelihoodLabels"><value xml:lang="en-GB" oor:separator="|">)" +
           likelihood + R"(</value></prop>
    <prop oor:name="ImpactLabels"><value xml:lang="en-GB"><it>None or trivial</it><it>Minor</it><it>Moderate</it><it>Major</it><it>Catastrophic</it></value></prop>
    <node oor:name="Bands">
      <node oor:name="low" oor:op="replace"><prop oor:name="Title"><value xml:lang="en-GB">Low</value></prop>
        <prop oor:name="Minimum"><value>1</value></prop><prop oor:name="Maximum"><value>9</value></prop></node>
      <node oor:name="high" oor:op="replace"><prop oor:name="Title"><value xml:lang="en-GB">High</value></prop>
        <prop oor:name="Order"><value>2</value></prop>
        <prop oor:name="Minimum"><value>10</value></prop><prop oor:name="Maximum"><value>25</value></prop></node>)" +
           rating_extra + R"(
    </node>
  </node>
</oor:component-data>
)";
}

// The message of the error reading this text raises, or "" when it reads.
std::string error_of(const std::string& text)
{
    try {
        odf::parse_catalogue_xcu(text, "test.xcu");
    } catch (const odf::CatalogueFileError& e) {
        return e.what();
    }
    return "";
}

// PREVENT.md section 2: expected (E) or recommended (R) for he, fe, schools; '-' not in the
// profile.
const std::map<std::string, std::string> kExpectations = {
    {"leadership", "EEE"},
    {"partnership", "EEE"},
    {"external-intelligence", "EEE"},
    {"ra-action-plan", "EEE"},
    {"staff-training", "EEE"},
    {"welfare-pastoral", "EER"},
    {"prayer-faith-facilities", "EE-"},
    {"speakers-events", "EER"},
    {"it-filtering", "EEE"},
    {"sensitive-research", "ER-"},
    {"students-union", "ER-"},
    {"student-engagement", "EER"},
    {"information-sharing", "EEE"},
    {"estates-premises", "EEE"},
    {"external-relationships", "EER"},
    {"policies-procedures", "RER"},
    {"curriculum-resilience", "-EE"},
    {"monitoring-reporting", "ERR"},
};

}  // namespace

TEST(ShippedCatalogue, HasTheThreeProfiles)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    EXPECT_THAT(c.profile_ids(), ElementsAre("he", "fe", "schools"));
    EXPECT_EQ(c.profiles()[0].title, "Higher education");
    EXPECT_EQ(c.profiles()[1].title, "Further education and skills");
    EXPECT_EQ(c.profiles()[2].title, "Schools");
}

TEST(ShippedCatalogue, HoldsEveryAreaOfTheGuidanceWithItsExpectations)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    ASSERT_EQ(c.areas().size(), kExpectations.size());
    const char* profiles[] = {"he", "fe", "schools"};
    for (const auto& [id, flags] : kExpectations) {
        SCOPED_TRACE(id);
        const auto* a = c.find_area(id);
        ASSERT_NE(a, nullptr);
        for (int p = 0; p < 3; ++p) {
            const auto e = a->expectation_in(profiles[p]);
            const char want = flags[static_cast<std::size_t>(p)];
            if (want == '-')
                EXPECT_FALSE(e.has_value()) << profiles[p];
            else
                EXPECT_EQ(
                    e, want == 'E' ? core::Expectation::Expected : core::Expectation::Recommended)
                    << profiles[p];
        }
        EXPECT_FALSE(a->title.empty());
        EXPECT_FALSE(a->description.empty());
        EXPECT_FALSE(a->source.empty());
    }
    EXPECT_EQ(c.areas_for("he").size(), 17u);
    EXPECT_EQ(c.areas_for("fe").size(), 18u);
    EXPECT_EQ(c.areas_for("schools").size(), 15u);
}

TEST(ShippedCatalogue, KeepsSynonymsWhole)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    EXPECT_THAT(c.find_area("leadership")->synonyms,
                ::testing::IsSupersetOf({"Leadership", "Single point of contact", "SPOC",
                                         "Oversight group", "Management and co-ordination"}));
    EXPECT_THAT(c.find_area("students-union")->synonyms,
                ::testing::Contains("Students, students' unions and societies"));
    EXPECT_THAT(c.find_area("it-filtering")->synonyms,
                ::testing::IsSupersetOf({"IT", "ICT", "E-safety"}));
    EXPECT_EQ(c.find_area("leadership")->title, "Leadership and governance oversight");
}

// The new-assessment wizard's questions: 2 to 4 for every area of every profile it belongs to;
// "[he, fe]" keeps a question to those profiles.
TEST(ShippedCatalogue, GivesEveryAreaItsPromptsForEachOfItsProfiles)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    for (const auto& profile : c.profiles())
        for (const auto& pa : c.areas_for(profile.id)) {
            SCOPED_TRACE(profile.id + " " + pa.area->id);
            const auto prompts = pa.area->prompts_for(profile.id);
            EXPECT_GE(prompts.size(), 2u);
            EXPECT_LE(prompts.size(), 4u);
            for (const auto& p : prompts) {
                EXPECT_EQ(p.find('['), std::string::npos) << p;
                EXPECT_EQ(p.back(), '?') << "a question: " << p;
            }
        }
    const auto* prayer = c.find_area("prayer-faith-facilities");
    EXPECT_EQ(prayer->prompts_for("schools").size(), 0u) << "every one is for he and fe";
    EXPECT_EQ(prayer->prompts_for("he").size(), prayer->prompts.size());
    EXPECT_THAT(c.find_area("external-intelligence")->prompts_for("schools"),
                ::testing::Contains(::testing::HasSubstr("CTLP briefing")));
}

TEST(ShippedCatalogue, HasTheRatingScaleAndBands)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    EXPECT_THAT(c.rating().likelihood_labels,
                ElementsAre("Improbable", "Unlikely", "Likely", "Very likely", "Almost certain"));
    EXPECT_THAT(c.rating().impact_labels,
                ElementsAre("None or trivial", "Minor", "Moderate", "Major", "Catastrophic"));
    const auto& bands = c.rating().bands;
    ASSERT_EQ(bands.size(), 3u);
    EXPECT_EQ(bands[0].id, "green");
    EXPECT_EQ(bands[0].minimum, 1);
    EXPECT_EQ(bands[0].maximum, 4);
    EXPECT_EQ(bands[0].colour, 0x3CB043u);
    EXPECT_EQ(bands[1].id, "amber");
    EXPECT_EQ(bands[1].minimum, 5);
    EXPECT_EQ(bands[1].maximum, 12);
    EXPECT_EQ(bands[2].id, "red");
    EXPECT_EQ(bands[2].minimum, 15);
    EXPECT_EQ(bands[2].maximum, 25);
}

TEST(XcuReader, ReadsSeparatorItemAndLocalisedValues)
{
    const auto c = odf::parse_catalogue_xcu(xcu(), "test.xcu");
    EXPECT_THAT(c.find_area("leadership")->synonyms,
                ElementsAre("Leadership", "Students' union, societies"));
    EXPECT_EQ(c.rating().impact_labels[4], "Catastrophic");
    EXPECT_EQ(c.find_area("leadership")->title, "Leadership");
    const auto welsh = odf::parse_catalogue_xcu(xcu(), "test.xcu", "cy-GB");
    EXPECT_EQ(welsh.find_area("leadership")->title, "Arweinyddiaeth");
    EXPECT_EQ(welsh.profiles()[0].title, "Addysg uwch");
}

TEST(XcuReader, SplitsAListWithoutSeparatorAtWhiteSpace)
{
    const auto c = odf::parse_catalogue_xcu(
        xcu(R"(<node oor:name="extra"><prop oor:name="Title"><value>Extra</value></prop>
               <prop oor:name="Expected"><value>  he
               </value></prop></node>)"),
        "test.xcu");
    EXPECT_THAT(c.find_area("extra")->expected_in, ElementsAre("he"));
}

TEST(XcuReader, HonoursRemoveAndReplace)
{
    const auto removed = odf::parse_catalogue_xcu(
        xcu(R"(<node oor:name="extra"><prop oor:name="Title"><value>Extra</value></prop>
                 <prop oor:name="Expected"><value>he</value></prop></node>
               <node oor:name="extra" oor:op="remove"/>)"),
        "test.xcu");
    EXPECT_EQ(removed.find_area("extra"), nullptr);
    const auto replaced = odf::parse_catalogue_xcu(
        xcu(R"(<node oor:name="leadership" oor:op="replace"><prop oor:name="Title"><value>New</value></prop>
                 <prop oor:name="Expected"><value>he</value></prop></node>)"),
        "test.xcu");
    EXPECT_EQ(replaced.find_area("leadership")->title, "New");
    EXPECT_TRUE(replaced.find_area("leadership")->synonyms.empty())
        << "replace drops the old properties";
}

TEST(DamagedXcu, NotXmlAtAll)
{
    EXPECT_THAT(error_of("hello, governors"), HasSubstr("test.xcu:1: not a readable XML file"));
    EXPECT_THAT(error_of(""), HasSubstr("not a readable XML file"));
    EXPECT_THAT(error_of(std::string("PK\x03\x04\x14\0\0\0", 8)),
                HasSubstr("not a readable XML file"));
}

TEST(DamagedXcu, TruncatedFileNamesTheLine)
{
    const std::string shipped = read_text(kShipped);
    const std::string half = shipped.substr(0, shipped.size() / 2);
    const auto message = error_of(half);
    EXPECT_THAT(message, HasSubstr("not a readable XML file"));
    const auto lines = std::count(half.begin(), half.end(), '\n');
    EXPECT_THAT(message, HasSubstr("test.xcu:" + std::to_string(lines + 1) + ":"));
}

TEST(DamagedXcu, ForeignConfigurationFiles)
{
    EXPECT_THAT(error_of("<html><body>Catalogue</body></html>"),
                HasSubstr("not a LibreOffice configuration file"));
    EXPECT_THAT(
        error_of(R"(<oor:component-data xmlns:oor="http://openoffice.org/2001/registry"
        oor:package="org.openoffice.Office" oor:name="Common"/>)"),
        HasSubstr(
            "configuration data for 'org.openoffice.Office.Common', not for the Prevent Toolkit"));
}

TEST(DamagedXcu, RefusesADocumentTypeDeclaration)
{
    const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" oor:package="org.preventtoolkit" oor:name="Catalogue">&lol2;</oor:component-data>)";
    EXPECT_THAT(error_of(laughs), HasSubstr("document type declaration"));
}

TEST(DamagedXcu, BadNumbersNameTheAreaAndLine)
{
    const std::string text = xcu(R"(
    <node oor:name="extra"><prop oor:name="Title"><value>Extra</value></prop>
      <prop oor:name="Order"><value>ten</value></prop></node>)");
    const auto message = error_of(text);
    EXPECT_THAT(message, HasSubstr("area 'extra': Order is not a whole number ('ten')"));
    const auto at = text.find("<value>ten");
    const auto line =
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1;
    EXPECT_THAT(message, HasSubstr("test.xcu:" + std::to_string(line) + ":"));
    EXPECT_THAT(
        error_of(xcu("", R"(<node oor:name="x"><prop oor:name="Title"><value>X</value></prop>
        <prop oor:name="Minimum"><value>26</value></prop><prop oor:name="Maximum"><value>30</value></prop>
        <prop oor:name="Colour"><value>99999999</value></prop></node>)")),
        HasSubstr("band 'x': Colour 99999999 is out of range"));
}

TEST(DamagedXcu, MissingBandBoundsAndWrongLabelCounts)
{
    EXPECT_THAT(
        error_of(
            xcu("", R"(<node oor:name="x"><prop oor:name="Title"><value>X</value></prop></node>)")),
        HasSubstr("band 'x' has no Minimum"));
    EXPECT_THAT(error_of(xcu("", "", "Rare|Possible|Likely|Certain")),
                HasSubstr("the likelihood scale has 4 labels, not 5"));
}

TEST(DamagedXcu, AnInvalidCatalogueListsItsProblems)
{
    const auto message = error_of(xcu(
        R"(<node oor:name="extra"><prop oor:name="Expected"><value>nursery</value></prop></node>)"));
    EXPECT_THAT(message, HasSubstr("test.xcu: the catalogue is not valid"));
    EXPECT_THAT(message, HasSubstr("area 'extra' has no title"));
    EXPECT_THAT(message, HasSubstr("area 'extra' names unknown profile 'nursery'"));
}

TEST(DamagedXcu, UnexpectedElements)
{
    EXPECT_THAT(error_of(xcu(R"(<script>alert(1)</script>)")),
                HasSubstr("unexpected element <script>"));
    EXPECT_THAT(error_of(xcu(R"(<node><prop oor:name="Title"/></node>)")),
                HasSubstr("a <node> has no oor:name"));
}

TEST(DamagedXcu, FilesThatCannotBeRead)
{
    try {
        odf::read_catalogue_xcu("/nonexistent/Catalogue.xcu");
        FAIL() << "no exception";
    } catch (const odf::CatalogueFileError& e) {
        EXPECT_THAT(e.what(), HasSubstr("/nonexistent/Catalogue.xcu: cannot be read"));
    }
    EXPECT_THROW(odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry"), odf::CatalogueFileError);
}

TEST(ShippedCatalogue, HasTheColumnsOfTheThreeRiskTableStyles)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    EXPECT_EQ(c.table_styles().scored.size(), 15u);
    EXPECT_EQ(c.table_styles().scored.front(), "Ref");
    EXPECT_THAT(c.table_styles().rag,
                ElementsAre("Ref", "Risk", "Existing controls", "Further actions", "Owner", "RAG"));
    EXPECT_THAT(c.table_styles().narrative,
                ElementsAre("Category", "Risk", "Hazard", "Risk management",
                            "Further action needed", "Lead officer", "Date for completion"));
}

TEST(ShippedCatalogue, HasTheActionPlanColumnsInOrder)
{
    const auto c = odf::read_catalogue_xcu(kShipped);
    ASSERT_EQ(c.table_styles().action_plan.size(), 14u);
    EXPECT_EQ(c.table_styles().action_plan.front(), "Action ID");
    EXPECT_EQ(c.table_styles().action_plan.back(), "Last updated");
}

TEST(DamagedXcu, ActionPlanTitlesOutOfOrder)
{
    const auto message = error_of(xcu("", "").replace(
        xcu("", "").rfind("</oor:component-data>"), 21,
        R"(<node oor:name="ActionPlan"><prop oor:name="Columns"><value oor:separator="|">Risk ref|Action ID|Area|Action|Outcome sought|Owner|Start date|Due date|Status|RAG|Progress update|Evidence|Completed date|Last updated</value></prop></node></oor:component-data>)"));
    EXPECT_THAT(
        message,
        HasSubstr(
            "the action plan's column titles are not read back as the 14 plan columns in order"));
}

TEST(DamagedXcu, RiskTableTitlesThatWouldNotBeRecognised)
{
    const auto message = error_of(xcu("", "").replace(
        xcu("", "").rfind("</oor:component-data>"), 21,
        R"(<node oor:name="RiskTables"><prop oor:name="RagColumns"><value oor:separator="|">Name|Phone|Email</value></prop></node></oor:component-data>)"));
    EXPECT_THAT(message,
                HasSubstr("the rag risk table's column titles are not recognised as a risk table"));
}
