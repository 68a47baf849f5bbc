#include "office.hxx"

#include "build_paths.hxx"
#include "child_process.hxx"
#include "uno_values.hxx"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <cppuhelper/bootstrap.hxx>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <future>
#include <iostream>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::testing {

namespace {

const std::string kProgramDir = PREVENT_LO_PROGRAM_DIR;

std::string file_url_utf8(const std::filesystem::path& path) { return utf8(file_url(path)); }

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string unique_pipe_name()
{
    static std::atomic<int> counter{0};
    return "prevent_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
}

}  // namespace

InstallLayer install_layer_for_this_user()
{
    return ::geteuid() == 0 ? InstallLayer::PrivateShared : InstallLayer::User;
}

Reference<css::uno::XComponentContext> local_context()
{
    static const Reference<css::uno::XComponentContext> context = [] {
        const std::string ini = build_path("PREVENT_CLIENT_INI", PREVENT_CLIENT_INI);
        return cppu::defaultBootstrap_InitialComponentContext(file_url(ini));
    }();
    return context;
}

Office::~Office()
{
    try {
        stop();
    } catch (...) {
    }
}

std::vector<std::string> Office::environment_arguments() const
{
    std::vector<std::string> args{"-env:UserInstallation=" + file_url_utf8(profile_)};
    if (layer_ == InstallLayer::PrivateShared && !options_.use_installed_extensions)
        args.push_back("-env:UNO_SHARED_PACKAGES_CACHE=" + file_url_utf8(folder_ / "shared"));
    return args;
}

void Office::start(const OfficeOptions& options)
{
    if (running())
        throw std::logic_error("the office is already running");
    options_ = options;
    if (options.use_installed_extensions &&
        (!options.oxt.empty() || !options.extra_extensions.empty()))
        throw std::logic_error("use_installed_extensions: the office installs nothing itself");
    layer_ = install_layer_for_this_user();
    if (options.folder.empty()) {
        char name[] = "/tmp/prevent-office-XXXXXX";
        if (!::mkdtemp(name))
            throw std::runtime_error(std::string("cannot make a temporary folder: ") +
                                     std::strerror(errno));
        folder_ = name;
        temporary_ = true;
    } else {
        folder_ = std::filesystem::absolute(options.folder);
        std::filesystem::create_directories(folder_);
        temporary_ = false;
    }
    profile_ = options.user_installation.empty()
                   ? folder_ / "profile"
                   : std::filesystem::absolute(options.user_installation);
    try {
        if (!options.interface_language.empty())
            set_interface_language(options.interface_language);
        prepare_profile();
        if (!options.oxt.empty())
            install_extension(options.oxt);
        for (const auto& extra : options.extra_extensions)
            install_extension(extra);
        if (options.visible && options.display.empty())
            start_display();
        else if (options.visible)
            display_ = options.display;
        launch();
        start_guardian();
        connect(options.start_timeout);
    } catch (const std::exception& e) {
        const std::string why = e.what();
        const std::string log = log_tail();
        stop();
        throw std::runtime_error(why + (log.empty() ? "" : "\n--- office log ---\n" + log));
    }
}

// unopkg loses a user-layer registration made in a profile no office has started yet, so a
// new user profile is started once (and ends itself) before anything is installed into it.
void Office::prepare_profile()
{
    if (layer_ != InstallLayer::User ||
        std::filesystem::exists(profile_ / "user" / "registrymodifications.xcu"))
        return;
    std::vector<std::string> argv{
        kProgramDir + "/soffice", "--headless", "--terminate_after_init", "--norestore", "--nologo",
        "--nolockcheck"};
    for (const auto& a : environment_arguments())
        argv.push_back(a);
    const auto result = run_command(argv, std::chrono::seconds(120));
    if (result.exit_code != 0)
        throw std::runtime_error("the first start of the new profile failed (exit " +
                                 std::to_string(result.exit_code) + "): " + result.output);
}

// The interface language as the user chooses it (Tools ▸ Options ▸ Language Settings ▸
// Languages ▸ User interface): the profile's /org.openoffice.Office.Linguistic/General/UILocale,
// an item of registrymodifications.xcu. The profile is started once first when it has not been.
void Office::set_interface_language(const std::string& tag)
{
    const auto file = profile_ / "user" / "registrymodifications.xcu";
    if (!std::filesystem::exists(file)) {
        std::vector<std::string> argv{kProgramDir + "/soffice",
                                      "--headless",
                                      "--terminate_after_init",
                                      "--norestore",
                                      "--nologo",
                                      "--nolockcheck"};
        for (const auto& a : environment_arguments())
            argv.push_back(a);
        const auto result = run_command(argv, std::chrono::seconds(120));
        if (result.exit_code != 0 || !std::filesystem::exists(file))
            throw std::runtime_error("the first start of the new profile failed (exit " +
                                     std::to_string(result.exit_code) + "): " + result.output);
    }
    std::string text;
    {
        std::ifstream in(file, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::string path =
        "<item oor:path=\"/org.openoffice.Office.Linguistic/General\">"
        "<prop oor:name=\"UILocale\"";
    const std::string item = path + " oor:op=\"fuse\"><value>" + tag + "</value></prop></item>";
    if (const auto old = text.find(path); old != std::string::npos) {
        text.replace(old, text.find("</item>", old) + 7 - old, item);
    } else {
        const auto end = text.rfind("</oor:items>");
        if (end == std::string::npos)
            throw std::runtime_error(file.string() + " is not a LibreOffice registry file");
        text.insert(end, item + "\n");
    }
    std::ofstream(file, std::ios::binary) << text;
}

void Office::install_extension(const std::filesystem::path& oxt)
{
    if (!std::filesystem::exists(oxt))
        throw std::runtime_error("no extension at " + oxt.string() + ": build it first");
    std::vector<std::string> argv{kProgramDir + "/unopkg", "add"};
    if (layer_ == InstallLayer::PrivateShared)
        argv.push_back("--shared");
    for (const char* a : {"-s", "-f"})
        argv.emplace_back(a);
    argv.push_back(std::filesystem::absolute(oxt).string());
    for (const auto& a : environment_arguments())
        argv.push_back(a);
    const auto result = run_command(argv, std::chrono::seconds(180));
    if (result.exit_code != 0)
        throw std::runtime_error("unopkg add failed (exit " + std::to_string(result.exit_code) +
                                 "): " + result.output);
}

// Xvfb picks a free display number itself (-displayfd) and writes it to a pipe.
void Office::start_display()
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    SpawnOptions spawn_options;
    spawn_options.output = folder_ / "xvfb.log";
    spawn_options.extra_fd = fds[1];
    try {
        display_group_ = spawn({"/usr/bin/Xvfb", "-displayfd", "3", "-screen", "0", "1280x900x24",
                                "-nolisten", "tcp", "-noreset"},
                               spawn_options);
    } catch (...) {
        ::close(fds[0]);
        ::close(fds[1]);
        throw;
    }
    ::close(fds[1]);
    std::string number;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    pollfd readable{fds[0], POLLIN, 0};
    while (number.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        if (::poll(&readable, 1, 200) <= 0)
            continue;
        char buffer[16];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        number.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    if (number.empty() || number.find('\n') == std::string::npos)
        throw std::runtime_error("Xvfb did not start: " + read_file(folder_ / "xvfb.log"));
    display_ = ":" + number.substr(0, number.find('\n'));
}

void Office::screenshot(const std::filesystem::path& png) const
{
    if (display_.empty())
        throw std::logic_error("a headless office has nothing to show");
    std::filesystem::create_directories(std::filesystem::absolute(png).parent_path());
    const auto result =
        run_command({"/usr/bin/import", "-display", display_, "-window", "root", png.string()},
                    std::chrono::seconds(30));
    if (result.exit_code != 0)
        throw std::runtime_error("screenshot failed: " + result.output);
}

void Office::launch()
{
    pipe_ = unique_pipe_name();
    std::vector<std::string> argv{kProgramDir + "/soffice", "--norestore", "--nologo",
                                  "--nodefault", "--nolockcheck"};
    if (!options_.visible) {
        argv.emplace_back("--headless");
        argv.emplace_back("--invisible");
    }
    for (const auto& a : environment_arguments())
        argv.push_back(a);
    argv.push_back("--accept=pipe,name=" + pipe_ + ";urp;StarOffice.ComponentContext");
    SpawnOptions spawn_options;
    spawn_options.output = log_file();
    spawn_options.extra_env = options_.extra_environment;
    if (options_.visible) {
        spawn_options.extra_env.push_back("SAL_USE_VCLPLUGIN=gen");
        spawn_options.extra_env.push_back("DISPLAY=" + display_);
    }
    group_ = spawn(argv, spawn_options);
}

void Office::start_guardian()
{
    // A write to a pipe whose reader has gone must not kill the test program with SIGPIPE: the
    // UNO bridge's pipe while the office ends, or the guardian's. Seen once in CI (a program run
    // as nobody died of SIGPIPE after all its tests passed); such writes now just fail.
    static const bool sigpipe_ignored = (std::signal(SIGPIPE, SIG_IGN), true);
    (void)sigpipe_ignored;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    std::string groups = std::to_string(group_);
    if (display_group_ > 0)
        groups += "," + std::to_string(display_group_);
    std::vector<std::string> argv{build_path("PREVENT_GUARDIAN", PREVENT_GUARDIAN), groups};
    if (temporary_)
        argv.push_back(folder_.string());
    SpawnOptions spawn_options;
    spawn_options.stdin_fd = fds[0];
    spawn_options.own_process_group = false;  // the guardian makes its own session
    try {
        guardian_ = spawn(argv, spawn_options);
    } catch (...) {
        ::close(fds[0]);
        ::close(fds[1]);
        throw;
    }
    ::close(fds[0]);
    guardian_pipe_ = fds[1];
}

void Office::connect(std::chrono::seconds timeout)
{
    const auto resolver = css::bridge::UnoUrlResolver::create(local_context());
    const OUString url =
        OUString::fromUtf8(("uno:pipe,name=" + pipe_ + ";urp;StarOffice.ComponentContext").c_str());
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        try {
            context_.set(resolver->resolve(url), UNO_QUERY_THROW);
            return;
        } catch (const css::connection::NoConnectException&) {
        }
        if (const auto status = wait_for_exit(group_, std::chrono::milliseconds(0)))
            throw std::runtime_error("the office ended (exit " + std::to_string(*status) +
                                     ") before it accepted a connection");
        if (std::chrono::steady_clock::now() >= deadline)
            throw std::runtime_error("the office did not accept a connection within " +
                                     std::to_string(timeout.count()) + " s");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void Office::release_guardian()
{
    if (guardian_pipe_ >= 0) {
        if (::write(guardian_pipe_, "done\n", 5) != 5)
            std::cerr << "note: the office guardian had gone before the test ended ("
                      << std::strerror(errno) << ")\n";
        ::close(guardian_pipe_);
        guardian_pipe_ = -1;
    }
    if (guardian_ > 0) {
        if (!wait_for_exit(guardian_, std::chrono::seconds(5)))
            end_group(guardian_, std::chrono::seconds(1));
        guardian_ = -1;
    }
}

void Office::detach()
{
    release_guardian();
    context_.clear();
    group_ = -1;
}

void Office::stop()
{
    if (group_ > 0) {
        if (context_.is()) {
            // terminate() waits on the office: give it a time limit, then end the process group.
            auto context = context_;
            auto terminating = std::async(std::launch::async, [context] {
                try {
                    css::frame::Desktop::create(context)->terminate();
                } catch (...) {  // the bridge goes away while the call returns
                }
            });
            context_.clear();
            if (terminating.wait_for(std::chrono::seconds(30)) != std::future_status::ready)
                end_group(group_, std::chrono::seconds(2));
            terminating.wait();
        }
        if (!wait_for_exit(group_, std::chrono::seconds(30)))
            end_group(group_, std::chrono::seconds(5));
        if (group_alive(group_))
            end_group(group_, std::chrono::seconds(2));
        group_ = -1;
    }
    context_.clear();
    if (display_group_ > 0) {
        end_group(display_group_, std::chrono::seconds(5));
        display_group_ = -1;
        display_.clear();
    }
    release_guardian();
    if (temporary_ && !folder_.empty() && !std::getenv("PREVENT_KEEP_OFFICE")) {
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
        folder_.clear();
    }
}

std::string Office::log_tail(std::size_t max_bytes) const
{
    if (folder_.empty())
        return {};
    const std::string log = read_file(log_file());
    return log.size() > max_bytes ? log.substr(log.size() - max_bytes) : log;
}

Reference<css::frame::XDesktop2> Office::desktop() const
{
    return css::frame::Desktop::create(context_);
}

Reference<css::uno::XInterface> Office::create(const std::string& service) const
{
    return context_->getServiceManager()->createInstanceWithContext(
        OUString::fromUtf8(service.c_str()), context_);
}

}  // namespace prevent::testing
