// libFuzzer target past the zip: the input is a content.xml (the package fuzzer's mutations
// rarely survive deflate and the zip's checksums, so this one reaches the XML readers and the
// checks), read both as an assessment and as an action plan. Seeds: the content.xml of each
// seed document (run_fuzzer.sh unpacks them).
#include "fuzz_settings.hxx"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const prevent::odf::PackageParts parts{
        std::string(reinterpret_cast<const char*>(data), size), {}, {}};
    for (const bool spreadsheet : {false, true})
        prevent::fuzz::insist_on_a_clear_answer(
            prevent::odf::check_parts(parts, spreadsheet, prevent::fuzz::settings()));
    return 0;
}
