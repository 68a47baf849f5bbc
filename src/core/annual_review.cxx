#include "annual_review.hxx"

#include "version_label.hxx"

#include <array>
#include <cctype>

namespace prevent::core {

namespace {

bool digit_at(const std::string& text, std::size_t i)
{
    return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
}

// The ways a year and the next are written, for the first calendar year y.
std::array<std::string, 6> forms(int y)
{
    const std::string first = std::to_string(y), next = std::to_string(y + 1);
    const std::string short_next = next.substr(next.size() - 2);
    return {first + "-" + short_next, first + "/" + short_next, first + "\u2013" + short_next,
            first + "-" + next,       first + "/" + next,       first + " to " + next};
}

}  // namespace

OperatingYear next_review_year(const std::optional<OperatingYear>& assessment_year,
                               const boost::gregorian::date& today)
{
    const OperatingYear now = operating_year_of(today);
    if (!assessment_year)
        return now;
    OperatingYear next{assessment_year->first_calendar_year + 1};
    return next.first_calendar_year < now.first_calendar_year ? now : next;
}

std::vector<YearEdit> year_edits(const std::string& text, const OperatingYear& from,
                                 const OperatingYear& to)
{
    const auto old_forms = forms(from.first_calendar_year);
    const auto new_forms = forms(to.first_calendar_year);
    std::vector<YearEdit> edits;
    std::size_t i = 0;
    while (i < text.size()) {
        bool found = false;
        // Longest forms first ("2026-2027" before "2026-20"), and never inside a longer number.
        for (std::size_t f : {3u, 4u, 5u, 0u, 1u, 2u}) {
            const std::string& form = old_forms[f];
            if (text.compare(i, form.size(), form) != 0 || (i > 0 && digit_at(text, i - 1)) ||
                digit_at(text, i + form.size()))
                continue;
            edits.push_back({i, form.size(), new_forms[f]});
            i += form.size();
            found = true;
            break;
        }
        if (!found)
            ++i;
    }
    return edits;
}

std::string with_year_moved(const std::string& text, const OperatingYear& from,
                            const OperatingYear& to)
{
    std::string out;
    std::size_t done = 0;
    for (const auto& e : year_edits(text, from, to)) {
        out += text.substr(done, e.at - done) + e.replacement;
        done = e.at + e.length;
    }
    return out + text.substr(done);
}

std::string next_year_file_name(const std::string& name, const OperatingYear& from,
                                const OperatingYear& to)
{
    const std::string moved = with_year_moved(name, from, to);
    if (moved != name)
        return moved;
    const auto dot = name.rfind('.');
    const std::size_t at = dot == std::string::npos || dot == 0 ? name.size() : dot;
    return name.substr(0, at) + " " + to.name() + name.substr(at);
}

std::string next_year_version(const std::string& approved)
{
    const auto first = approved.find_first_of("0123456789");
    if (first == std::string::npos)
        return "";
    std::size_t end = first;
    while (digit_at(approved, end))
        ++end;
    const std::string number = number_one_up(approved.substr(first, end - first));
    std::string rest = approved.substr(end);
    for (char& c : rest)
        if (std::isdigit(static_cast<unsigned char>(c)))
            c = '0';
    return approved.substr(0, first) + number + rest;
}

}  // namespace prevent::core
