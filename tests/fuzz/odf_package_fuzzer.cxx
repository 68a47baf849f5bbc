// libFuzzer target for the package reader: the input is a whole file, written to a private
// temporary folder as fuzz.odt and checked as prevent-check checks a file (zip, manifest,
// limits, parts, XML, models, checks). Crashes, sanitizer reports, leaks and unexpected
// exceptions are findings. Seeds: tests/fuzz/seeds (the integration tests' documents).
#include "fuzz_settings.hxx"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {

std::filesystem::path g_folder;

void remove_folder() { std::filesystem::remove_all(g_folder); }

// A private folder for the input file, removed when libFuzzer ends the run (it leaves a crash's
// input in its artifacts, not here).
std::filesystem::path input_file()
{
    static const std::filesystem::path file = [] {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "prevent-fuzz-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            std::abort();
        g_folder = pattern;
        std::atexit(remove_folder);
        return g_folder / "fuzz.odt";
    }();
    return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = input_file();
    if (std::FILE* out = std::fopen(file.c_str(), "wb")) {
        if (size)
            std::fwrite(data, 1, size, out);
        std::fclose(out);
    } else {
        std::abort();
    }
    prevent::fuzz::insist_on_a_clear_answer(
        prevent::odf::check_file(file, prevent::fuzz::settings()));
    return 0;
}
