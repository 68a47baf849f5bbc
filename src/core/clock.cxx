#include "clock.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdlib>
#include <ctime>
#include <mutex>

namespace prevent::core {

namespace {
std::mutex clock_mutex;
std::optional<boost::gregorian::date> fixed;
}  // namespace

boost::gregorian::date today()
{
    {
        std::lock_guard<std::mutex> lock(clock_mutex);
        if (fixed)
            return *fixed;
    }
    if (const char* set = std::getenv("PREVENT_TOOLKIT_TODAY"); set && *set) {
        try {
            return boost::gregorian::from_simple_string(set);
        } catch (const std::exception&) {
            // A malformed setting is ignored: the system's date is the safer answer.
        }
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return boost::gregorian::date(static_cast<unsigned short>(local.tm_year + 1900),
                                  static_cast<unsigned short>(local.tm_mon + 1),
                                  static_cast<unsigned short>(local.tm_mday));
}

void set_today(std::optional<boost::gregorian::date> date)
{
    std::lock_guard<std::mutex> lock(clock_mutex);
    fixed = date;
}

}  // namespace prevent::core
