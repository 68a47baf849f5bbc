// main() of every integration and UI test program: one real office with the built .oxt
// installed; UI test programs are built with PREVENT_VISIBLE_OFFICE=true (windows on Xvfb) and
// the office's clock pinned to PREVENT_TEST_TODAY.
#include "build_paths.hxx"
#include "office_environment.hxx"

#include <string>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = prevent::testing::build_path("PREVENT_OXT", PREVENT_OXT);
    options.visible = PREVENT_VISIBLE_OFFICE;
#ifdef PREVENT_TEST_TODAY
    // What a panel shows depends on the day (the operating year, reviews due, overdue actions):
    // the office's one clock is pinned, so that the screenshots and the words do not drift.
    options.extra_environment = {std::string("PREVENT_TOOLKIT_TODAY=") + PREVENT_TEST_TODAY};
#endif
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
