#include "uno/base/log.hxx"

#include "uno/base/uno_text.hxx"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

#include <cstdio>
#include <ctime>
#include <mutex>

namespace prevent::uno {

namespace {

std::mutex log_mutex;
std::string log_path;  // empty until init_log found the user profile
bool log_path_sought = false;

}  // namespace

void init_log(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    std::lock_guard<std::mutex> lock(log_mutex);
    if (log_path_sought || !context.is())
        return;
    log_path_sought = true;
    try {
        const auto substitution = css::util::PathSubstitution::create(context);
        const rtl::OUString user = substitution->substituteVariables("$(user)", true);
        rtl::OUString system;
        if (osl::FileBase::getSystemPathFromFileURL(user, system) == osl::FileBase::E_None)
            log_path = to_utf8(system) + "/prevent-toolkit.log";
    } catch (...) {
        // No profile to write to: standard error still gets every line.
    }
}

void log_problem(const char* where, const std::string& what)
{
    char stamp[32] = "";
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (localtime_r(&now, &local))
        std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &local);
    std::lock_guard<std::mutex> lock(log_mutex);
    std::fprintf(stderr, "prevent-toolkit: %s: %s\n", where, what.c_str());
    if (log_path.empty())
        return;
    if (std::FILE* file = std::fopen(log_path.c_str(), "a")) {
        std::fprintf(file, "%s %s: %s\n", stamp, where, what.c_str());
        std::fclose(file);
    }
}

}  // namespace prevent::uno
