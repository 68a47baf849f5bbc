// The words written into documents and undo lists come from one table, with their arguments.
#include "core/document_strings.hxx"
#include "core/findings.hxx"

#include <gtest/gtest.h>

using namespace prevent::core;

TEST(DocumentWords, FillsInArgumentsAndRefusesUnknownKeys)
{
    EXPECT_EQ(document_words("undo-insert-section", {"Leadership"}), "Insert section: Leadership");
    EXPECT_EQ(document_words("scale-step", {"4", "Very likely"}), "4 Very likely");
    EXPECT_THROW(document_words("no-such-words"), std::out_of_range);
    EXPECT_EQ(fill_in("{0} and {0}, not {2}", {"a{0}", "b"}), "a{0} and a{0}, not {2}")
        << "arguments are not re-read";
    EXPECT_EQ(finding_message("risk-no-owner", {"R7"}), "Risk R7 has no owner.");
}
