// Which column of a table holds what, read from its header row(s) the way a Prevent lead reads
// another provider's risk register: "Severity" is impact, "Gross" is inherent, "Net" and
// "Current" are residual, "Lead officer" and "Person responsible" are the owner, "By when" is the
// target date; a group row ("Inherent risk") over "L · I · Score" qualifies the columns under it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

enum class RiskColumn {
    Ref,
    Area,
    Risk,
    Description,
    InherentLikelihood,
    InherentImpact,
    InherentScore,
    Controls,
    ResidualLikelihood,
    ResidualImpact,
    ResidualScore,
    Rag,
    Actions,
    Owner,
    TargetDate,
    Status,
};

// A cell of a header row: its text and the grid columns it spans (merged cells span several).
struct HeaderCell {
    std::string text;
    int first_column = 0;
    int span = 1;
};

struct RiskHeader {
    std::vector<std::optional<RiskColumn>> columns;  // one per grid column
    int header_rows = 1;

    std::optional<int> column_of(RiskColumn kind) const;
    bool has(RiskColumn kind) const { return column_of(kind).has_value(); }
    // A table with likelihood and impact columns; others are RAG-only or narrative.
    bool scored() const;
};

// The header of a risk table, from its first one or two rows; nullopt when the rows do not name
// enough known columns to be a risk table (a risk or description column and two more).
std::optional<RiskHeader> read_risk_header(const std::vector<std::vector<HeaderCell>>& top_rows,
                                           int grid_columns);

// The kind of one column title, without a group above it ("Gross score" -> InherentScore).
std::optional<RiskColumn> column_kind(const std::string& title);

}  // namespace prevent::core
