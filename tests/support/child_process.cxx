#include "child_process.hxx"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace prevent::testing {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kPoll = std::chrono::milliseconds(20);

int decode_status(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace

pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options)
{
    if (argv.empty())
        throw std::runtime_error("spawn: no program");
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    std::vector<std::string> env_storage;
    for (char** e = environ; *e; ++e)
        env_storage.emplace_back(*e);
    for (const auto& extra : options.extra_env) {
        const auto name = extra.substr(0, extra.find('=') + 1);
        env_storage.erase(
            std::remove_if(env_storage.begin(), env_storage.end(),
                           [&](const std::string& e) { return e.rfind(name, 0) == 0; }),
            env_storage.end());
        env_storage.push_back(extra);
    }
    std::vector<char*> env;
    for (auto& e : env_storage)
        env.push_back(e.data());
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (options.stdin_fd)
        posix_spawn_file_actions_adddup2(&actions, *options.stdin_fd, STDIN_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    const std::string out =
        options.output.empty() ? std::string("/dev/null") : options.output.string();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    if (options.extra_fd)
        posix_spawn_file_actions_adddup2(&actions, *options.extra_fd, 3);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (options.own_process_group) {
        flags |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(&attributes, 0);
    }
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, flags);

    pid_t pid = -1;
    const int rc =
        posix_spawn(&pid, argv[0].c_str(), &actions, &attributes, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (rc != 0)
        throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));
    return pid;
}

std::optional<int> wait_for_exit(pid_t pid, std::chrono::milliseconds timeout, long* peak_kib)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        int status = 0;
        struct rusage usage {};
        const pid_t r = ::wait4(pid, &status, WNOHANG, &usage);
        if (r == pid) {
            if (peak_kib)
                *peak_kib = usage.ru_maxrss;
            return decode_status(status);
        }
        if (r < 0 && errno == ECHILD)
            return -1;  // not ours, or reaped already
        if (Clock::now() >= deadline)
            return std::nullopt;
        std::this_thread::sleep_for(kPoll);
    }
}

pid_t find_in_group(pid_t group, const std::string& program)
{
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit))
            continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        std::getline(stat, line);
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so read after the last ')'.
        const auto open = line.find('('), close = line.rfind(')');
        if (open == std::string::npos || close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        char state;
        long ppid = 0, pgrp = 0;
        rest >> state >> ppid >> pgrp;
        if (pgrp == group && line.substr(open + 1, close - open - 1) == program.substr(0, 15))
            return static_cast<pid_t>(std::stol(name));
    }
    return -1;
}

long resident_kib(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

bool group_alive(pid_t group) { return group > 0 && (::kill(-group, 0) == 0 || errno == EPERM); }

void end_group(pid_t group, std::chrono::milliseconds grace)
{
    if (group <= 0)
        return;
    ::kill(-group, SIGTERM);
    const auto deadline = Clock::now() + grace;
    while (Clock::now() < deadline) {
        waitpid(group, nullptr, WNOHANG);
        if (!group_alive(group))
            return;
        std::this_thread::sleep_for(kPoll);
    }
    ::kill(-group, SIGKILL);
    const auto reap_deadline = Clock::now() + std::chrono::seconds(5);
    while (Clock::now() < reap_deadline) {
        waitpid(group, nullptr, WNOHANG);
        if (!group_alive(group))
            return;
        std::this_thread::sleep_for(kPoll);
    }
}

CommandResult run_command(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                          const std::vector<std::string>& extra_env)
{
    char name[] = "/tmp/prevent-command-XXXXXX";
    const int fd = mkstemp(name);
    if (fd < 0)
        throw std::runtime_error(std::string("cannot make a temporary file: ") +
                                 std::strerror(errno));
    ::close(fd);
    const std::filesystem::path log(name);
    CommandResult result;
    SpawnOptions options;
    options.output = log;
    options.extra_env = extra_env;
    pid_t pid = -1;
    try {
        pid = spawn(argv, options);
    } catch (...) {
        std::filesystem::remove(log);  // a command that cannot start leaves no file behind
        throw;
    }
    const auto status = wait_for_exit(pid, timeout, &result.peak_kib);
    if (status) {
        result.exit_code = *status;
    } else {
        end_group(pid, std::chrono::seconds(2));
        result.exit_code = -1;
    }
    std::ifstream in(log);
    std::ostringstream text;
    text << in.rdbuf();
    result.output = text.str();
    std::filesystem::remove(log);
    return result;
}

}  // namespace prevent::testing
