// Reads the action plans of a live spreadsheet into the core's PlanSheet: a sheet is a plan when
// one of its first rows reads as a plan header (core/plan_columns); the rows below it come in
// one getDataArray call; core/plan_grid finds the plan in them, as it does for an .ods file.
#pragma once

#include "core/plan_checks.hxx"
#include "core/plan_grid.hxx"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <optional>
#include <vector>

namespace prevent::uno {

using core::kHeaderSearchRows;

std::optional<core::PlanSheet> read_plan_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Every sheet that holds a plan, in sheet order.
std::vector<core::PlanSheet> read_plan_sheets(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The sheet by name; nullptr when there is none.
css::uno::Reference<css::sheet::XSpreadsheet> sheet_named(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name);

// An ISO date as the document's serial number (days since its null date): 46234 for
// "2026-07-31" with the default null date.
double serial_of_iso(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::string& iso);

}  // namespace prevent::uno
