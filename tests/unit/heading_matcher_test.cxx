// The heading matcher against the test table (tests/fixtures/heading_matches.tsv) and odd input.
#include "core/heading_matcher.hxx"
#include "core/heading_words.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

using namespace prevent;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

struct Row {
    int line;
    std::string heading;
    std::vector<std::string> covered, possible;
};

std::vector<std::string> split(const std::string& s, char separator)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, separator);)
        out.push_back(item);
    return out;
}

std::vector<Row> table()
{
    std::ifstream in(PREVENT_SOURCE_DIR "/tests/fixtures/heading_matches.tsv");
    std::vector<Row> rows;
    int line = 0;
    for (std::string text; std::getline(in, text);) {
        ++line;
        if (text.empty() || text[0] == '#')
            continue;
        const auto columns = split(text, '\t');
        if (columns.size() != 3)
            throw std::runtime_error("heading_matches.tsv line " + std::to_string(line) +
                                     ": not three columns");
        const auto areas = [](const std::string& c) {
            return c == "-" ? std::vector<std::string>() : split(c, ',');
        };
        rows.push_back({line, columns[0], areas(columns[1]), areas(columns[2])});
    }
    return rows;
}

const core::Catalogue& catalogue()
{
    static const core::Catalogue c =
        odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

// Areas in catalogue order, as the matcher gives them.
std::vector<std::string> ordered(std::vector<std::string> ids)
{
    std::vector<std::string> out;
    for (const auto& a : catalogue().areas())
        if (std::find(ids.begin(), ids.end(), a.id) != ids.end())
            out.push_back(a.id);
    return out;
}

}  // namespace

TEST(HeadingTable, HoldsEnoughHeadingsAndDecoys)
{
    const auto rows = table();
    EXPECT_GE(rows.size(), 100u);
    const auto decoys = std::count_if(rows.begin(), rows.end(), [](const Row& r) {
        return r.covered.empty() && r.possible.empty();
    });
    EXPECT_GE(decoys, 30);
}

TEST(HeadingTable, EverySynonymOfTheCatalogueAppearsInAHeading)
{
    const auto rows = table();
    for (const auto& area : catalogue().areas()) {
        for (const auto& synonym : area.synonyms) {
            const auto wanted = core::heading_words(synonym);
            const bool found = std::any_of(rows.begin(), rows.end(), [&](const Row& r) {
                const auto words = core::heading_words(r.heading);
                return std::includes(words.begin(), words.end(), wanted.begin(), wanted.end()) ||
                       std::search(words.begin(), words.end(), wanted.begin(), wanted.end()) !=
                           words.end();
            });
            EXPECT_TRUE(found) << area.id << ": no heading uses the synonym \"" << synonym << "\"";
        }
    }
}

TEST(HeadingTable, EveryHeadingMatchesAsAPreventLeadWouldRead)
{
    const core::HeadingMatcher matcher(catalogue());
    int wrong = 0;
    for (const auto& row : table()) {
        const auto got = matcher.match(row.heading);
        const bool right =
            got.covered == ordered(row.covered) && got.possible == ordered(row.possible);
        if (!right) {
            ++wrong;
            ADD_FAILURE() << "line " << row.line << ": \"" << row.heading << "\" covers ["
                          << ::testing::PrintToString(got.covered) << "] possibly ["
                          << ::testing::PrintToString(got.possible) << "]; expected "
                          << ::testing::PrintToString(row.covered) << " possibly "
                          << ::testing::PrintToString(row.possible);
        }
    }
    EXPECT_EQ(wrong, 0);
}

TEST(HeadingWords, FoldCaseAccentsNumberingPluralsAndAbbreviations)
{
    // Words come out as Snowball's English stems: "society" is "societi", "safety" "safeti".
    EXPECT_THAT(core::heading_words("3.2 Students’ Unions & Societies"),
                ElementsAre("student", "union", "societi"));
    EXPECT_THAT(core::heading_words("Section 4 – ICT and E-Safety"),
                ElementsAre("it", "onlin", "safeti"));
    EXPECT_THAT(core::heading_words("(b) Organizations"), ElementsAre("organis"));
    EXPECT_THAT(core::heading_words("iv) Sub-contractors"), ElementsAre("subcontractor"));
    EXPECT_THAT(core::heading_words("CTLP"), ElementsAre("counter", "terror", "local", "profil"));
    EXPECT_THAT(core::heading_words("Ｆｕｌｌｗｉｄｔｈ ＩＴ"), ElementsAre("fullwidth", "it"))
        << "NFKC";
    EXPECT_THAT(core::heading_words("Ḉhaplaincy"), ElementsAre("chaplainci"));
}

// A hyphen goes only after a whole word that is a known prefix and before a letter.
TEST(HeadingWords, HyphenatedPrefixesJoined)
{
    const core::WordOptions as_written{false, false, false};
    EXPECT_THAT(core::heading_words("Co-ordination and MULTI-agency", as_written),
                ElementsAre("coordination", "and", "multiagency"));
    EXPECT_THAT(core::heading_words("co-e-learning", as_written), ElementsAre("coelearning"))
        << "one after another";
    EXPECT_THAT(core::heading_words("Anti-extremism", as_written), ElementsAre("anti", "extremism"))
        << "not one of the prefixes";
    EXPECT_THAT(core::heading_words("Bee-keeping", as_written), ElementsAre("bee", "keeping"))
        << "'e' inside a word is no prefix";
    EXPECT_THAT(core::heading_words("pre-2020 and pre-", as_written),
                ElementsAre("pre", "2020", "and", "pre"))
        << "no letter after the hyphen";
    EXPECT_THAT(core::heading_words("2e-safety", as_written), ElementsAre("2e", "safety"))
        << "a number before the prefix makes it part of a longer word";
    EXPECT_THAT(core::heading_words("Self-éval", as_written), ElementsAre("selfeval"))
        << "an accented letter after the hyphen";
}

TEST(HeadingWords, InflectedAndDerivedFormsAreOneWord)
{
    const auto same = [](const char* a, const char* b) {
        return core::heading_words(a) == core::heading_words(b);
    };
    EXPECT_TRUE(same("trained", "training"));
    EXPECT_TRUE(same("train", "training"));
    EXPECT_TRUE(same("assessing", "assessment"));
    EXPECT_TRUE(same("monitored", "monitoring"));
    EXPECT_TRUE(same("referring", "referral"));
    EXPECT_TRUE(same("referrals", "referral"));
    EXPECT_TRUE(same("vetting", "vetted"));
    EXPECT_TRUE(same("engaging", "engagement"));
    EXPECT_TRUE(same("collaborating", "collaboration"));
    EXPECT_FALSE(same("references", "referrals")) << "a document's references are no referral";
    EXPECT_FALSE(same("police", "policy"));
    const core::WordOptions columns{false, false, false};
    EXPECT_THAT(core::heading_words("Training dates", columns), ElementsAre("training", "date"))
        << "column titles unstemmed";
}

TEST(HeadingWords, OddInputNeverThrows)
{
    const core::HeadingMatcher matcher(catalogue());
    EXPECT_THAT(core::heading_words(""), IsEmpty());
    EXPECT_THAT(matcher.match("").covered, IsEmpty());
    EXPECT_THAT(matcher.match("   \t ").covered, IsEmpty());
    EXPECT_THAT(matcher.match("12.3.4").covered, IsEmpty());
    const std::string long_heading = std::string(10000, 'x');
    EXPECT_THAT(matcher.match(long_heading).covered, IsEmpty());
    std::string long_words;
    while (long_words.size() < 10000)
        long_words += "External speakers and events ";
    EXPECT_THAT(matcher.match(long_words).covered, ElementsAre("speakers-events"));
    EXPECT_THAT(matcher.match("External speakers (Внешние)").covered,
                ElementsAre("speakers-events"))
        << "mixed scripts: one unknown word beside two known ones";
    EXPECT_THAT(matcher.match("Внешние спикеры: events").covered, IsEmpty())
        << "mostly unknown words: not a match";
    EXPECT_THAT(matcher.match("🎤 External speakers 🎤").covered, ElementsAre("speakers-events"))
        << "emoji are not words";
    EXPECT_THAT(matcher.match("المتحدثون الخارجيون").covered, IsEmpty()) << "right-to-left text";
    EXPECT_THAT(matcher.match("\xff\xfe External speakers").covered, ElementsAre("speakers-events"))
        << "invalid UTF-8";
}

// The document's first page is context: the provider's name, and whether it is a Prevent document.
TEST(HeadingContext, APreventDocumentsOutcomeSentencesAndTheProvidersName)
{
    const core::HeadingMatcher matcher(catalogue());
    const auto prevent = matcher.document_context(
        "PM Training Ltd\nPrevent risk assessment and action plan 2026-27");
    const auto other = matcher.document_context("PM Training Ltd\nHealth and safety policy");
    EXPECT_TRUE(prevent.on_prevent);
    EXPECT_FALSE(other.on_prevent);

    // An outcome sentence that names an area among many other words: about it in a Prevent
    // document, incidental in another.
    const char* outcome =
        "Governors receive a termly written update so that they can challenge leaders robustly";
    EXPECT_THAT(matcher.match(outcome, prevent).covered, ElementsAre("leadership"));
    EXPECT_THAT(matcher.match(outcome, other).covered, IsEmpty());
    // The provider's name is no subject, though it holds a word of the field.
    EXPECT_THAT(matcher.match("PM Training's duty", prevent).covered, IsEmpty());
    EXPECT_THAT(matcher.match("Staff training", prevent).covered, ElementsAre("staff-training"));
    // A short title with a part of the document stays a part of the document.
    EXPECT_THAT(matcher.match("Scope of this statement", prevent).covered, IsEmpty());
    // "Northgate" before "College" on the first page is a name: "Northgate's events" are events.
    const auto northgate = matcher.document_context("Northgate College\nPrevent duty policy");
    EXPECT_THAT(matcher.match("Events at Northgate", northgate).covered,
                ElementsAre("speakers-events"));
    EXPECT_THAT(matcher.match("Events at Northgate").covered, IsEmpty())
        << "without the page, an unknown word";
}
