// prevent-check: the extension's checks on many ODF files at once, without LibreOffice.
// docs/prevent-check.md says what it prints and what its exit codes mean.
#include "cli_words.hxx"
#include "core/messages.hxx"
#include "file_list.hxx"
#include "options.hxx"
#include "reports.hxx"

#include "core/catalogue.hxx"
#include "core/clock.hxx"
#include "core/heading_matcher.hxx"
#include "odf/catalogue_xcu.hxx"
#include "odf/file_check.hxx"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <thread>

#ifndef PREVENT_VERSION
#define PREVENT_VERSION "0"
#endif

namespace {

using namespace prevent;
namespace fs = std::filesystem;

// The catalogue: --catalogue, else the one installed beside the program
// (<prefix>/share/prevent-toolkit/Catalogue.xcu), else the source tree's (a build not installed).
fs::path catalogue_path(const cli::Options& options, const char* argv0)
{
    if (options.catalogue)
        return *options.catalogue;
    std::error_code e;
    fs::path self = fs::read_symlink("/proc/self/exe", e);
    if (e)
        self = fs::absolute(argv0, e);
    const auto installed =
        self.parent_path().parent_path() / "share" / "prevent-toolkit" / "Catalogue.xcu";
    if (fs::exists(installed, e))
        return installed;
    return PREVENT_SOURCE_CATALOGUE;
}

enum Exit { kClean = 0, kFindings = 1, kUsage = 2, kUnreadable = 3 };

int run(int argc, char** argv)
{
    cli::Options options;
    try {
        const std::vector<std::string> arguments(argv + 1, argv + argc);
        core::set_default_message_language(cli::chosen_language(arguments));
        options = cli::parse_options(arguments);
    } catch (const cli::UsageError& e) {
        std::cerr << cli::words("usage-error", {e.what()}) << "\n";
        return kUsage;
    }
    if (options.help) {
        std::cout << cli::words("help");
        return kClean;
    }
    if (options.version) {
        std::cout << cli::words("version", {PREVENT_VERSION}) << "\n";
        return kClean;
    }
    std::unique_ptr<core::Catalogue> loaded;
    try {
        loaded = std::make_unique<core::Catalogue>(
            odf::read_catalogue_xcu(catalogue_path(options, argv[0]), core::message_language()));
    } catch (const std::exception& e) {
        std::cerr << cli::words("usage-error", {cli::words("catalogue-error", {e.what()})}) << "\n";
        return kUsage;
    }
    const core::Catalogue& catalogue = *loaded;
    if (options.profile && !catalogue.has_profile(*options.profile)) {
        std::string known;
        for (const auto& id : catalogue.profile_ids())
            known += (known.empty() ? "" : ", ") + id;
        std::cerr << cli::words("usage-error",
                                {cli::words("unknown-profile", {*options.profile, known})})
                  << "\n";
        return kUsage;
    }
    if (options.today)
        core::set_today(options.today);
    const auto today = core::today();

    const auto listed = cli::list_files(options.paths);
    std::vector<cli::FileOutput> outputs(listed.size());
    const bool colour = options.format == cli::Format::Text && ::isatty(STDOUT_FILENO) == 1 &&
                        !std::getenv("NO_COLOR");
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned jobs =
        std::min<unsigned>(options.jobs ? options.jobs : cores,
                           static_cast<unsigned>(std::max<std::size_t>(listed.size(), 1)));
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        // Each worker its own matcher: ICU's break iterators are not shared between threads.
        // Each file's report is formatted and let go where it was made: the main thread then
        // only writes the parts in order.
        const core::HeadingMatcher matcher(catalogue);
        odf::CheckSettings settings{&catalogue, &matcher, options.profile, today, {}};
        for (std::size_t i = next++; i < listed.size(); i = next++) {
            odf::FileReport report;
            if (listed[i].error) {
                report.path = listed[i].path;
                report.error = listed[i].error;
            } else {
                report = odf::check_file(listed[i].path, settings);
            }
            outputs[i] = cli::output_of_file(report, options.format, colour);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < jobs; ++j)
        threads.emplace_back(work);
    work();
    for (auto& t : threads)
        t.join();

    switch (options.format) {
    case cli::Format::Text:
        cli::write_text(std::cout, outputs);
        break;
    case cli::Format::Csv:
        cli::write_csv(std::cout, outputs);
        break;
    case cli::Format::Json:
        cli::write_json(std::cout, outputs, {PREVENT_VERSION, today});
        break;
    }
    std::cout.flush();

    bool unreadable = false, failing = false;
    for (const auto& f : outputs) {
        unreadable = unreadable || f.unreadable;
        failing = failing || (options.fail_on == cli::FailOn::Error && f.errors > 0) ||
                  (options.fail_on == cli::FailOn::Warning && f.errors + f.warnings > 0);
    }
    return unreadable ? kUnreadable : failing ? kFindings : kClean;
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "prevent-check: " << e.what() << "\n";
        return kUnreadable;
    }
}
