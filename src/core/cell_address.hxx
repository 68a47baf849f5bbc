// A1-style cell addresses, shared by Writer tables, Calc sheets and the findings that name them.
#pragma once

#include <string>

namespace prevent::core {

// 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string column_letters(int index);

// (2, 3) -> "C4": zero-based column and row.
inline std::string cell_address(int column, int row)
{
    return column_letters(column) + std::to_string(row + 1);
}

}  // namespace prevent::core
