// main() of every integration and UI test program: one real office with the built .oxt
// installed; UI test programs are built with PREVENT_VISIBLE_OFFICE=true (windows on Xvfb).
#include "build_paths.hxx"
#include "office_environment.hxx"

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = prevent::testing::build_path("PREVENT_OXT", PREVENT_OXT);
    options.visible = PREVENT_VISIBLE_OFFICE;
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
