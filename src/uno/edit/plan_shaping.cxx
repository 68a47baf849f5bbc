#include "uno/edit/plan_shaping.hxx"

#include "core/plan_checks.hxx"
#include "core/cell_address.hxx"
#include "core/document_strings.hxx"
#include "core/stored_names.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <algorithm>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

using core::PlanColumn;

// A quoted list for a validity or a formula: "a";"b" (the API's separator is ;).
OUString quoted_list(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items) {
        std::string escaped;
        for (const char c : item)
            escaped += c == '"' ? std::string("\"\"") : std::string(1, c);
        out += (out.empty() ? "" : ";") + ("\"" + escaped + "\"");
    }
    return from_utf8(out);
}

Reference<css::beans::XPropertySet> column_range(const Reference<css::sheet::XSpreadsheet>& sheet,
                                                 int column, int first_row, int last_row)
{
    return Reference<css::beans::XPropertySet>(
        Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW)
            ->getCellRangeByPosition(column, first_row, column, last_row),
        UNO_QUERY_THROW);
}

void validate(const Reference<css::beans::XPropertySet>& range, css::sheet::ValidationType type,
              const OUString& formula, css::sheet::ConditionOperator op, const std::string& message)
{
    const Reference<css::beans::XPropertySet> v(range->getPropertyValue("Validation"),
                                                UNO_QUERY_THROW);
    v->setPropertyValue("Type", Any(type));
    // The condition's operator and formula are set through XSheetCondition, not as properties.
    const Reference<css::sheet::XSheetCondition> condition(v, UNO_QUERY_THROW);
    condition->setOperator(op);
    condition->setFormula1(formula);
    v->setPropertyValue("IgnoreBlankCells", Any(true));
    if (type == css::sheet::ValidationType_LIST)
        v->setPropertyValue("ShowList", Any(sal_Int16(1)));  // unsorted: in the order given
    // A warning, not a stop: a provider's own values (an adopted "Done") stay enterable.
    v->setPropertyValue("ShowErrorMessage", Any(true));
    v->setPropertyValue("ErrorAlertStyle", Any(css::sheet::ValidationAlertStyle_WARNING));
    v->setPropertyValue("ErrorMessage", Any(from_utf8(message)));
    range->setPropertyValue("Validation", Any(v));
}

// A cell style of ours, made once per document.
OUString cell_style(const Reference<css::frame::XModel>& document, const char* name,
                    sal_Int32 background, sal_Int32 text)
{
    const Reference<css::container::XNameContainer> styles(
        Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("CellStyles"),
        UNO_QUERY_THROW);
    const OUString key = OUString::createFromAscii(name);
    if (!styles->hasByName(key)) {
        const Reference<css::beans::XPropertySet> style(
            Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
                ->createInstance("com.sun.star.style.CellStyle"),
            UNO_QUERY_THROW);
        styles->insertByName(key, Any(style));
        style->setPropertyValue("CellBackColor", Any(background));
        style->setPropertyValue("CharColor", Any(text));
    }
    return key;
}

void add_condition(const Reference<css::beans::XPropertySet>& range,
                   css::sheet::ConditionOperator op, const OUString& formula, const OUString& style)
{
    const Reference<css::sheet::XSheetConditionalEntries> entries(
        range->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
    // Relative references in the formula ($H2) are relative to the range's first cell.
    const auto area =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    Sequence<css::beans::PropertyValue> condition(4);
    condition[0].Name = "Operator";
    condition[0].Value <<= op;
    condition[1].Name = "Formula1";
    condition[1].Value <<= formula;
    condition[2].Name = "StyleName";
    condition[2].Value <<= style;
    condition[3].Name = "SourcePosition";
    condition[3].Value <<= css::table::CellAddress(area.Sheet, area.StartColumn, area.StartRow);
    entries->addNew(condition);
    range->setPropertyValue("ConditionalFormat", Any(entries));
}

sal_Int32 band_colour(const core::Catalogue& catalogue, const char* band, sal_Int32 fallback)
{
    for (const auto& b : catalogue.rating().bands)
        if (b.id == band)
            return static_cast<sal_Int32>(b.colour);
    return fallback;
}

// A free database range name: PreventActionPlan, PreventActionPlan2, ...
OUString free_range_name(const Reference<css::sheet::XDatabaseRanges>& ranges)
{
    for (int n = 1;; ++n) {
        const OUString name = OUString::createFromAscii(core::kActionPlanRange) +
                              (n == 1 ? OUString() : OUString::number(n));
        if (!ranges->hasByName(name))
            return name;
    }
}

}  // namespace

void shape_plan(const Reference<css::frame::XModel>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, const core::PlanHeader& header,
                int header_row, int last_data_row, const core::Catalogue& catalogue)
{
    fault_point("plan-shaping");
    const int first = header_row + 1;
    const int last = std::max(last_data_row, header_row) + kPlanRowsShaped;
    const int last_column = static_cast<int>(header.columns.size()) - 1;

    // Validity lists and dates.
    std::vector<std::string> areas;
    for (const auto& a : catalogue.areas())
        areas.push_back(a.title);
    const auto list = [&](PlanColumn kind, const std::vector<std::string>& items,
                          const char* message) {
        if (const auto c = header.column_of(kind))
            validate(column_range(sheet, *c, first, last), css::sheet::ValidationType_LIST,
                     quoted_list(items), css::sheet::ConditionOperator_NONE,
                     core::document_words(message));
    };
    list(PlanColumn::Area, areas, "plan-invalid-area");
    // In the language of the spreadsheet's words (the interface's when it is made).
    list(PlanColumn::Status, core::plan_statuses(), "plan-invalid-status");
    list(PlanColumn::Rag, core::plan_rags(), "plan-invalid-rag");
    for (const auto kind : {PlanColumn::StartDate, PlanColumn::DueDate, PlanColumn::CompletedDate,
                            PlanColumn::LastUpdated})
        if (const auto c = header.column_of(kind))
            validate(column_range(sheet, *c, first, last), css::sheet::ValidationType_DATE,
                     "DATE(2000;1;1)", css::sheet::ConditionOperator_GREATER_EQUAL,
                     core::document_words("plan-invalid-date"));

    // Overdue rows: a due date before today on a row that is not complete.
    const Reference<css::table::XCellRange> cells(sheet, UNO_QUERY_THROW);
    if (const auto due = header.column_of(PlanColumn::DueDate)) {
        const std::string at = "$" + core::column_letters(*due) + std::to_string(first + 1);
        std::string formula = "AND(ISNUMBER(" + at + ");" + at + "<TODAY()";
        if (const auto status = header.column_of(PlanColumn::Status)) {
            const std::string s = "$" + core::column_letters(*status) + std::to_string(first + 1);
            formula += ";" + s + "<>\"" + core::plan_statuses()[core::kCompleteStatus] + "\"";
        }
        formula += ")";
        const Reference<css::beans::XPropertySet> rows(
            cells->getCellRangeByPosition(0, first, last_column, last), UNO_QUERY_THROW);
        add_condition(rows, css::sheet::ConditionOperator_FORMULA, from_utf8(formula),
                      cell_style(document, core::kOverdueCellStyle, 0xFFC7CE, 0x9C0006));
    }
    // RAG in its band colours.
    if (const auto rag = header.column_of(PlanColumn::Rag)) {
        const auto range = column_range(sheet, *rag, first, last);
        const auto style = [&](const char* band, sal_Int32 fallback, sal_Int32 text) {
            return cell_style(document, (std::string(core::kRagCellStylePrefix) + band).c_str(),
                              band_colour(catalogue, band, fallback), text);
        };
        // The words its validity list offers (plan_rags: "Red" or "Coch"…).
        const auto rags = core::plan_rags();
        const auto quoted = [](const std::string& word) { return from_utf8("\"" + word + "\""); };
        add_condition(range, css::sheet::ConditionOperator_EQUAL, quoted(rags[0]),
                      style("red", 0xE0301E, 0xFFFFFF));
        add_condition(range, css::sheet::ConditionOperator_EQUAL, quoted(rags[1]),
                      style("amber", 0xFFC000, 0x000000));
        add_condition(range, css::sheet::ConditionOperator_EQUAL, quoted(rags[2]),
                      style("green", 0x3CB043, 0x000000));
    }

    // A database range over the plan, with an autofilter on its header.
    const Reference<css::sheet::XDatabaseRanges> ranges(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("DatabaseRanges"),
        UNO_QUERY_THROW);
    const auto address = Reference<css::sheet::XCellRangeAddressable>(
                             cells->getCellRangeByPosition(0, header_row, last_column,
                                                           std::max(last_data_row, first)),
                             UNO_QUERY_THROW)
                             ->getRangeAddress();
    const OUString name = free_range_name(ranges);
    ranges->addNewByName(name, address);
    Reference<css::beans::XPropertySet>(ranges->getByName(name), UNO_QUERY_THROW)
        ->setPropertyValue("AutoFilter", Any(true));

    // The header stays in view: the view shows this sheet, frozen under the header.
    if (const Reference<css::sheet::XSpreadsheetView> view{document->getCurrentController(),
                                                           UNO_QUERY};
        view.is()) {
        view->setActiveSheet(sheet);
        if (const Reference<css::sheet::XViewFreezable> freeze{view, UNO_QUERY}; freeze.is())
            freeze->freezeAtPosition(0, header_row + 1);
    }
}

}  // namespace prevent::uno
