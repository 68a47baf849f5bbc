// For the harness self-test: starts an office, prints its process group and folder, then
// dies without stopping it, as a crashing test would. office-guardian must clean up after it.
#include "office.hxx"

#include <cstdio>
#include <cstdlib>

int main()
{
    prevent::testing::Office office;
    prevent::testing::OfficeOptions options;
    try {
        office.start(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    std::printf("%d %s\n", static_cast<int>(office.process_group()), office.folder().c_str());
    std::fflush(stdout);
    std::abort();
}
