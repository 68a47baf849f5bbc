// A Calc package's sheets as the checks need them — the same model the extension reads from the
// live spreadsheet (src/uno/canonical_reader, plan_sheet): each non-empty cell with its address,
// its kind for the digest (text, number, date, date-time by its number format, formula in the
// API's form) and its value as getDataArray gives it (formula cells by their result). One pass
// over content.xml, repeated rows and columns expanded only where they hold something.
#pragma once

#include "core/plan_checks.hxx"
#include "core/canonical_text.hxx"
#include "core/plan_grid.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace prevent::odf {

struct OdsCell {
    int row = 0;     // zero-based
    int column = 0;  // zero-based
    core::CanonicalCell canonical;
    core::GridValue value;
};

struct OdsSheet {
    std::string name;
    std::vector<OdsCell> cells;  // row by row, column by column
};

struct OdsDocument {
    std::vector<OdsSheet> sheets;
    boost::gregorian::date null_date{1899, 12, 30};

    std::vector<core::CanonicalSheet> canonical() const;
    std::vector<core::PlanSheet> plans() const;  // every sheet that holds a plan, in sheet order
};

// Cells beyond this many are not expanded from repeats: the file is refused as too large.
inline constexpr std::size_t kMaxSheetCells = 5'000'000;

// From content.xml and styles.xml (may be empty). XmlError when not well-formed; std::length_error
// beyond kMaxSheetCells.
OdsDocument read_ods(std::string_view content_xml, std::string_view styles_xml);

// An OpenFormula as stored ("of:=SUM([.A1:.A3])") in the API's form ("=SUM(A1:A3)"):
// docs/digest.md, Calc rule 2.
std::string api_formula(std::string_view stored);

}  // namespace prevent::odf
