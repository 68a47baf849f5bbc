// One real LibreOffice for a test program: a throwaway profile with our .oxt installed, a
// soffice on a pipe of its own, a UNO connection, and a shutdown that leaves nothing running,
// even when the test program crashes (office-guardian ends the office then).
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace prevent::testing {

struct OfficeOptions {
    std::filesystem::path oxt;                            // the extension to install; empty: none
    std::vector<std::filesystem::path> extra_extensions;  // installed after it (bench probes)
    std::filesystem::path
        folder;  // log and private layers; empty: a temporary folder, removed at stop()
    std::filesystem::path user_installation;  // the profile; empty: <folder>/profile
    bool visible = false;                     // true: real windows, on display
    std::string display;  // X display for a visible office; empty: an Xvfb of our own
    std::vector<std::string> extra_environment;  // NAME=value for soffice (test hooks)
    // The office's interface language (Tools ▸ Options ▸ Language Settings), as a BCP 47 tag:
    // "cy" starts a Welsh office (libreoffice-l10n-cy). Empty: the profile's default.
    std::string interface_language;
    std::chrono::seconds start_timeout{120};
    // No private layer of shared extensions: the office sees what `unopkg add --shared` put in
    // the installation (scripts/compat-check). Only with no oxt to install.
    bool use_installed_extensions = false;
};

// How the extension is installed: as root unopkg refuses a user install, so the harness installs
// into a private "shared" layer (UNO_SHARED_PACKAGES_CACHE) inside the office's folder.
enum class InstallLayer { User, PrivateShared };
InstallLayer install_layer_for_this_user();

class Office {
public:
    Office() = default;
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;
    ~Office();

    // Makes the profile, installs the .oxt, starts soffice and connects; throws std::runtime_error
    // with the office's log when any step fails.
    void start(const OfficeOptions& options);
    // Terminates the office, waits for it, ends its process group by id, removes a temporary
    // folder.
    void stop();
    // Leaves the office running for the user (scripts/run): nothing ends it when we exit.
    void detach();

    bool running() const { return group_ > 0; }
    pid_t process_group() const { return group_; }
    const std::filesystem::path& folder() const { return folder_; }
    const std::filesystem::path& user_installation() const { return profile_; }
    InstallLayer install_layer() const { return layer_; }
    std::filesystem::path log_file() const { return folder_ / "office.log"; }
    std::string log_tail(std::size_t max_bytes = 4000) const;

    // The office's component context and desktop, over the UNO bridge.
    css::uno::Reference<css::uno::XComponentContext> context() const { return context_; }
    css::uno::Reference<css::frame::XDesktop2> desktop() const;
    css::uno::Reference<css::uno::XInterface> create(const std::string& service) const;

    // -env: arguments that select this office's profile (and private shared layer) for
    // soffice and unopkg.
    std::vector<std::string> environment_arguments() const;

    // The X display of a visible office (":N"); empty when headless.
    const std::string& display() const { return display_; }
    // Saves what the display shows as a PNG; throws when it cannot.
    void screenshot(const std::filesystem::path& png) const;

private:
    void prepare_profile();
    void set_interface_language(const std::string& tag);
    void install_extension(const std::filesystem::path& oxt);
    void start_display();
    void launch();
    void start_guardian();
    void connect(std::chrono::seconds timeout);
    void release_guardian();

    OfficeOptions options_;
    std::filesystem::path folder_;
    std::filesystem::path profile_;
    bool temporary_ = false;
    InstallLayer layer_ = InstallLayer::User;
    std::string pipe_;
    pid_t group_ = -1;
    pid_t guardian_ = -1;
    pid_t display_group_ = -1;
    std::string display_;
    int guardian_pipe_ = -1;
    css::uno::Reference<css::uno::XComponentContext> context_;
};

// The local UNO context of this test process, bootstrapped once with the office's type
// libraries and ours (a client without our types would crash on the first call to our service).
css::uno::Reference<css::uno::XComponentContext> local_context();

}  // namespace prevent::testing
