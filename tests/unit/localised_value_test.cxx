// Choosing a localised configuration value as LibreOffice's configmgr does.
#include "odf/localised_value.hxx"

#include <gtest/gtest.h>

#include <optional>

namespace {

std::optional<std::string> pick_localised(const std::map<std::string, std::string>& values,
                                          std::string_view locale)
{
    const std::string* v = prevent::odf::pick_localised(values, locale);
    return v ? std::optional<std::string>(*v) : std::nullopt;
}

}  // namespace

TEST(LocalisedValue, PrefersTheExactTag)
{
    EXPECT_EQ(pick_localised({{"en-GB", "colour"}, {"en-US", "color"}}, "en-GB"), "colour");
    EXPECT_EQ(pick_localised({{"en-GB", "colour"}, {"en-US", "color"}}, "en-US"), "color");
}

TEST(LocalisedValue, DropsSegmentsFromTheEnd)
{
    EXPECT_EQ(pick_localised({{"sr-Latn", "latinica"}, {"sr", "ћирилица"}}, "sr-Latn-RS"),
              "latinica");
    EXPECT_EQ(pick_localised({{"cy", "Cymraeg"}, {"en-GB", "English"}}, "cy-GB"), "Cymraeg");
}

TEST(LocalisedValue, TakesTheFirstValueOfTheSameLanguage)
{
    // An office in en-US reads our en-GB strings.
    EXPECT_EQ(pick_localised({{"cy", "Cymraeg"}, {"en-GB", "English"}}, "en-US"), "English");
}

TEST(LocalisedValue, FallsBackToEnglishThenNoLanguageThenTheFirst)
{
    EXPECT_EQ(pick_localised({{"de", "Deutsch"}, {"en-US", "US"}, {"en", "plain"}}, "fr"), "US");
    EXPECT_EQ(pick_localised({{"de", "Deutsch"}, {"en", "plain"}}, "fr"), "plain");
    EXPECT_EQ(pick_localised({{"de", "Deutsch"}, {"", "neutral"}}, "fr"), "neutral");
    EXPECT_EQ(pick_localised({{"de", "Deutsch"}, {"cy", "Cymraeg"}}, "fr"), "Cymraeg");
    EXPECT_EQ(pick_localised({}, "fr"), std::nullopt);
}

TEST(LocalisedValue, DoesNotTakeALanguageThatOnlySharesLetters)
{
    // "en" must not match "eng" (a three-letter code): only "-" or "_" end a segment.
    EXPECT_EQ(pick_localised({{"eng", "three"}, {"", "neutral"}}, "en-GB"), "neutral");
}
