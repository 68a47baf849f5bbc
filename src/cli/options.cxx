#include "options.hxx"

#include "cli_words.hxx"
#include "core/messages.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdlib>
#include <regex>

namespace prevent::cli {

namespace {

// "cy", "cy-GB", "en", "en-GB", "en_GB.UTF-8": a language prevent-check speaks.
bool known_language(const std::string& tag)
{
    return core::message_language_for(tag) != "en-GB" || tag.rfind("en", 0) == 0;
}

}  // namespace

std::string chosen_language(const std::vector<std::string>& arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--")
            break;
        std::optional<std::string> v;
        if (arguments[i] == "--lang" && i + 1 < arguments.size())
            v = arguments[i + 1];
        else if (arguments[i].rfind("--lang=", 0) == 0)
            v = arguments[i].substr(7);
        if (v && known_language(*v))
            return core::message_language_for(*v);
    }
    // POSIX's order: LC_ALL overrides LC_MESSAGES, which overrides LANG; empty is unset.
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); value && *value)
            return core::message_language_for(value);
    return "en-GB";
}

Options parse_options(const std::vector<std::string>& arguments)
{
    Options o;
    bool only_paths = false;  // after "--"
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string a = arguments[i];
        if (only_paths || a.empty() || a[0] != '-' || a == "-") {
            o.paths.emplace_back(a);
            continue;
        }
        if (a == "--") {
            only_paths = true;
            continue;
        }
        std::optional<std::string> inline_value;  // --format=json
        if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            inline_value = a.substr(eq + 1);
            a = a.substr(0, eq);
        }
        const auto value = [&]() -> std::string {
            if (inline_value)
                return *inline_value;
            if (i + 1 >= arguments.size())
                throw UsageError(words("missing-value", {a}));
            return arguments[++i];
        };
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--lang") {
            const std::string v = value();
            if (!known_language(v))
                throw UsageError(words("bad-value", {"--lang", v, words("lang-choices")}));
            o.language = core::message_language_for(v);
        } else if (a == "--version") {
            o.version = true;
        } else if (a == "--profile") {
            o.profile = value();
        } else if (a == "--format") {
            const auto v = value();
            if (v == "text")
                o.format = Format::Text;
            else if (v == "json")
                o.format = Format::Json;
            else if (v == "csv")
                o.format = Format::Csv;
            else
                throw UsageError(words("bad-value", {"--format", v, words("format-choices")}));
        } else if (a == "--fail-on") {
            const auto v = value();
            if (v == "error")
                o.fail_on = FailOn::Error;
            else if (v == "warning")
                o.fail_on = FailOn::Warning;
            else if (v == "never")
                o.fail_on = FailOn::Never;
            else
                throw UsageError(words("bad-value", {"--fail-on", v, words("fail-on-choices")}));
        } else if (a == "--jobs" || a == "-j") {
            const auto v = value();
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (v.empty() || *end || n < 1 || n > 256)
                throw UsageError(words("bad-jobs"));
            o.jobs = static_cast<unsigned>(n);
        } else if (a == "--catalogue") {
            o.catalogue = std::filesystem::path(value());
        } else if (a == "--today") {
            const auto v = value();
            static const std::regex iso(R"(\d{4}-\d{2}-\d{2})");
            try {
                if (!std::regex_match(v, iso))
                    throw std::invalid_argument(v);
                o.today = boost::gregorian::from_simple_string(v);
            } catch (const std::exception&) {
                throw UsageError(words("bad-date", {v}));
            }
        } else {
            throw UsageError(words("unknown-option", {a}));
        }
    }
    if (!o.help && !o.version && o.paths.empty())
        throw UsageError(words("no-paths"));
    return o;
}

}  // namespace prevent::cli
