#include "iso_dates.hxx"

namespace prevent::core {

std::string iso_text(const boost::gregorian::date& day)
{
    if (day.is_special())
        return "";
    const auto ymd = day.year_month_day();
    const int year = ymd.year, month = ymd.month, d = ymd.day;  // year 1400..9999
    std::string text = "0000-00-00";
    const auto put = [&](std::size_t at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, d, 2);
    return text;
}

namespace {

// Reads 1..most digits at `at`; nullopt when there are none.
std::optional<int> number_at(std::string_view text, std::size_t& at, std::size_t most)
{
    const std::size_t from = at;
    int value = 0;
    while (at < text.size() && at - from < most && text[at] >= '0' && text[at] <= '9')
        value = value * 10 + (text[at++] - '0');
    return at > from ? std::optional<int>(value) : std::nullopt;
}

}  // namespace

std::optional<boost::gregorian::date> day_of_iso(std::string_view text)
{
    std::size_t at = 0;
    const auto year = number_at(text, at, 4);
    if (!year || at != 4 || at >= text.size() || text[at++] != '-')
        return std::nullopt;
    const auto month = number_at(text, at, 2);
    if (!month || at >= text.size() || text[at++] != '-')
        return std::nullopt;
    const auto day = number_at(text, at, 2);
    if (!day || at != text.size())
        return std::nullopt;
    if (*year < 1400 || *month < 1 || *month > 12 || *day < 1)
        return std::nullopt;
    const auto y = static_cast<unsigned short>(*year);
    const auto m = static_cast<unsigned short>(*month);
    if (*day > boost::gregorian::gregorian_calendar::end_of_month_day(y, m))
        return std::nullopt;
    return boost::gregorian::date(y, m, static_cast<unsigned short>(*day));
}

}  // namespace prevent::core
