// main() of every integration test program: one real office with the built .oxt installed.
#include "build_paths.hxx"
#include "office_environment.hxx"

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = prevent::testing::build_path("PREVENT_OXT", PREVENT_OXT);
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
