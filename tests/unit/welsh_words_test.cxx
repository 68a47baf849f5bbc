// Welsh headings read as English ones are: the mutation folding, plurals and stop words of
// core/welsh_words, and the matcher on Welsh and bilingual headings (docs/matching.md, "Welsh").
#include "core/heading_matcher.hxx"
#include "core/matching_words.hxx"
#include "core/welsh_words.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gmock/gmock.h>

using namespace prevent;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

const core::HeadingMatcher& matcher()
{
    static const core::Catalogue catalogue =
        odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    static const core::HeadingMatcher m(catalogue);
    return m;
}

std::vector<std::string> covered(const std::string& heading)
{
    return matcher().match(heading).covered;
}

std::vector<std::string> words(const std::string& text, const core::WelshLexicon& lexicon)
{
    std::vector<std::string> out;
    for (const auto& w : core::welsh_tokens(text, lexicon))
        out.push_back(w.word.word);
    return out;
}

}  // namespace

TEST(WelshWords, EachMutationIsReadBackToItsRadical)
{
    using core::radical_forms;
    // soft
    EXPECT_THAT(radical_forms("bolisi"), Contains("polisi"));
    EXPECT_THAT(radical_forms("dim"), Contains("tim"));
    EXPECT_THAT(radical_forms("gyfathrebu"), Contains("cyfathrebu"));
    EXPECT_THAT(radical_forms("fwrdd"), Contains("bwrdd"));
    EXPECT_THAT(radical_forms("fonitro"), Contains("monitro"));
    EXPECT_THAT(radical_forms("ddiogelu"), Contains("diogelu"));
    EXPECT_THAT(radical_forms("lywodraethu"), Contains("llywodraethu"));
    EXPECT_THAT(radical_forms("reoli"), Contains("rheoli"));
    EXPECT_THAT(radical_forms("ofal"), Contains("gofal"));
    EXPECT_THAT(radical_forms("weithdrefn"), Contains("gweithdrefn"));
    // nasal
    EXPECT_THAT(radical_forms("mholisi"), Contains("polisi"));
    EXPECT_THAT(radical_forms("nhim"), Contains("tim"));
    EXPECT_THAT(radical_forms("nghyfathrebu"), Contains("cyfathrebu"));
    EXPECT_THAT(radical_forms("mwrdd"), Contains("bwrdd"));
    EXPECT_THAT(radical_forms("niogelu"), Contains("diogelu"));
    EXPECT_THAT(radical_forms("ngweithdrefnau"), Contains("gweithdrefnau"));
    // aspirate, and h before a vowel
    EXPECT_THAT(radical_forms("pholisi"), Contains("polisi"));
    EXPECT_THAT(radical_forms("threfniadau"), Contains("trefniadau"));
    EXPECT_THAT(radical_forms("chyfathrebu"), Contains("cyfathrebu"));
    EXPECT_THAT(radical_forms("hasesiad"), Contains("asesiad"));
    // The word itself comes first; letters of their own are never taken for mutations.
    EXPECT_EQ(radical_forms("polisi").front(), "polisi");
    EXPECT_THAT(radical_forms("ffydd"), Not(Contains("bfydd")));
    EXPECT_THAT(radical_forms("ffydd"), Not(Contains("mfydd")));
    EXPECT_THAT(radical_forms("lles"), Not(Contains("lles").Times(2)));
    EXPECT_THAT(radical_forms("rhaglen"), Not(Contains("rhhaglen")));
    EXPECT_THAT(radical_forms("ei"), ElementsAre("ei"));  // too short to read as a mutation
}

TEST(WelshWords, PluralsAreReadAsTheirSingular)
{
    using core::singular_forms;
    EXPECT_THAT(singular_forms("polisiau"), Contains("polisi"));
    EXPECT_THAT(singular_forms("gweithdrefnau"), Contains("gweithdrefn"));
    EXPECT_THAT(singular_forms("risgiau"), Contains("risg"));
    EXPECT_THAT(singular_forms("disgyblion"), Contains("disgybl"));
    EXPECT_THAT(singular_forms("pryderon"), Contains("pryder"));
    EXPECT_THAT(singular_forms("gwerthoedd"), Contains("gwerth"));
    EXPECT_THAT(singular_forms("siaradwyr"), Contains("siaradwr"));
    EXPECT_THAT(singular_forms("myfyrwyr"), Contains("myfyriwr"));
    EXPECT_THAT(singular_forms("plant"), Contains("plentyn"));
    EXPECT_THAT(singular_forms("cynghorau"), Contains("cyngor"));
    // Singulars ending like plurals in -i or -edd are left alone.
    EXPECT_THAT(singular_forms("cyhoeddi"), IsEmpty());
    EXPECT_THAT(singular_forms("cyfrinachedd"), IsEmpty());
}

TEST(WelshWords, StopWordsAndMarkers)
{
    for (const char* w : {"a", "ac", "y", "yr", "r", "o", "i", "ar", "yn", "gyda", "mewn", "gyfer"})
        EXPECT_TRUE(core::is_welsh_stop_word(w)) << w;
    for (const char* w : {"polisi", "staff", "lles", "diogelu"})
        EXPECT_FALSE(core::is_welsh_stop_word(w)) << w;
    // Words English headings use too are no sign of Welsh.
    for (const char* w : {"y", "yr", "yn", "gyda", "mewn", "sydd"})
        EXPECT_TRUE(core::is_welsh_marker(w)) << w;
    for (const char* w : {"a", "i", "o", "am", "at"})
        EXPECT_FALSE(core::is_welsh_marker(w)) << w;
}

TEST(WelshWords, TheLexiconMakesEveryFormOfAWordOne)
{
    core::WelshLexicon lexicon;
    core::add_welsh_word_lists(lexicon);
    lexicon.add("Ystafell weddi");  // written mutated in a term
    lexicon.add("Siaradwyr allanol");
    lexicon.add("Polisïau a gweithdrefnau");
    EXPECT_THAT(words("Gweddi", lexicon), ElementsAre("weddi"));
    EXPECT_THAT(words("Ystafelloedd gweddi", lexicon), ElementsAre("ystafell", "weddi"));
    EXPECT_THAT(words("Siaradwr allanol", lexicon), ElementsAre("siaradwyr", "allanol"));
    EXPECT_THAT(words("Ein polisi a'n gweithdrefnau", lexicon),
                ElementsAre("polisi", "gweithdrefn"));
    EXPECT_THAT(words("Ei bolisïau a'i weithdrefnau", lexicon),
                ElementsAre("polisi", "gweithdrefn"));
    EXPECT_THAT(words("yng Ngweithdrefnau'r coleg", lexicon), ElementsAre("gweithdrefn", "coleg"));
    EXPECT_THAT(words("Diogelwch ar-lein", lexicon), ElementsAre("diogelwch", "arlein"));
    // A word list's own words are never read as mutations of each other.
    EXPECT_TRUE(core::is_sentence_word(*lexicon.canonical("dim")));
    EXPECT_TRUE(core::is_common_word(*lexicon.canonical("tim")));
    // A word nobody knows stays as written.
    EXPECT_EQ(lexicon.canonical("bangor"), nullptr);
}

TEST(WelshHeadings, CoverTheirAreasAsEnglishOnesDo)
{
    EXPECT_THAT(covered("Arweinyddiaeth a llywodraethu"), ElementsAre("leadership"));
    EXPECT_THAT(covered("Rôl y corff llywodraethu"), ElementsAre("leadership"));
    EXPECT_THAT(covered("Gweithio mewn partneriaeth"), ElementsAre("partnership"));
    EXPECT_THAT(covered("Siaradwyr allanol a digwyddiadau"), ElementsAre("speakers-events"));
    EXPECT_THAT(covered("3.2 Hyfforddiant staff"), ElementsAre("staff-training"));
    EXPECT_THAT(covered("Lles a gofal bugeiliol"), ElementsAre("welfare-pastoral"));
    EXPECT_THAT(covered("Hidlo a monitro"), ElementsAre("it-filtering"));
    EXPECT_THAT(covered("Ystafelloedd gweddi"), ElementsAre("prayer-faith-facilities"));
    // mutated after "ein", "a", "yng"
    EXPECT_THAT(covered("Ein polisïau a'n gweithdrefnau"), ElementsAre("policies-procedures"));
    EXPECT_THAT(covered("Rhannu gwybodaeth ac atgyfeirio"), ElementsAre("information-sharing"));
    // Welsh puts the modifier after the noun: safeguarding training is training.
    EXPECT_THAT(covered("Hyfforddiant diogelu"), ElementsAre("staff-training"));
}

TEST(WelshHeadings, BilingualHeadingsCountEachAreaOnce)
{
    EXPECT_THAT(covered("Hyfforddiant staff / Staff training"), ElementsAre("staff-training"));
    EXPECT_THAT(covered("Siaradwyr allanol | External speakers"), ElementsAre("speakers-events"));
    EXPECT_THAT(covered("Gweithio gyda'r heddlu / Working with the police"),
                ElementsAre("partnership"));
}

TEST(WelshHeadings, DecoysAndPartsOfTheDocumentCoverNothing)
{
    for (const char* heading :
         {"Diogelwch tân", "Cymorth cyntaf", "Ymweliadau addysgol", "Cyflwyniad", "Diben a chwmpas",
          "Polisi", "Cwestiynau Cyffredin", "Parcio ceir", "Cyngor"})
        EXPECT_THAT(covered(heading), IsEmpty()) << heading;
    EXPECT_TRUE(matcher().match("Cyflwyniad").document_part);
}

TEST(WelshHeadings, EnglishHeadingsReadAsBefore)
{
    // Words English shares with the Welsh lists ("staff", "data", "prevent") leave an English
    // heading English.
    EXPECT_THAT(covered("Staff training"), ElementsAre("staff-training"));
    EXPECT_THAT(covered("Data protection"), IsEmpty());
    EXPECT_THAT(covered("Prevent lead"), ElementsAre("leadership"));
}

// A heading's marked language (its paragraph's): marked Welsh, its words are read in Welsh
// too; the words still decide which language leads, for a mark is often only the office's
// default.
TEST(WelshHeadings, AMarkedLanguageIsAHintTheWordsStillDecide)
{
    EXPECT_THAT(matcher().match("Hyfforddiant diogelu", {}, "cy-GB").covered,
                ElementsAre("staff-training"));
    EXPECT_THAT(matcher().match("Safeguarding training", {}, "cy-GB").covered,
                ElementsAre("staff-training"))
        << "English marked Welsh: its modifier still first";
    EXPECT_THAT(matcher().match("Lles myfyrwyr", {}, "en-GB").covered,
                ElementsAre("welfare-pastoral"))
        << "Welsh marked English: read as Welsh by its words";
    EXPECT_THAT(matcher().match("Cyflwyniad", {}, "cy").covered, IsEmpty());
}
