#include "version_label.hxx"

namespace prevent::core {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string proposed_version(const std::string& approved, bool changed_since)
{
    if (!changed_since)
        return approved;
    const auto last = approved.find_last_of("0123456789");
    if (last == std::string::npos)
        return "";
    std::size_t first = last;
    while (first > 0 && digit(approved[first - 1]))
        --first;
    return approved.substr(0, first) + number_one_up(approved.substr(first, last + 1 - first)) +
           approved.substr(last + 1);
}

std::string number_one_up(std::string digits)
{
    // Decimal addition on the digits themselves: a long number never overflows.
    std::size_t i = digits.size();
    while (i > 0 && digits[i - 1] == '9')
        digits[--i] = '0';
    if (i == 0)
        digits.insert(digits.begin(), '1');
    else
        ++digits[i - 1];
    return digits;
}

}  // namespace prevent::core
