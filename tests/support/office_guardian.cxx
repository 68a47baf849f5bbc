// office-guardian GROUP[,GROUP...] [DIR]: ends an office (and its X server) the test harness
// started if the harness dies. The harness keeps the write end of our stdin; when it closes
// without first writing "done" (the test process crashed or was killed), we end the process
// groups and remove the office's temporary folder. A separate program, so that it runs whatever
// state the test process is in.
#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

bool alive(pid_t group) { return ::kill(-group, 0) == 0 || errno == EPERM; }

void wait_until_gone(pid_t group, std::chrono::seconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (alive(group) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return 2;
    std::vector<pid_t> groups;
    std::istringstream list(argv[1]);
    for (std::string item; std::getline(list, item, ',');) {
        const pid_t group = static_cast<pid_t>(std::stol(item));
        if (group <= 1)
            return 2;
        groups.push_back(group);
    }
    ::setsid();  // out of the test's process group and session: outlive it
    std::string received;
    char buffer[64];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            received.append(buffer, static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    if (received.find("done") != std::string::npos)
        return 0;
    for (const pid_t group : groups) {  // the office first, then its display
        ::kill(-group, SIGTERM);
        wait_until_gone(group, std::chrono::seconds(5));
        ::kill(-group, SIGKILL);
        wait_until_gone(group, std::chrono::seconds(5));
    }
    if (argc > 2) {
        std::error_code ignored;
        std::filesystem::remove_all(argv[2], ignored);
    }
    return 1;
}
