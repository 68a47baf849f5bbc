// Child processes for the test harness: started in a process group of their own, so that the
// whole group (oosplash and soffice.bin) can be ended by id, and nothing else.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace prevent::testing {

struct SpawnOptions {
    std::filesystem::path output;        // stdout and stderr go here (appended); empty: /dev/null
    std::optional<int> stdin_fd;         // a pipe end for the child's stdin; default /dev/null
    std::optional<int> extra_fd;         // given to the child as its fd 3
    std::vector<std::string> extra_env;  // NAME=value, added to this process's environment
    bool own_process_group = true;
};

// Starts argv[0] (a path) with the arguments; throws std::runtime_error when it cannot.
pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options = {});

// Waits for the child; its exit status (or 128 + signal), or nullopt at the deadline. peak_kib,
// when given, receives the child's peak resident memory (KiB) once it has ended.
std::optional<int> wait_for_exit(pid_t pid, std::chrono::milliseconds timeout,
                                 long* peak_kib = nullptr);

// The member of the process group running this program (e.g. "soffice.bin"), or -1.
pid_t find_in_group(pid_t group, const std::string& program);

// Resident memory of a process in KiB (VmRSS), or -1.
long resident_kib(pid_t pid);

// True while a member of the process group is alive (zombies count until reaped).
bool group_alive(pid_t group);

// SIGTERM to the group, then SIGKILL after the grace period; reaps pid if it is our child.
void end_group(pid_t group, std::chrono::milliseconds grace);

struct CommandResult {
    int exit_code = -1;  // -1 when it ran past the timeout and was killed
    std::string output;
    long peak_kib = -1;  // the command's peak resident memory, KiB
};

// Runs a command to the end (killing it at the timeout) and returns its exit code and output.
CommandResult run_command(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                          const std::vector<std::string>& extra_env = {});

}  // namespace prevent::testing
