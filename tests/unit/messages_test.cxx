// The message catalogue of src/core and src/cli (src/core/messages/*.properties): every language
// has every message, with the same placeholders; the language follows the scope in force.
#include "core/findings.hxx"
#include "core/long_date.hxx"
#include "core/messages.hxx"

#include <gmock/gmock.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <regex>
#include <set>
#include <thread>

using namespace prevent::core;
using ::testing::ElementsAre;

namespace {

std::set<std::string> placeholders(const std::string& text)
{
    std::set<std::string> out;
    static const std::regex mark(R"(\{\d+\})");
    for (std::sregex_iterator it(text.begin(), text.end(), mark), end; it != end; ++it)
        out.insert(it->str());
    return out;
}

std::string edges(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    if (first == std::string::npos)
        return "all spaces";
    return std::to_string(first) + "/" + std::to_string(text.size() - 1 - last);
}

}  // namespace

TEST(Messages, EnglishFirstThenWelsh)
{
    EXPECT_THAT(message_languages(), ElementsAre("en-GB", "cy"));
}

// A message without its Welsh fails here, and so does a Welsh one that lost a placeholder or
// the space a caller joins it by.
TEST(Messages, EveryLanguageHasEveryMessageWithTheSamePlaceholders)
{
    const auto english = message_keys("en-GB");
    ASSERT_GT(english.size(), 200u);
    for (const auto& language : message_languages()) {
        const auto keys = message_keys(language);
        EXPECT_EQ(keys, english) << language << ": the same keys in the same order";
        for (const auto& key : english) {
            const std::string en = message_in("en-GB", key), text = message_in(language, key);
            EXPECT_FALSE(text.empty()) << language << ": " << key;
            EXPECT_EQ(placeholders(text), placeholders(en)) << language << ": " << key;
            EXPECT_EQ(edges(text), edges(en)) << language << ": " << key;
            EXPECT_EQ(std::count(text.begin(), text.end(), '\n'),
                      std::count(en.begin(), en.end(), '\n'))
                << language << ": " << key;
        }
    }
}

// prevent-check --help is read in a terminal: no line of it wraps in 80 columns, in any language.
TEST(Messages, TheHelpFitsEightyColumns)
{
    for (const auto& language : message_languages()) {
        const std::string help = message_in(language, "cli.help");
        std::size_t start = 0;
        while (start < help.size()) {
            const auto end = std::min(help.find('\n', start), help.size());
            const std::string line = help.substr(start, end - start);
            const auto columns = std::count_if(line.begin(), line.end(), [](char c) {
                return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // one per character
            });
            EXPECT_LE(columns, 79) << language << ": " << line;
            start = end + 1;
        }
    }
}

TEST(Messages, WelshIsWelsh)
{
    // Spot checks that the Welsh file is a translation and not a copy.
    std::size_t same = 0;
    const auto keys = message_keys("en-GB");
    for (const auto& key : keys)
        same += message_in("cy", key) == message_in("en-GB", key) ? 1 : 0;
    EXPECT_LT(same, keys.size() / 10) << "messages the same in both languages";
    EXPECT_NE(message_in("cy", "finding.approval-missing"),
              message_in("en-GB", "finding.approval-missing"));
}

TEST(Messages, TheLanguageOfALocaleOrTag)
{
    EXPECT_EQ(message_language_for("cy"), "cy");
    EXPECT_EQ(message_language_for("cy-GB"), "cy");
    EXPECT_EQ(message_language_for("cy_GB.UTF-8"), "cy");
    EXPECT_EQ(message_language_for("CY_gb.utf8"), "cy");
    EXPECT_EQ(message_language_for("en-GB"), "en-GB");
    EXPECT_EQ(message_language_for("en_US.UTF-8"), "en-GB");
    EXPECT_EQ(message_language_for("C"), "en-GB");
    EXPECT_EQ(message_language_for("fr_FR.UTF-8"), "en-GB") << "a language we do not speak";
    EXPECT_EQ(message_language_for(""), "en-GB");
}

TEST(Messages, AScopeSetsTheLanguageOfItsThreadOnly)
{
    const std::string english = message("finding.approval-missing");
    EXPECT_EQ(message_language(), "en-GB");
    {
        const MessageLanguage welsh("cy");
        EXPECT_EQ(message_language(), "cy");
        EXPECT_EQ(message("finding.approval-missing"),
                  message_in("cy", "finding.approval-missing"));
        EXPECT_EQ(finding_message("approval-missing", {}),
                  message_in("cy", "finding.approval-missing"));
        std::string elsewhere;
        std::thread([&] { elsewhere = message_language(); }).join();
        EXPECT_EQ(elsewhere, "en-GB") << "another thread keeps the default";
        {
            const MessageLanguage inner("en-GB");
            EXPECT_EQ(message("finding.approval-missing"), english);
        }
        EXPECT_EQ(message_language(), "cy");
    }
    EXPECT_EQ(message_language(), "en-GB");
    const MessageLanguage unknown("fr");
    EXPECT_EQ(message_language(), "en-GB") << "a language we do not speak is English";
}

TEST(Messages, UnknownKeysAndCodes)
{
    EXPECT_THROW(message("finding.no-such-code"), std::out_of_range);
    EXPECT_FALSE(has_message("finding.no-such-code"));
    EXPECT_EQ(finding_message("no-such-code", {}), "no-such-code") << "the code itself";
}

TEST(Messages, DatesInTheLanguageInForce)
{
    const boost::gregorian::date day(2026, 11, 29);
    EXPECT_EQ(long_date(day), "29 November 2026");
    EXPECT_EQ(long_date(day, "cy"), "29 Tachwedd 2026");
    const MessageLanguage welsh("cy");
    EXPECT_EQ(long_date(day), "29 Tachwedd 2026");
    EXPECT_EQ(long_date(boost::gregorian::date(2027, 3, 1)), "1 Mawrth 2027");
}
