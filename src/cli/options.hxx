// prevent-check's command line, read into settings; a UsageError (exit code 2) says what is wrong.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace prevent::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Format { Text, Json, Csv };
enum class FailOn { Error, Warning, Never };

struct Options {
    std::vector<std::filesystem::path> paths;
    std::optional<std::string> profile;
    Format format = Format::Text;
    FailOn fail_on = FailOn::Error;
    unsigned jobs = 0;  // 0: the number of cores
    std::optional<std::filesystem::path> catalogue;
    std::optional<boost::gregorian::date> today;
    std::optional<std::string> language;  // --lang: "cy" or "en-GB"
    bool help = false;
    bool version = false;
};

Options parse_options(const std::vector<std::string>& arguments);

// The language prevent-check speaks: --lang when given (looked for before the rest is read, so
// that its usage errors are in it too), else the locale's (LC_ALL, else LC_MESSAGES, else LANG:
// "cy_GB.UTF-8" is Welsh), else en-GB.
std::string chosen_language(const std::vector<std::string>& arguments);

}  // namespace prevent::cli
