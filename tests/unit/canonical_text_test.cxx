// The vectors of docs/digest.md: the canonical text of Writer paragraphs and Calc cells, its
// SHA-256, and the section digests. The hashes were computed with Python's hashlib.
#include "core/canonical_text.hxx"

#include <gmock/gmock.h>

using namespace prevent::core;
using ::testing::ElementsAre;
using ::testing::Field;

namespace {

CanonicalParagraph line(const std::string& text, int level = 0)
{
    return {{{text, "", ""}}, level};
}

CanonicalCell cell(const char* address, CellKind kind, const std::string& text, double number = 0)
{
    return {address, kind, text, number};
}

}  // namespace

TEST(CanonicalText, AnEmptyDocument)
{
    EXPECT_EQ(canonical_text(std::vector<CanonicalParagraph>{}), "");
    EXPECT_EQ(digest_of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(CanonicalText, WriterVector)
{
    const std::vector<CanonicalParagraph> paragraphs = {
        line("Prevent risk assessment", 1),
        line("  Our   approach\tis  simple. "),
        line(""),
        {{{"Reviewed on ", "", ""}, {"", "date", ""}}, 0},
        line("Cafe\u0301\u00a0menu"),
    };
    const std::string text = canonical_text(paragraphs);
    EXPECT_EQ(text,
              "Prevent risk assessment\nOur approach is simple.\nReviewed on "
              "<field:date>\nCaf\u00e9 menu\n");
    EXPECT_EQ(digest_of(text), "2165c4939776d5907020e0195971d26d0ae86c51872497c4444e9f867bb21805");
}

TEST(CanonicalText, CalcVector)
{
    const std::vector<CanonicalSheet> sheets = {
        {"Action plan",
         {cell("A1", CellKind::Text, "Action"), cell("B1", CellKind::Text, "Due"),
          cell("A2", CellKind::Text, " Train  staff "), cell("B2", CellKind::Date, "", 46234),
          cell("C2", CellKind::Number, "", 2.5), cell("D2", CellKind::Formula, "=C2*2"),
          cell("E2", CellKind::Number, "", 3), cell("F2", CellKind::Number, "", -0.0001),
          cell("G2", CellKind::DateTime, "", 46234.5625), cell("H2", CellKind::Text, " \t ")}}};
    const std::string text = canonical_text(sheets);
    EXPECT_EQ(text,
              "sheet\tAction plan\nA1\tAction\nB1\tDue\nA2\tTrain "
              "staff\nB2\t2026-07-31\nC2\t2.5\nD2\t=C2*2\nE2\t3\n"
              "F2\t-1e-04\nG2\t2026-07-31T13:30:00\n");
    EXPECT_EQ(digest_of(text), "79032bc38cb433bb8a8c729774fa055408f06b4d6e6b424397e5bed801a7234d");
}

TEST(CanonicalText, NumbersInTheirShortestRoundTripForm)
{
    EXPECT_EQ(canonical_number(3), "3");
    EXPECT_EQ(canonical_number(-0.0), "0");
    EXPECT_EQ(canonical_number(0.1), "0.1");
    EXPECT_EQ(canonical_number(1234567.0), "1234567");
    EXPECT_EQ(std::stod(canonical_number(1.0 / 3.0)), 1.0 / 3.0) << "round trip";
}

TEST(CanonicalText, WriterSectionDigests)
{
    const std::vector<CanonicalParagraph> paragraphs = {
        line("Introduction text"),
        line("1. Leadership", 1),
        line("The board leads."),
        line("1.1 Detail", 2),
        line("More."),
        line("2. Welfare", 1),
        line("Chaplaincy."),
        line("2. Welfare", 1),
        line("Again."),
    };
    EXPECT_THAT(
        section_digests(paragraphs),
        ElementsAre(
            AllOf(Field(&SectionDigest::key, ""),
                  Field(&SectionDigest::digest,
                        "4a60ed83c9582746f7b76a8f0c46e8aa6fbbe4ff286939da48a176f40f7239e9")),
            AllOf(Field(&SectionDigest::key, "1. Leadership"),
                  Field(&SectionDigest::digest,
                        "6e30aeb56ea00d61ab9ac62d33a128883765ff8248dbae5a56d25096823fa038")),
            AllOf(Field(&SectionDigest::key, "2. Welfare"),
                  Field(&SectionDigest::digest,
                        "4194c6d8918137411ee518d47f9b424b397099f1f80b99fed98d3ed8785e8c03")),
            AllOf(Field(&SectionDigest::key, "2. Welfare (2)"),
                  Field(&SectionDigest::digest,
                        "83b6c0259c219019af73420b9c91922d1e28aecfa73d63d38d1eb99787db890f"))));
}

TEST(CanonicalText, OnlyWordsMoveTheDigest)
{
    const std::vector<CanonicalParagraph> before = {line("Speakers", 1),
                                                    line("All speakers are vetted.")};
    const std::vector<CanonicalParagraph> spaced = {
        line(" Speakers ", 1), line("All  speakers\u00a0are vetted."), line("  ")};
    const std::vector<CanonicalParagraph> edited = {line("Speakers", 1),
                                                    line("All speakers are checked.")};
    EXPECT_EQ(digest_of(canonical_text(before)), digest_of(canonical_text(spaced)));
    EXPECT_NE(digest_of(canonical_text(before)), digest_of(canonical_text(edited)));
    EXPECT_EQ(section_digests(before)[0].digest, section_digests(spaced)[0].digest);
}

TEST(CanonicalText, CalcSectionsAreSheets)
{
    const std::vector<CanonicalSheet> sheets = {{"Plan", {cell("A1", CellKind::Text, "x")}},
                                                {"Plan", {}}};
    const auto sections = section_digests(sheets);
    ASSERT_EQ(sections.size(), 2u);
    EXPECT_EQ(sections[0].key, "Plan");
    EXPECT_EQ(sections[0].digest, digest_of("sheet\tPlan\nA1\tx\n"));
    EXPECT_EQ(sections[1].key, "Plan (2)");
}

// content_digests is the same rule as digest_of(canonical_text) and section_digests, in one pass.
TEST(CanonicalText, ContentDigestsAgreeWithTheSeparateRules)
{
    using namespace prevent::core;
    const std::vector<CanonicalParagraph> paragraphs = {
        {{{"Introduction text", "", ""}}, 0}, {{{"1. Leadership", "", ""}}, 1},
        {{{"The board leads.", "", ""}}, 0},  {{{"Reviewed on ", "", ""}, {"", "date", ""}}, 0},
        {{{"2. Welfare", "", ""}}, 1},        {{{"  ", "", ""}}, 0},
        {{{"2. Welfare", "", ""}}, 1}};
    const auto both = content_digests(paragraphs);
    EXPECT_EQ(both.digest, digest_of(canonical_text(paragraphs)));
    const auto sections = section_digests(paragraphs);
    ASSERT_EQ(both.sections.size(), sections.size());
    for (std::size_t i = 0; i < sections.size(); ++i) {
        EXPECT_EQ(both.sections[i].key, sections[i].key);
        EXPECT_EQ(both.sections[i].digest, sections[i].digest);
    }
    const std::vector<CanonicalSheet> sheets = {
        {"Action plan", {{"A1", CellKind::Text, "Action", 0}}},
        {"Action plan", {{"B2", CellKind::Number, "", 2.5}}}};
    const auto calc = content_digests(sheets);
    EXPECT_EQ(calc.digest, digest_of(canonical_text(sheets)));
    ASSERT_EQ(calc.sections.size(), 2u);
    EXPECT_EQ(calc.sections[1].key, "Action plan (2)");
    EXPECT_EQ(calc.sections[1].digest, section_digests(sheets)[1].digest);
}

// ASCII lines take a short way round ICU: the same rule, white space U+0009..U+000D and space.
TEST(CanonicalText, AsciiLinesFollowTheSameRule)
{
    using prevent::core::canonical_line;
    EXPECT_EQ(canonical_line(" \tOur\v\fapproach\r\n is  simple. "), "Our approach is simple.");
    EXPECT_EQ(canonical_line("a\x1f b"), "a\x1f b") << "U+001F is not White_Space";
    EXPECT_EQ(canonical_line("\xc3\xa9\t\v x\x1f  y "), "\xc3\xa9 x\x1f y")
        << "the ICU path agrees";
    EXPECT_EQ(canonical_line("   "), "");
}
