#include "long_date.hxx"

#include "messages.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>

namespace prevent::core {

namespace {

// A formatter is not safe to share between threads (prevent-check --jobs): one per thread and
// locale, made once.
const icu::DateFormat* formatter(const std::string& locale)
{
    thread_local std::map<std::string, std::unique_ptr<icu::DateFormat>> made;
    auto& f = made[locale];
    if (!f) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale where = icu::Locale::forLanguageTag(locale, status);
        if (U_FAILURE(status))
            return nullptr;
        f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, where));
        if (f)
            f->setTimeZone(*icu::TimeZone::getGMT());  // a date is a day, wherever the machine is
    }
    return f.get();
}

}  // namespace

std::string long_date(const boost::gregorian::date& d, const std::string& locale)
{
    if (d.is_special())
        return "?";
    const auto* f = formatter(locale.empty() ? message_language() : locale);
    if (!f)
        return boost::gregorian::to_iso_extended_string(d);
    const double days = static_cast<double>((d - boost::gregorian::date(1970, 1, 1)).days());
    icu::UnicodeString shown;
    f->format(days * U_MILLIS_PER_DAY + U_MILLIS_PER_HOUR * 12,
              shown);  // noon: no day lost to rounding
    std::string out;
    return shown.toUTF8String(out);
}

}  // namespace prevent::core
