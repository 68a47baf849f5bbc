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
    // Decimal addition on the digits themselves: a long number never overflows.
    std::string number = approved.substr(first, last + 1 - first);
    std::size_t i = number.size();
    while (i > 0 && number[i - 1] == '9')
        number[--i] = '0';
    if (i == 0)
        number.insert(number.begin(), '1');
    else
        ++number[i - 1];
    return approved.substr(0, first) + number + approved.substr(last + 1);
}

}  // namespace prevent::core
