#include "cli_words.hxx"

#include <map>
#include <stdexcept>

namespace prevent::cli {

namespace {

const std::map<std::string, std::string>& en_gb()
{
    static const std::map<std::string, std::string> texts = {
        {"help",
         "Usage: prevent-check [options] PATH...\n"
         "Checks Prevent duty risk assessments (.odt, .ott) and action plans (.ods, .ots) as the\n"
         "Prevent Toolkit extension does, without starting LibreOffice. Folders are searched for\n"
         "ODF files, recursively.\n"
         "\n"
         "Options:\n"
         "  --profile he|fe|schools   the catalogue profile (default: each file's own, else he)\n"
         "  --format text|json|csv    how to report (default: text)\n"
         "  --fail-on error|warning|never\n"
         "                            exit 1 when a finding is at least this severe (default: "
         "error)\n"
         "  --jobs N                  check N files at a time (default: the number of cores)\n"
         "  --catalogue FILE          a provider's own catalogue (.xcu), as deployed in "
         "LibreOffice\n"
         "  --today YYYY-MM-DD        check as on this day\n"
         "  --help, --version\n"
         "\n"
         "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage, 3 a file could not "
         "be\n"
         "read (every other file is still checked and reported).\n"},
        {"version", "prevent-check {0} (Prevent Toolkit)"},
        {"usage-error", "prevent-check: {0}\nTry 'prevent-check --help'."},
        {"no-paths", "no file or folder to check"},
        {"unknown-option", "unknown option {0}"},
        {"missing-value", "{0} needs a value"},
        {"bad-value", "{0} cannot be {1}: use {2}"},
        {"bad-jobs", "--jobs needs a number from 1 to 256"},
        {"bad-date", "--today needs a date written YYYY-MM-DD, not {0}"},
        {"no-such-path", "{0}: no such file or folder"},
        {"catalogue-error", "the catalogue cannot be used: {0}"},
        {"unknown-profile", "there is no profile {0} in the catalogue: use {1}"},
        {"text-error", "cannot be read: {0}"},
        {"folder-error", "this folder cannot be read: {0}; what is under it was not checked"},
        {"no-permission", "you have no permission to read it"},
        {"not-a-file", "cannot be read: it is not an ordinary file (a pipe, a device or a socket)"},
        {"text-kind-assessment", "risk assessment"},
        {"text-kind-action-plan", "action plan"},
        {"text-profile", "profile {0}"},
        {"text-coverage", "{0} of {1} areas covered"},
        {"text-risks", "{0} risks"},
        {"text-plan", "{0} actions: {1} open, {2} overdue, {3} complete"},
        {"text-approval", "approval: {0}"},
        {"text-change", "change since the approval: {0} ({1})"},
        {"text-findings", "{0} errors, {1} warnings, {2} notes"},
        {"text-summary", "{0} files: {1} clean, {2} with findings, {3} could not be read"},
    };
    return texts;
}

}  // namespace

std::string words(const std::string& key, const std::vector<std::string>& arguments)
{
    const auto it = en_gb().find(key);
    if (it == en_gb().end())
        throw std::logic_error("no text for " + key);
    std::string out = it->second;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string marker = "{" + std::to_string(i) + "}";
        for (auto at = out.find(marker); at != std::string::npos;
             at = out.find(marker, at + arguments[i].size()))
            out.replace(at, marker.size(), arguments[i]);
    }
    return out;
}

}  // namespace prevent::cli
