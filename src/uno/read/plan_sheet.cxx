#include "uno/read/plan_sheet.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::uno {

namespace {

boost::gregorian::date null_date(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    css::util::Date d(30, 12, 1899);
    if (const Reference<css::util::XNumberFormatsSupplier> s{document, UNO_QUERY}; s.is())
        s->getNumberFormatSettings()->getPropertyValue("NullDate") >>= d;
    return boost::gregorian::date(static_cast<unsigned short>(d.Year), d.Month, d.Day);
}

// A value of getDataArray: a string (empty for an empty cell) or a number.
// Read by its type class: the general >>= looks the types up, once per cell of a large plan.
core::GridValue grid_value(const Any& value)
{
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_STRING: {
        const auto& text = *static_cast<const rtl::OUString*>(value.getValue());
        return text.isEmpty() ? core::GridValue{} : core::GridValue::of_text(to_utf8(text));
    }
    case css::uno::TypeClass_DOUBLE:
        return core::GridValue::of_number(*static_cast<const double*>(value.getValue()));
    default:
        break;
    }
    double number = 0;
    if (value >>= number)  // another number type
        return core::GridValue::of_number(number);
    return {};
}

}  // namespace

double serial_of_iso(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::string& iso)
{
    return static_cast<double>(
        (boost::gregorian::from_simple_string(iso) - null_date(document)).days());
}

Reference<css::sheet::XSpreadsheet> sheet_named(
    const Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name)
{
    const auto sheets = document->getSheets();
    const auto key = from_utf8(name);
    if (!sheets->hasByName(key))
        return nullptr;
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(key), UNO_QUERY_THROW);
}

std::optional<core::PlanSheet> read_plan_sheet(
    const Reference<css::sheet::XSpreadsheetDocument>& document,
    const Reference<css::sheet::XSpreadsheet>& sheet)
{
    fault_point("plan-sheet");
    const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const auto area =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    // From A1: column letters and row numbers in findings are the sheet's own.
    const Reference<css::table::XCellRange> range(sheet, UNO_QUERY_THROW);
    const auto all =
        Reference<css::sheet::XCellRangeData>(
            range->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow), UNO_QUERY_THROW)
            ->getDataArray();
    std::vector<std::vector<core::GridValue>> rows;
    rows.reserve(static_cast<std::size_t>(all.getLength()));
    for (const auto& row : all) {
        rows.emplace_back();
        rows.back().reserve(static_cast<std::size_t>(row.getLength()));
        for (const Any& value : row)
            rows.back().push_back(grid_value(value));
    }
    return core::plan_from_grid(
        to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()), rows,
        null_date(document));
}

std::vector<core::PlanSheet> read_plan_sheets(
    const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    fault_point("plan-sheet");
    std::vector<core::PlanSheet> plans;
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        if (auto plan = read_plan_sheet(document, Reference<css::sheet::XSpreadsheet>(
                                                      sheets->getByIndex(i), UNO_QUERY_THROW)))
            plans.push_back(std::move(*plan));
    return plans;
}

}  // namespace prevent::uno
