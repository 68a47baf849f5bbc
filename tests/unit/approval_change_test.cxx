// The rules that say whether a change since the approval is significant (docs/approval.md) and
// the record of the risks an approval keeps.
#include "core/approval_change.hxx"
#include "core/percent_escape.hxx"

#include <gmock/gmock.h>

using namespace prevent::core;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

RatingScale scale()
{
    RatingScale s;
    s.bands = {{"green", "Green", 1, 4, 0x00AA00, 1},
               {"amber", "Amber", 5, 12, 0xFFBF00, 2},
               {"red", "Red", 15, 25, 0xCC0000, 3}};
    return s;
}

RiskRow row(const std::string& ref, int inherent, int residual, const std::string& rag = "")
{
    RiskRow r;
    r.ref = ref;
    r.inherent_score = inherent;
    r.residual_score = residual;
    r.rag = rag;
    return r;
}

Approval approval()
{
    Approval a;
    a.digest = "d-then";
    a.sections = {{"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    return a;
}

ChangeInputs inputs()
{
    ChangeInputs in;
    in.digest_now = "d-now";
    in.sections_now = {{"", "s0"}, {"1. Leadership", "s1"}, {"2. Welfare", "s2"}};
    in.risks_now = {{"R1", 12, 6, "amber"}, {"R2", 16, 12, "amber"}};
    in.risks_then = in.risks_now;
    in.areas_now = {{"leadership", "covered"}, {"welfare-pastoral", "covered"}};
    in.areas_then = in.areas_now;
    return in;
}

const std::map<std::string, std::string> kTitles = {
    {"leadership", "Leadership and governance oversight"},
    {"welfare-pastoral", "Welfare, pastoral care and chaplaincy"}};

}  // namespace

TEST(RecordedRisks, ScoresAndBandsFromTheRowsAndBackFromTheProperty)
{
    const auto recorded = record_risks(
        {row("R1", 12, 6), row("R2", 20, 15), row("R3", 0, 0, "Green"), row("R4", 0, 0, "")},
        scale());
    ASSERT_EQ(recorded.size(), 4u);
    EXPECT_EQ(recorded[0].band, "amber") << "by the residual score";
    EXPECT_EQ(recorded[1].band, "red");
    EXPECT_EQ(recorded[2].band, "green") << "a RAG-only table: by its word";
    EXPECT_EQ(recorded[3].band, "") << "nothing says";

    const std::vector<RecordedRisk> odd = {{"R,1;%x", 12, 6, "amber"}, {"", 0, 0, ""}};
    const std::string encoded = encode_risks(odd);
    EXPECT_EQ(encoded, "R%2C1%3B%25x,12,6,amber;,0,0,");
    const auto back = decode_risks(encoded);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].ref, "R,1;%x");
    EXPECT_EQ(back[0].inherent, 12);
    EXPECT_EQ(back[0].residual, 6);
    EXPECT_EQ(back[0].band, "amber");
    EXPECT_THAT(decode_risks(""), IsEmpty());
    EXPECT_EQ(decode_risks("R1,12,6,amber;garbage;R2,x,3,red").size(), 2u)
        << "an entry not written by the toolkit is left out; a bad number reads 0";

    const std::map<std::string, std::string> areas = {{"leadership", "covered"},
                                                      {"a=b;c", "not-applicable"}};
    EXPECT_EQ(decode_area_states(encode_area_states(areas)), areas);
}

TEST(ChangeAssessment, TheSameContentIsNoChange)
{
    auto in = inputs();
    in.digest_now = "d-then";
    const auto change = assess_change(approval(), in, scale(), kTitles);
    EXPECT_EQ(change.level, "none");
    EXPECT_THAT(change.reasons, IsEmpty());
}

TEST(ChangeAssessment, WordingInsideASectionIsMinor)
{
    auto in = inputs();
    in.sections_now[1].digest = "s1-edited";
    const auto change = assess_change(approval(), in, scale(), kTitles);
    EXPECT_EQ(change.level, "minor");
    EXPECT_THAT(change.reasons, ElementsAre("the wording of \u201c1. Leadership\u201d changed"));
    EXPECT_THAT(change.movements, IsEmpty());
}

TEST(ChangeAssessment, RisksAddedRemovedOrChangingBandAreSignificant)
{
    auto in = inputs();
    in.risks_now = {{"R2", 16, 16, "red"}, {"R4", 20, 8, "amber"}};
    in.sections_now[2].digest = "s2-edited";
    const auto change = assess_change(approval(), in, scale(), kTitles);
    EXPECT_EQ(change.level, "significant");
    EXPECT_THAT(change.reasons,
                ElementsAre("R2 rose from amber to red", "R4 was added", "R1 was removed",
                            "the wording of \u201c2. Welfare\u201d changed"));
    ASSERT_EQ(change.movements.size(), 3u);
    EXPECT_EQ(change.movements[0].kind, "up");
    EXPECT_EQ(change.movements[0].before->residual, 12);
    EXPECT_EQ(change.movements[0].after->residual, 16);
    EXPECT_EQ(change.movements[1].kind, "added");
    EXPECT_FALSE(change.movements[1].before.has_value());
    EXPECT_EQ(change.movements[2].kind, "removed");
    EXPECT_FALSE(change.movements[2].after.has_value());

    in = inputs();
    in.risks_now[1] = {"R2", 16, 4, "green"};
    EXPECT_THAT(assess_change(approval(), in, scale(), kTitles).reasons,
                ElementsAre("R2 fell from amber to green"));
    in.risks_now[1] = {"R2", 16, 9, "amber"};
    const auto within = assess_change(approval(), in, scale(), kTitles);
    EXPECT_EQ(within.level, "minor") << "rescored within its band";
    EXPECT_THAT(within.reasons, ElementsAre("R2 was rescored within its band (residual 12 to 9)"));
}

TEST(ChangeAssessment, SectionsAddedOrDeletedAndAreaStatesAreSignificant)
{
    auto in = inputs();
    in.sections_now = {{"", "s0"}, {"1. Leadership", "s1"}, {"1a. Online safety", "n"}};
    in.areas_now["welfare-pastoral"] = "missing";
    const auto change = assess_change(approval(), in, scale(), kTitles);
    EXPECT_EQ(change.level, "significant");
    EXPECT_THAT(change.reasons,
                ElementsAre("\u201cWelfare, pastoral care and chaplaincy\u201d went from covered "
                            "to missing",
                            "the section \u201c1a. Online safety\u201d was added",
                            "the section \u201c2. Welfare\u201d was deleted"));
}

TEST(ChangeAssessment, AnOlderApprovalWithoutRecordsSaysSo)
{
    auto in = inputs();
    in.risks_then.reset();
    in.areas_then.reset();
    in.risks_now.push_back({"R9", 25, 25, "red"});
    in.areas_now["leadership"] = "missing";
    in.sections_now[1].digest = "s1-edited";
    const auto change = assess_change(approval(), in, scale(), kTitles);
    EXPECT_FALSE(change.risks_recorded);
    EXPECT_EQ(change.level, "minor") << "nothing to compare risks and areas with";
    EXPECT_THAT(change.reasons, ElementsAre("there is no record of the risks at that approval",
                                            "the wording of \u201c1. Leadership\u201d changed"));
    EXPECT_THAT(change.movements, IsEmpty());
}

// The one escape of the packed approval properties (sections, risks, areas).
TEST(PercentEscape, SeparatorsPercentAndControlsRoundTrip)
{
    const std::string text =
        "R1,a;b=c%d\te\x7f"
        "f \xC3\xA9";
    EXPECT_EQ(percent_escaped(text, ",;"), "R1%2Ca%3Bb=c%25d%09e%7Ff \xC3\xA9");
    EXPECT_EQ(percent_escaped(text, "=;"), "R1,a%3Bb%3Dc%25d%09e%7Ff \xC3\xA9");
    EXPECT_EQ(percent_unescaped(percent_escaped(text, ",;")), text);
    EXPECT_EQ(percent_unescaped(percent_escaped(text, "=;")), text);
}

TEST(PercentEscape, APercentWithoutTwoHexDigitsIsKept)
{
    EXPECT_EQ(percent_unescaped("50% of %zz and %4"), "50% of %zz and %4");
    EXPECT_EQ(percent_unescaped("%3b%3B"), ";;");
}
