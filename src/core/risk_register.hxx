// The risks of an assessment, read from its risk tables, and the checks on them (findings with
// locations table:<name>!<cell>). A table is a risk table when its header names enough known
// columns (risk_columns); its area comes from an Area column or the section it stands in.
#pragma once

#include "catalogue.hxx"
#include "findings.hxx"
#include "heading_matcher.hxx"
#include "risk_columns.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

struct GridCell {
    std::string text;
    int first_column = 0;
    int span = 1;
    std::string address;  // "B4", as the table names the cell
};

// The cell of a grid row that covers a grid column (a merged cell covers several), or null.
const GridCell* cell_at(const std::vector<GridCell>& row, int column);

// A table as read from a document: rows of cells in grid columns.
struct TableGrid {
    std::string name;
    int columns = 0;
    std::vector<std::vector<GridCell>> rows;
    std::string section_area;  // the area of the section the table stands in, if any
};

struct RiskRow {
    std::string table;
    int row = 0;  // from 1, below the header
    std::string ref, area_id, risk, rag, controls, actions, owner, target_date, status;
    int inherent_likelihood = 0, inherent_impact = 0, inherent_score = 0;
    int residual_likelihood = 0, residual_impact = 0, residual_score = 0;
    // Where each column's cell is ("table:Name!B4"), for findings; empty where the table has none.
    std::vector<std::string> locations;  // by RiskColumn
    std::optional<std::string>
        score_band[2];  // a score written as a band ("High"): inherent, residual
    bool scored_table = false;
    std::string location_of(
        RiskColumn column) const;  // the row's first cell where the column is absent
    bool has_column(RiskColumn column) const;
};

// The risk rows of one table, or nullopt when it is not a risk table. Rows with nothing but a
// ref (a new row waiting to be filled) are left out.
std::optional<std::vector<RiskRow>> read_risk_table(const TableGrid& table,
                                                    const Catalogue& catalogue,
                                                    const HeadingMatcher& matcher);

std::vector<Finding> check_risks(const std::vector<RiskRow>& risks, const RatingScale& scale,
                                 const boost::gregorian::date& today);

// The cells of a new risk table of the style ("scored", "rag", "narrative"): the style's column
// titles, then a first row with the ref in the ref column (if the style has one); nullopt for an
// unknown style.
std::optional<std::vector<std::vector<std::string>>> new_risk_table_cells(
    const RiskTableStyles& styles, std::string_view style, const std::string& ref);

}  // namespace prevent::core
