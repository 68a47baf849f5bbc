// The version proposed for the board: the approved one when nothing changed, else one up.
#include "core/version_label.hxx"

#include <gtest/gtest.h>

using prevent::core::proposed_version;

TEST(ProposedVersion, ItsLastNumberGoesUpWhenTheAssessmentChanged)
{
    EXPECT_EQ(proposed_version("3.0", true), "3.1");
    EXPECT_EQ(proposed_version("4", true), "5");
    EXPECT_EQ(proposed_version("v2.9", true), "v2.10");
    EXPECT_EQ(proposed_version("1.99", true), "1.100");
    EXPECT_EQ(proposed_version("2026-27 v1 (final)", true), "2026-27 v2 (final)");
    EXPECT_EQ(proposed_version("99999999999999999999", true), "100000000000000000000");
}

TEST(ProposedVersion, TheSameWhenNothingChanged)
{
    EXPECT_EQ(proposed_version("3.0", false), "3.0");
    EXPECT_EQ(proposed_version("Final", false), "Final");
}

TEST(ProposedVersion, NothingWhenThereIsNoNumber)
{
    EXPECT_EQ(proposed_version("", true), "");
    EXPECT_EQ(proposed_version("Draft", true), "");
}
