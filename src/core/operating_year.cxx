#include "operating_year.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>
#include <regex>

namespace prevent::core {

using boost::gregorian::date;

date OperatingYear::start() const
{
    return date(static_cast<unsigned short>(first_calendar_year), 8, 1);
}

date OperatingYear::end() const
{
    return date(static_cast<unsigned short>(first_calendar_year + 1), 7, 31);
}

std::string OperatingYear::name() const
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", first_calendar_year,
                  (first_calendar_year + 1) % 100);
    return text;
}

OperatingYear operating_year_of(const date& d)
{
    const int year = d.year();
    return {d.month() >= 8 ? year : year - 1};
}

std::optional<OperatingYear> parse_operating_year(const std::string& name)
{
    static const std::regex form(R"(^(\d{4})-(\d{2})$)");
    std::smatch m;
    if (!std::regex_match(name, m, form))
        return std::nullopt;
    const int first = std::stoi(m[1].str());
    if (first < 1400 || (first + 1) % 100 != std::stoi(m[2].str()))
        return std::nullopt;  // boost dates start in 1400
    return OperatingYear{first};
}

date one_year_later(const date& d)
{
    const int year = d.year() + 1;
    const int day = (d.month() == 2 && d.day() == 29) ? 28 : static_cast<int>(d.day());
    return date(static_cast<unsigned short>(year), d.month(), static_cast<unsigned short>(day));
}

date months_later(const date& d, int months)
{
    const int index = d.year() * 12 + (d.month() - 1) + months;
    const auto year = static_cast<unsigned short>(index / 12);
    const auto month = static_cast<unsigned short>(index % 12 + 1);
    const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    return date(year, month, std::min<unsigned short>(d.day(), last));
}

bool refreshed_in_past_operating_year(const date& approved, const date& today)
{
    const OperatingYear previous{operating_year_of(today).first_calendar_year - 1};
    return approved >= previous.start();
}

}  // namespace prevent::core
