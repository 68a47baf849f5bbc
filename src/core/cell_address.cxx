#include "cell_address.hxx"

namespace prevent::core {

std::string column_letters(int index)
{
    std::string letters;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (i - 1) % 26));
    return letters;
}

}  // namespace prevent::core
