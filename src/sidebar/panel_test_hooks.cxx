#include "panel_test_hooks.hxx"

#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace prevent::sidebar::panel_test_hooks {

namespace {

// Shared by every factory instance: the sidebar makes its own factories, tests ask another one.
std::vector<css::uno::WeakReference<css::uno::XInterface>>& watched()
{
    static std::vector<css::uno::WeakReference<css::uno::XInterface>> all;
    return all;
}

std::mutex& watched_mutex()
{
    static std::mutex m;
    return m;
}

}  // namespace

void fail_if_asked(const std::string& panel_name)
{
    const char* fail = std::getenv("PREVENT_TOOLKIT_FAIL_PANEL");
    if (fail && panel_name == fail)
        throw std::runtime_error("PREVENT_TOOLKIT_FAIL_PANEL asked this panel to fail");
}

void watch_for_release(const css::uno::Reference<css::uno::XInterface>& object)
{
    std::lock_guard<std::mutex> lock(watched_mutex());
    watched().emplace_back(object);
}

int watched_alive_count()
{
    std::lock_guard<std::mutex> lock(watched_mutex());
    auto& all = watched();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [](const css::uno::WeakReference<css::uno::XInterface>& w) {
                                 return !css::uno::Reference<css::uno::XInterface>(w).is();
                             }),
              all.end());
    return static_cast<int>(all.size());
}

}  // namespace prevent::sidebar::panel_test_hooks
