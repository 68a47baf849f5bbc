#include "uno/services/action_plan_service.hxx"

#include "uno/base/service_implementation.hxx"

#include "uno/read/assessment_risks.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "core/plan_checks.hxx"
#include "core/approval.hxx"
#include "core/clock.hxx"
#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "core/plan_summary.hxx"
#include "core/risk_values.hxx"
#include "uno/stored/document_properties.hxx"
#include "uno/base/log.hxx"
#include "uno/edit/plan_shaping.hxx"
#include "uno/read/plan_sheet.hxx"
#include "uno/edit/undo_step.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_findings.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_state.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XActionPlanFiles.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cctype>
#include <array>
#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno::action_plan_service {

namespace {

using core::PlanColumn;

// Widths of our own sheet's columns (1/100 mm), in PlanColumn order: text columns wide enough to
// read, ids and dates narrow.
constexpr std::array<sal_Int32, core::kPlanColumnCount> kWidths = {
    2200, 2200, 5000, 7000, 5000, 4000, 2800, 2800, 3000, 2000, 7000, 5000, 2800, 2800};

bool is_date_column(PlanColumn c)
{
    return c == PlanColumn::StartDate || c == PlanColumn::DueDate ||
           c == PlanColumn::CompletedDate || c == PlanColumn::LastUpdated;
}

// A free sheet name: "Action plan", "Action plan 2", ...
OUString free_sheet_name(const Reference<css::sheet::XSpreadsheetDocument>& calc,
                         const std::string& base)
{
    for (int n = 1;; ++n) {
        const OUString name = from_utf8(base) + (n == 1 ? OUString() : " " + OUString::number(n));
        if (!calc->getSheets()->hasByName(name))
            return name;
    }
}

sal_Int32 date_format(const Reference<css::sheet::XSpreadsheetDocument>& calc)
{
    const Reference<css::util::XNumberFormatTypes> types(
        Reference<css::util::XNumberFormatsSupplier>(calc, UNO_QUERY_THROW)->getNumberFormats(),
        UNO_QUERY_THROW);
    return types->getStandardFormat(css::util::NumberFormat::DATE,
                                    css::lang::Locale("en", "GB", ""));
}

// A sheet just inserted, removed again unless keep() is called: a method that fails half way
// leaves no half-made sheet (undoing a sheet insertion is unsafe in LibreOffice 7.4 without a
// window, so the undo step cannot be relied on for it).
class NewSheet {
public:
    NewSheet(const Reference<css::sheet::XSpreadsheetDocument>& calc, const OUString& name)
        : calc_(calc), name_(name)
    {
    }
    ~NewSheet()
    {
        if (kept_)
            return;
        try {
            calc_->getSheets()->removeByName(name_);
        } catch (...) {  // the error that brought us here is the one to report
        }
    }
    NewSheet(const NewSheet&) = delete;
    NewSheet& operator=(const NewSheet&) = delete;
    void keep() { kept_ = true; }

private:
    Reference<css::sheet::XSpreadsheetDocument> calc_;
    OUString name_;
    bool kept_ = false;
};

class ActionPlanService : public ServiceImplementation<org::preventtoolkit::XActionPlan,
                                                       org::preventtoolkit::XActionPlanFiles> {
public:
    explicit ActionPlanService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    OUString SAL_CALL createSheet(const Reference<css::frame::XModel>& spreadsheet) override
    {
        return at_uno_boundary("ActionPlan.createSheet", self(), [&] {
            const auto calc = shapeable_spreadsheet(spreadsheet);
            const auto catalogue = read_catalogue_configuration(context_);
            UndoStep undo(spreadsheet, core::document_words("undo-create-action-plan"));
            return create(spreadsheet, calc, catalogue);
        });
    }

    OUString SAL_CALL adoptSheet(const Reference<css::frame::XModel>& spreadsheet,
                                 const OUString& sheet_name) override
    {
        return at_uno_boundary("ActionPlan.adoptSheet", self(), [&] {
            const auto calc = shapeable_spreadsheet(spreadsheet);
            const auto sheet = sheet_named(calc, to_utf8(sheet_name));
            if (!sheet.is())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.no-sheet-named", {to_utf8(sheet_name)})), self(),
                    1);
            const auto plan = read_plan_sheet(calc, sheet);
            if (!plan)
                throw css::lang::IllegalArgumentException(
                    from_utf8(
                        core::message("uno.no-plan-header", {std::to_string(kHeaderSearchRows)})),
                    self(), 1);
            const auto catalogue = read_catalogue_configuration(context_);
            UndoStep undo(spreadsheet, core::document_words("undo-adopt-action-plan"));
            shape_plan(spreadsheet, sheet, plan->header, plan->header_row,
                       plan->rows.empty() ? plan->header_row : plan->rows.back().row, catalogue);
            return sheet_name;
        });
    }

    Sequence<org::preventtoolkit::Finding> SAL_CALL
    check(const Reference<css::frame::XModel>& spreadsheet,
          const Reference<css::frame::XModel>& assessment) override
    {
        return at_uno_boundary("ActionPlan.check", self(), [&] {
            const auto calc = spreadsheet_of(spreadsheet);
            if (!assessment.is())
                return check_plans(calc, nullptr);
            const auto risks = risks_of_assessment(context_, assessment, self(), 2);
            return check_plans(calc, &risks);
        });
    }

    Sequence<org::preventtoolkit::Finding> SAL_CALL checkAgainstFile(
        const Reference<css::frame::XModel>& spreadsheet, const OUString& assessment_url) override
    {
        return at_uno_boundary("ActionPlan.checkAgainstFile", self(), [&] {
            const auto calc = spreadsheet_of(spreadsheet);
            const auto risks = risks_of_assessment_file(context_, assessment_url, self(), 2);
            return check_plans(calc, &risks);
        });
    }

    sal_Int32 SAL_CALL importActions(const Reference<css::frame::XModel>& spreadsheet,
                                     const Reference<css::frame::XModel>& assessment) override
    {
        return at_uno_boundary("ActionPlan.importActions", self(), [&] {
            const auto calc = editable_spreadsheet(spreadsheet);
            if (!assessment.is())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.give-assessment-to-import")), self(), 2);
            return import(spreadsheet, calc, risks_of_assessment(context_, assessment, self(), 2));
        });
    }

    sal_Int32 SAL_CALL importActionsFromFile(const Reference<css::frame::XModel>& spreadsheet,
                                             const OUString& assessment_url) override
    {
        return at_uno_boundary("ActionPlan.importActionsFromFile", self(), [&] {
            const auto calc = editable_spreadsheet(spreadsheet);
            return import(spreadsheet, calc,
                          risks_of_assessment_file(context_, assessment_url, self(), 2));
        });
    }

    OUString SAL_CALL insertSummary(const Reference<css::frame::XModel>& spreadsheet) override
    {
        return at_uno_boundary("ActionPlan.insertSummary", self(), [&] {
            const auto calc = editable_spreadsheet(spreadsheet);
            const auto plans = read_plan_sheets(calc);
            if (plans.empty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.no-plan-to-summarise")), self(), 0);
            const auto catalogue = read_catalogue_configuration(context_);
            UndoStep undo(spreadsheet, core::document_words("undo-insert-plan-summary"));
            return summary(calc, plans, catalogue);
        });
    }

private:
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet_of(
        const Reference<css::frame::XModel>& document)
    {
        const Reference<css::sheet::XSpreadsheetDocument> calc(document, UNO_QUERY);
        const Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
        if (!calc.is() || !info.is() ||
            !info->supportsService("com.sun.star.sheet.SpreadsheetDocument"))
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.not-a-calc-spreadsheet")), self(), 1);
        return calc;
    }

    Reference<css::sheet::XSpreadsheetDocument> editable_spreadsheet(
        const Reference<css::frame::XModel>& document)
    {
        const auto calc = spreadsheet_of(document);
        if (is_read_only(document))
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.spreadsheet-read-only")), self(), 1);
        return calc;
    }

    // Shaping a plan sets cell styles, validity and conditional formats, which LibreOffice
    // refuses while any sheet of the document is protected: say so before changing anything.
    Reference<css::sheet::XSpreadsheetDocument> shapeable_spreadsheet(
        const Reference<css::frame::XModel>& document)
    {
        const auto calc = editable_spreadsheet(document);
        const Reference<css::container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
            const Reference<css::util::XProtectable> sheet(sheets->getByIndex(i), UNO_QUERY);
            if (sheet.is() && sheet->isProtected()) {
                const OUString name =
                    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.sheet-protected", {to_utf8(name)})), self(), 1);
            }
        }
        if (const Reference<css::util::XProtectable> whole(document, UNO_QUERY);
            whole.is() && whole->isProtected())
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.spreadsheet-structure-protected")), self(), 1);
        return calc;
    }

    Sequence<org::preventtoolkit::Finding> check_plans(
        const Reference<css::sheet::XSpreadsheetDocument>& calc,
        const std::vector<core::AssessmentRisk>* risks)
    {
        std::vector<core::Finding> findings;
        for (const auto& plan : read_plan_sheets(calc)) {
            auto found = core::check_plan(plan, core::today(), risks);
            findings.insert(findings.end(), found.begin(), found.end());
        }
        return findings_to_uno(findings);
    }

    sal_Int32 import(const Reference<css::frame::XModel>& spreadsheet,
                     const Reference<css::sheet::XSpreadsheetDocument>& calc,
                     const std::vector<core::AssessmentRisk>& risks)
    {
        const auto catalogue = read_catalogue_configuration(context_);
        auto plans = read_plan_sheets(calc);
        if (!plans.empty() && core::actions_to_import(plans.front(), risks).empty())
            return 0;  // nothing to do: not even an empty undo step
        UndoStep undo(spreadsheet, core::document_words("undo-import-actions"));
        if (plans.empty()) {  // no plan yet: ours, then the actions into it
            create(spreadsheet, calc, catalogue);
            plans = read_plan_sheets(calc);
        }
        const auto& plan = plans.front();
        const auto added = core::actions_to_import(plan, risks);
        write_actions(calc, plan, added, catalogue);
        return static_cast<sal_Int32>(added.size());
    }

    OUString create(const Reference<css::frame::XModel>& document,
                    const Reference<css::sheet::XSpreadsheetDocument>& calc,
                    const core::Catalogue& catalogue)
    {
        const auto& titles = catalogue.table_styles().action_plan;
        if (titles.size() != static_cast<std::size_t>(core::kPlanColumnCount))
            throw css::uno::RuntimeException(
                from_utf8(core::message("uno.catalogue-no-plan-columns")), self());
        const OUString name = free_sheet_name(calc, core::document_words("plan-sheet-name"));
        const Reference<css::container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
        calc->getSheets()->insertNewByName(name, static_cast<sal_Int16>(sheets->getCount()));
        NewSheet made(calc, name);
        const auto sheet = sheet_named(calc, to_utf8(name));
        const Reference<css::table::XCellRange> cells(sheet, UNO_QUERY_THROW);
        const auto last_column = core::kPlanColumnCount - 1;

        const auto header_range = cells->getCellRangeByPosition(0, 0, last_column, 0);
        Sequence<Sequence<Any>> header(1);
        header[0].realloc(core::kPlanColumnCount);
        for (int c = 0; c < core::kPlanColumnCount; ++c)
            header[0][c] <<= from_utf8(titles[static_cast<std::size_t>(c)]);
        Reference<css::sheet::XCellRangeData>(header_range, UNO_QUERY_THROW)->setDataArray(header);
        const Reference<css::beans::XPropertySet> header_props(header_range, UNO_QUERY_THROW);
        header_props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        header_props->setPropertyValue("CellBackColor", Any(sal_Int32(0xDDE4EE)));
        header_props->setPropertyValue("IsTextWrapped", Any(true));

        const Reference<css::container::XIndexAccess> columns(
            Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(),
            UNO_QUERY_THROW);
        const sal_Int32 dates = date_format(calc);
        for (int c = 0; c < core::kPlanColumnCount; ++c) {
            Reference<css::beans::XPropertySet>(columns->getByIndex(c), UNO_QUERY_THROW)
                ->setPropertyValue("Width", Any(kWidths[static_cast<std::size_t>(c)]));
            if (is_date_column(static_cast<PlanColumn>(c)))
                Reference<css::beans::XPropertySet>(
                    cells->getCellRangeByPosition(c, 1, c, kPlanRowsShaped), UNO_QUERY_THROW)
                    ->setPropertyValue("NumberFormat", Any(dates));
        }
        core::PlanHeader shape;
        for (int c = 0; c < core::kPlanColumnCount; ++c)
            shape.columns.push_back(static_cast<PlanColumn>(c));
        shape_plan(document, sheet, shape, 0, 0, catalogue);
        made.keep();
        return name;
    }

    // New rows below the last one, in the plan's own columns; nothing above them changes.
    void write_actions(const Reference<css::sheet::XSpreadsheetDocument>& calc,
                       const core::PlanSheet& plan, const std::vector<core::NewAction>& added,
                       const core::Catalogue& catalogue)
    {
        const auto sheet = sheet_named(calc, plan.name);
        int row = plan.rows.empty() ? plan.header_row + 1 : plan.rows.back().row + 1;
        const std::string today = boost::gregorian::to_iso_extended_string(core::today());
        for (const auto& a : added) {
            const auto* area = catalogue.find_area(a.area_id);
            const std::map<PlanColumn, std::string> values = {
                {PlanColumn::ActionId, a.action_id},
                {PlanColumn::RiskRef, a.risk_ref},
                {PlanColumn::Area, area ? area->title : a.area_id},
                {PlanColumn::Action, a.action},
                {PlanColumn::Owner, a.owner},
                {PlanColumn::DueDate, a.due_date},
                {PlanColumn::Status, core::document_words("plan-new-status")},
                {PlanColumn::LastUpdated, today}};
            for (const auto& [kind, value] : values) {
                const auto column = plan.header.column_of(kind);
                if (!column || value.empty())
                    continue;
                const auto cell = sheet->getCellByPosition(*column, row);
                if (is_date_column(kind) && core::parse_date(value) == value)  // ISO: a date value
                    cell->setValue(serial_of_iso(calc, value));
                else
                    Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(from_utf8(value));
            }
            ++row;
        }
    }

    OUString summary(const Reference<css::sheet::XSpreadsheetDocument>& calc,
                     const std::vector<core::PlanSheet>& plans, const core::Catalogue& catalogue)
    {
        const auto today = core::today();
        const auto summary = core::summarise_plan(core::count_plans(plans, today), catalogue);

        const OUString name =
            free_sheet_name(calc, core::document_words("plan-summary-sheet-name"));
        const Reference<css::container::XIndexAccess> sheets(calc->getSheets(), UNO_QUERY_THROW);
        calc->getSheets()->insertNewByName(name, static_cast<sal_Int16>(sheets->getCount()));
        NewSheet made(calc, name);
        const auto sheet = sheet_named(calc, to_utf8(name));
        const auto text = [&](int column, int row, const std::string& value) {
            Reference<css::text::XText>(sheet->getCellByPosition(column, row), UNO_QUERY_THROW)
                ->setString(from_utf8(value));
        };
        text(0, 0, core::document_words("summary-title", {core::long_date(today)}));
        text(0, 2, core::document_words("summary-area"));
        const auto statuses = core::plan_statuses();
        for (std::size_t s = 0; s < statuses.size(); ++s)
            text(static_cast<int>(s) + 1, 2, statuses[s]);
        text(static_cast<int>(core::kSummaryOtherStatus) + 1, 2,
             core::document_words("summary-other-status"));
        text(static_cast<int>(core::kSummaryColumns), 2, core::document_words("summary-total"));
        const auto counts = [&](int row, const core::SummaryCounts& values) {
            for (std::size_t c = 0; c < values.size(); ++c)
                sheet->getCellByPosition(static_cast<sal_Int32>(c) + 1, row)->setValue(values[c]);
        };
        int row = 3;
        for (const auto& r : summary.rows) {
            text(0, row, r.title);
            counts(row++, r.counts);
        }
        text(0, row, core::document_words("summary-total"));
        counts(row, summary.totals);
        row += 2;
        for (const auto& [key, n] : {std::pair{"summary-open", summary.open},
                                     std::pair{"summary-overdue", summary.overdue},
                                     std::pair{"summary-complete", summary.complete}}) {
            text(0, row, core::document_words(key));
            sheet->getCellByPosition(1, row++)->setValue(n);
        }
        const Reference<css::beans::XPropertySet> bold(
            Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW)
                ->getCellRangeByPosition(0, 2, 6, 2),
            UNO_QUERY_THROW);
        bold->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        Reference<css::beans::XPropertySet>(
            Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)
                ->getColumns()
                ->getByIndex(0),
            UNO_QUERY_THROW)
            ->setPropertyValue("Width", Any(sal_Int32(8000)));
        made.keep();
        return name;
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.ActionPlan"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.ActionPlan");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ActionPlanService(context));
}

}  // namespace prevent::uno::action_plan_service
