// The harness itself: the office runs in its own process group, and when a test program dies
// without stopping its office, the guardian ends it and removes its folder.
#include "build_paths.hxx"
#include "child_process.hxx"
#include "office_environment.hxx"

#include <chrono>
#include <sstream>
#include <fstream>
#include <thread>

using prevent::testing::office;

TEST(Harness, OfficeRunsInItsOwnProcessGroup)
{
    ASSERT_TRUE(office().running());
    EXPECT_TRUE(prevent::testing::group_alive(office().process_group()));
    EXPECT_NE(office().process_group(), getpgrp());
    EXPECT_TRUE(std::filesystem::exists(office().folder() / "profile"));
}

TEST(Harness, NothingIsLeftRunningWhenATestProgramCrashes)
{
    char name[] = "/tmp/prevent-crash-XXXXXX";
    const int fd = mkstemp(name);
    ASSERT_GE(fd, 0);
    close(fd);
    prevent::testing::SpawnOptions options;
    options.output = name;
    const pid_t pid = prevent::testing::spawn(
        {prevent::testing::build_path("PREVENT_CRASHING_CLIENT", PREVENT_CRASHING_CLIENT)},
        options);
    const auto status = prevent::testing::wait_for_exit(pid, std::chrono::seconds(120));
    ASSERT_TRUE(status.has_value()) << "the crashing client did not end";
    EXPECT_EQ(*status, 128 + SIGABRT);

    std::ifstream in(name);
    int group = 0;
    std::string folder;
    in >> group >> folder;
    std::filesystem::remove(name);
    ASSERT_GT(group, 1) << "the crashing client did not start its office";
    ASSERT_FALSE(folder.empty());

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while ((prevent::testing::group_alive(group) || std::filesystem::exists(folder)) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_FALSE(prevent::testing::group_alive(group))
        << "the office of the crashed program still runs";
    EXPECT_FALSE(std::filesystem::exists(folder)) << "its folder " << folder << " is still there";
}
