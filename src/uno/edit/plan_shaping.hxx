// Shapes a sheet as an action plan without touching a value: validity lists for area, status
// and RAG, dates validated as dates, conditional formats for overdue rows and RAG colours, a
// database range with an autofilter, and the header frozen. The same for a sheet we create and
// one a provider adopts.
#pragma once

#include "core/catalogue.hxx"
#include "core/plan_columns.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace prevent::uno {

// How many rows below the header the lists and formats cover, at least: room to grow.
inline constexpr int kPlanRowsShaped = 1000;

// last_data_row: the last row holding anything (zero-based), or header_row when none.
void shape_plan(const css::uno::Reference<css::frame::XModel>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                const core::PlanHeader& header, int header_row, int last_data_row,
                const core::Catalogue& catalogue);

}  // namespace prevent::uno
