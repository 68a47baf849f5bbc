// What Recalculate (RiskRegister.recalculate) changes in a risk table: each score cell whose
// value is not likelihood × impact of its row and phase, and each RAG cell whose band is not the
// band of the row's last score (the residual when rated, else the inherent). Only cells that
// disagree are changed; a row without both ratings of a phase keeps that phase's score as
// written. The same rule for the live document and for any other reader.
#pragma once

#include "catalogue.hxx"
#include "risk_columns.hxx"
#include "risk_register.hxx"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

struct CellChange {
    std::string address;  // "D4", as the table names the cell
    std::string value;    // the text to write
};

std::vector<CellChange> recalculation(const TableGrid& table, const RiskHeader& header,
                                      const RatingScale& scale);

// The heat map table Insert heat map writes: a corner, the impact steps across the top, the
// likelihood steps down the side (the most likely first), and the count of risks in each cell
// (empty for none); colours[row][column] is the band colour of a count cell (0xRRGGBB), none
// for the labels and for a score no band covers.
struct HeatMapTable {
    std::vector<std::vector<std::string>> cells;
    std::vector<std::vector<std::optional<std::uint32_t>>> colours;
};

HeatMapTable heat_map_table(const std::vector<RiskRow>& risks, const Catalogue& catalogue);

}  // namespace prevent::core
