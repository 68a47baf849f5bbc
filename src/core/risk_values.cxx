#include "risk_values.hxx"

#include "heading_words.hxx"
#include "iso_dates.hxx"
#include "outline.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <unordered_map>

namespace prevent::core {

namespace {

std::string lower_trimmed(const std::string& text)
{
    std::string t;
    for (const char c : text)
        t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = t.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return t.substr(first, t.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<int> leading_number(const std::string& t)
{
    std::smatch m;
    static const std::regex number(R"(^\s*(\d{1,3})\b)");
    if (std::regex_search(t, m, number))
        return std::stoi(m[1]);
    return std::nullopt;
}

constexpr std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};

// The Welsh months, whole ("29 Tachwedd 2026", "3 Mawrth 2027").
constexpr std::array<const char*, 12> kWelshMonths = {
    "ionawr",     "chwefror", "mawrth", "ebrill", "mai",      "mehefin",
    "gorffennaf", "awst",     "medi",   "hydref", "tachwedd", "rhagfyr"};

// nullopt for 31/02/2026 and the like.
std::optional<std::string> iso(int year, int month, int day)
{
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > boost::gregorian::gregorian_calendar::end_of_month_day(
                  static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
        return std::nullopt;
    return iso_text(boost::gregorian::date(static_cast<unsigned short>(year),
                                           static_cast<unsigned short>(month),
                                           static_cast<unsigned short>(day)));
}

}  // namespace

// A label's words, split once per thread: splitting runs ICU, and every rating cell of every
// row is read against the same five labels.
static const std::vector<std::string>& label_words(const std::string& label)
{
    thread_local std::unordered_map<std::string, std::vector<std::string>> split;
    const auto found = split.find(label);
    if (found != split.end())
        return found->second;
    return split.emplace(label, heading_words(label)).first->second;
}

std::optional<int> parse_rating(const std::string& text, const std::vector<std::string>& labels)
{
    if (is_placeholder(text))
        return std::nullopt;
    const std::string t = lower_trimmed(text);
    if (const auto n = leading_number(t))
        return n;
    const auto words = heading_words(text);
    for (std::size_t i = labels.size(); i-- > 0;) {  // "very likely" before "likely"
        const auto& label = label_words(labels[i]);
        if (!label.empty() &&
            std::search(words.begin(), words.end(), label.begin(), label.end()) != words.end()) {
            // "Likely" must not be read in "Unlikely": the label's words stand alone here.
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> parse_rating(const std::string& text, const std::vector<std::string>& labels,
                                const std::vector<std::vector<std::string>>& others)
{
    if (const auto v = parse_rating(text, labels))
        return v;
    for (const auto& other : others)
        if (const auto v = parse_rating(text, other))
            return v;
    return std::nullopt;
}

std::optional<std::string> parse_band(const std::string& text, const RatingScale& scale)
{
    if (is_placeholder(text) || scale.bands.empty())
        return std::nullopt;
    const std::string t = lower_trimmed(text);
    const auto& bands = scale.bands;  // lowest first
    for (const auto& b : bands) {
        const std::string title = lower_trimmed(b.title);
        if (t == title || t == b.id || (!title.empty() && t == title.substr(0, 1)) ||
            t.rfind(title + " ", 0) == 0)
            return b.id;
    }
    // The usual words, in English and Welsh, whatever the catalogue's titles are in the office's
    // language (a Welsh table read in an English office): red, amber, green; high, medium, low.
    static const std::vector<std::string> highest = {"high", "h",     "very high",  "red",
                                                     "r",    "uchel", "uchel iawn", "coch"};
    static const std::vector<std::string> lowest = {"low", "l",    "very low",  "green",
                                                    "g",   "isel", "isel iawn", "gwyrdd"};
    static const std::vector<std::string> middle = {
        "medium", "med", "moderate", "m", "amber", "a", "canolig", "cymedrol", "ambr", "oren"};
    const auto one_of = [&](const std::vector<std::string>& words) {
        return std::find(words.begin(), words.end(), t) != words.end();
    };
    if (one_of(highest))
        return bands.back().id;
    if (one_of(lowest))
        return bands.front().id;
    if (one_of(middle) && bands.size() >= 3)
        return bands[bands.size() / 2].id;
    return std::nullopt;
}

ParsedScore parse_score(const std::string& text, const RatingScale& scale)
{
    ParsedScore s;
    if (is_placeholder(text))
        return s;
    std::string t = lower_trimmed(text);
    for (auto at = t.find("\xc3\x97"); at != std::string::npos; at = t.find("\xc3\x97"))
        t.replace(at, 2, "x");  // the multiplication sign
    std::smatch m;
    static const std::regex equals(R"(=\s*(\d{1,3}))");
    static const std::regex product(R"((\d)\s*[x*]\s*(\d))");
    if (std::regex_search(t, m, equals))
        s.value = std::stoi(m[1]);
    else if (std::regex_search(t, m, product))
        s.value = std::stoi(m[1]) * std::stoi(m[2]);
    else if (const auto n = leading_number(t))
        s.value = n;
    s.band = s.value ? std::optional<std::string>() : parse_band(text, scale);
    if (s.value)
        if (const auto* band = scale.band_for_score(*s.value))
            s.band = band->id;
    return s;
}

namespace {

// Reads digits at `at` (at least `fewest`, at most `most`); nullopt when there are too few.
std::optional<int> digits(const std::string& t, std::size_t& at, std::size_t fewest,
                          std::size_t most)
{
    const std::size_t from = at;
    int value = 0;
    while (at < t.size() && at - from < most && t[at] >= '0' && t[at] <= '9')
        value = value * 10 + (t[at++] - '0');
    return at - from >= fewest ? std::optional<int>(value) : std::nullopt;
}

// The two all-digit forms (2027-03-31, 31/03/2027) read without a regex: a plan of thousands of
// rows asks for two dates a row, and std::regex costs microseconds a call. Same answers as the
// patterns in parse_date, which still read every other form.
std::optional<std::optional<std::string>> numeric_date(const std::string& t)
{
    std::size_t at = 0;
    const auto first = digits(t, at, 1, 4);
    if (!first || at >= t.size())
        return std::nullopt;
    const std::size_t first_length = at;
    const char separator = t[at];
    if (first_length == 4 && separator == '-') {  // ISO: yyyy-m-d
        ++at;
        const auto month = digits(t, at, 1, 2);
        if (!month || at >= t.size() || t[at] != '-')
            return std::nullopt;
        ++at;
        const auto day = digits(t, at, 1, 2);
        if (!day || at != t.size())
            return std::nullopt;  // a time after a 't', or more digits: the regex decides
        return iso(*first, *month, *day);
    }
    if (first_length > 2 || (separator != '/' && separator != '.' && separator != '-'))
        return std::nullopt;
    ++at;  // d/m/yy or d/m/yyyy, with / . or - between
    const auto month = digits(t, at, 1, 2);
    if (!month || at >= t.size() || (t[at] != '/' && t[at] != '.' && t[at] != '-'))
        return std::nullopt;
    ++at;
    const std::size_t year_at = at;
    const auto year = digits(t, at, 2, 4);
    if (!year || at != t.size() || at - year_at == 3)
        return std::nullopt;
    return iso(at - year_at == 2 ? *year + 2000 : *year, *month, *first);
}

}  // namespace

std::optional<std::string> parse_date(const std::string& text)
{
    const std::string t = lower_trimmed(text);
    if (t.empty())
        return std::nullopt;
    if (const auto quick = numeric_date(t))
        return *quick;
    std::smatch m;
    static const std::regex iso_date(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(t.*)?$)");
    static const std::regex uk_numeric(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$)");
    static const std::regex uk_words(R"(^(\d{1,2})(st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$)");
    if (std::regex_match(t, m, iso_date))
        return iso(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    if (std::regex_match(t, m, uk_numeric)) {
        int year = std::stoi(m[3]);
        if (m[3].length() == 2)
            year += 2000;
        return iso(year, std::stoi(m[2]), std::stoi(m[1]));
    }
    if (std::regex_match(t, m, uk_words)) {
        const auto welsh = std::find(kWelshMonths.begin(), kWelshMonths.end(), m[3].str());
        if (welsh != kWelshMonths.end())
            return iso(std::stoi(m[4]), static_cast<int>(welsh - kWelshMonths.begin()) + 1,
                       std::stoi(m[1]));
        const std::string month = m[3].str().substr(0, 3);
        const auto it = std::find(kMonths.begin(), kMonths.end(), month);
        if (it != kMonths.end() && (m[3].length() == 3 || m[3].length() >= 3))
            return iso(std::stoi(m[4]), static_cast<int>(it - kMonths.begin()) + 1,
                       std::stoi(m[1]));
    }
    return std::nullopt;
}

bool is_complete(const std::string& status)
{
    const std::string t = lower_trimmed(status);
    // and in Welsh: "Wedi'i gwblhau", "Cwblhawyd", "Cyflawn", "Wedi cau", "Ar gau".
    static const std::vector<std::string> welsh = {
        "cwblhawyd",           "wedi cwblhau",    "wedi'i gwblhau",
        "wedi\u2019i gwblhau", "wedi ei gwblhau", "cyflawn",
        "wedi'i gau",          "wedi cau",        "ar gau"};
    return t == "complete" || t == "completed" || t == "closed" || t == "done" ||
           t.rfind("complete ", 0) == 0 || std::find(welsh.begin(), welsh.end(), t) != welsh.end();
}

}  // namespace prevent::core
