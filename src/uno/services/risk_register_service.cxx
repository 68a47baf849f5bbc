#include "uno/services/risk_register_service.hxx"

#include "uno/base/service_implementation.hxx"

#include "uno/base/cached_matcher.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "core/risk_coverage.hxx"
#include "core/clock.hxx"
#include "core/coverage.hxx"
#include "core/heading_matcher.hxx"
#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "core/risk_register.hxx"
#include "core/assessment_check.hxx"
#include "uno/services/document_reports.hxx"
#include "core/risk_recalculation.hxx"
#include "core/risk_summary.hxx"
#include "core/stored_names.hxx"
#include "core/risk_values.hxx"
#include "uno/stored/coverage_marks.hxx"
#include "uno/stored/document_profile.hxx"
#include "uno/stored/document_properties.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_findings.hxx"
#include "uno/edit/toolkit_table.hxx"
#include "uno/edit/undo_step.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_arguments.hxx"
#include "uno/read/writer_outline.hxx"
#include "uno/read/writer_tables.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <set>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno::risk_register_service {

namespace {

struct RiskTable {
    ReadTable read;
    core::RiskHeader header;
    std::vector<core::RiskRow> rows;
};

class RiskRegisterService : public ServiceImplementation<org::preventtoolkit::XRiskRegister> {
public:
    explicit RiskRegisterService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    OUString SAL_CALL insertRiskTable(const Reference<css::frame::XModel>& document,
                                      const OUString& area_id, const OUString& style) override
    {
        return at_uno_boundary("RiskRegister.insertRiskTable", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const core::Area* area = catalogue.find_area(to_utf8(area_id));
            if (!area)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.unknown-area", {to_utf8(area_id)})), self(), 1);
            const auto* titles = catalogue.table_styles().columns(to_utf8(style));
            if (!titles || titles->empty())
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.unknown-table-style", {to_utf8(style)})), self(),
                    2);
            const std::string name = free_name(text, core::kRiskTablePrefix + area->id + "_");
            const auto cells = *core::new_risk_table_cells(catalogue.table_styles(), to_utf8(style),
                                                           fresh_ref(text));

            UndoStep undo(document, core::document_words("undo-insert-risk-table"));
            const auto table =
                new_table(document, 2, static_cast<sal_Int32>(cells.front().size()), name);
            fill_table(table, cells);
            return from_utf8(name);
        });
    }

    OUString SAL_CALL addRiskRow(const Reference<css::frame::XModel>& document,
                                 const OUString& table_name) override
    {
        return at_uno_boundary("RiskRegister.addRiskRow", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto names =
                Reference<css::text::XTextTablesSupplier>(text, UNO_QUERY_THROW)->getTextTables();
            const auto header =
                names->hasByName(table_name)
                    ? read_risk_header_of(Reference<css::text::XTextTable>(
                                              names->getByName(table_name), UNO_QUERY_THROW),
                                          has_tracked_changes(text))
                    : std::nullopt;
            if (!header)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.no-risk-table-named", {to_utf8(table_name)})),
                    self(), 1);
            const Reference<css::text::XTextTable> table(names->getByName(table_name),
                                                         UNO_QUERY_THROW);
            refuse_protected(table);
            const std::string ref = fresh_ref(text);
            UndoStep undo(document, core::document_words("undo-add-risk-row"));
            const Reference<css::container::XIndexAccess> rows(table->getRows(), UNO_QUERY_THROW);
            const sal_Int32 count = rows->getCount();
            table->getRows()->insertByIndex(count, 1);
            if (const auto column = header->column_of(core::RiskColumn::Ref)) {
                const std::string address = column_letters(*column) + std::to_string(count + 1);
                Reference<css::text::XText>(table->getCellByName(from_utf8(address)),
                                            UNO_QUERY_THROW)
                    ->setString(from_utf8(ref));
                return from_utf8(ref);
            }
            return OUString();
        });
    }

    Sequence<org::preventtoolkit::RiskRow> SAL_CALL
    readRisks(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("RiskRegister.readRisks", self(), [&] {
            const auto text = text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            return risk_rows_to_uno(risk_rows(text, catalogue, *matcher_for(catalogue)));
        });
    }

    Sequence<org::preventtoolkit::Finding> SAL_CALL
    checkRisks(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("RiskRegister.checkRisks", self(), [&] {
            const auto text = text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const auto matcher = matcher_for(catalogue);
            return risk_report(document, read_text_model(text, true), catalogue, *matcher).Findings;
        });
    }

    org::preventtoolkit::RiskReport SAL_CALL
    reviewRisks(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("RiskRegister.reviewRisks", self(), [&] {
            const auto text = text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const auto matcher = matcher_for(catalogue);
            // One walk for the tables and the outline their findings need.
            return risk_report(document, read_text_model(text, true), catalogue, *matcher);
        });
    }

    sal_Int32 SAL_CALL recalculate(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("RiskRegister.recalculate", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const auto matcher = matcher_for(catalogue);
            struct Change {
                Reference<css::text::XTextTable> table;
                core::CellChange cell;
            };
            std::vector<Change> changes;
            for (const auto& t : risk_tables(text, catalogue, *matcher))
                for (auto& c : core::recalculation(t.read.grid, t.header, catalogue.rating()))
                    changes.push_back({t.read.table, std::move(c)});
            for (const auto& c : changes)
                refuse_protected(c.table, c.cell.address);
            if (!changes.empty()) {
                UndoStep undo(document, core::document_words("undo-recalculate"));
                for (const auto& c : changes)
                    Reference<css::text::XText>(c.table->getCellByName(from_utf8(c.cell.address)),
                                                UNO_QUERY_THROW)
                        ->setString(from_utf8(c.cell.value));
            }
            return static_cast<sal_Int32>(changes.size());
        });
    }

    OUString SAL_CALL insertHeatMap(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("RiskRegister.insertHeatMap", self(), [&] {
            const auto text = editable_text_document(document, self());
            const auto catalogue = read_catalogue_configuration(context_);
            const auto map = core::heat_map_table(
                risk_rows(text, catalogue, *matcher_for(catalogue)), catalogue);
            const std::string name = free_name(text, core::kHeatMapPrefix);
            UndoStep undo(document, core::document_words("undo-insert-heat-map"));
            const auto table = new_table(document, static_cast<sal_Int32>(map.cells.size()),
                                         static_cast<sal_Int32>(map.cells.front().size()), name);
            fill_table(table, map.cells);
            for (std::size_t row = 0; row < map.colours.size(); ++row)
                for (std::size_t column = 0; column < map.colours[row].size(); ++column)
                    if (const auto colour = map.colours[row][column]) {
                        const std::string address =
                            core::cell_address(static_cast<int>(column), static_cast<int>(row));
                        Reference<css::beans::XPropertySet>(
                            table->getCellByName(from_utf8(address)), UNO_QUERY_THROW)
                            ->setPropertyValue("BackColor", Any(static_cast<sal_Int32>(*colour)));
                    }
            return from_utf8(name);
        });
    }

private:
    static std::vector<core::RiskRow> risk_rows(const Reference<css::text::XTextDocument>& text,
                                                const core::Catalogue& catalogue,
                                                const core::HeadingMatcher& matcher)
    {
        return core::read_risks(read_table_model(text), catalogue, matcher);
    }

    std::vector<RiskTable> risk_tables(const Reference<css::text::XTextDocument>& text,
                                       const core::Catalogue& catalogue,
                                       const core::HeadingMatcher& matcher)
    {
        std::vector<RiskTable> out;
        for (auto& read : read_tables(text, matcher)) {
            const auto header = risk_header_from(read.grid);
            if (!header)
                continue;
            auto rows = core::read_risk_table(read.grid, catalogue, matcher);
            out.push_back({std::move(read), *header, rows ? *rows : std::vector<core::RiskRow>()});
        }
        return out;
    }

    // R<n>, the lowest n no ref of any risk table uses (rows waiting to be filled included). Reads
    // only the headers and the ref columns, not every cell.
    static std::string fresh_ref(const Reference<css::text::XTextDocument>& text)
    {
        std::set<std::string> used;
        const bool tracked = has_tracked_changes(text);
        // Every table, nested ones included, in no particular order: order does not matter here.
        const auto tables =
            Reference<css::text::XTextTablesSupplier>(text, UNO_QUERY_THROW)->getTextTables();
        for (const auto& name : tables->getElementNames()) {
            const Reference<css::text::XTextTable> table(tables->getByName(name), UNO_QUERY_THROW);
            const auto header = read_risk_header_of(table, tracked);
            const auto column = header ? header->column_of(core::RiskColumn::Ref) : std::nullopt;
            if (!column)
                continue;
            const Reference<css::container::XIndexAccess> all(table->getRows(), UNO_QUERY_THROW);
            if (!tracked &&
                refs_in_one_call(table, *column, header->header_rows, all->getCount(), used))
                continue;
            for (sal_Int32 r = header->header_rows; r < all->getCount(); ++r) {
                const Reference<css::text::XText> cell(
                    table->getCellByName(
                        from_utf8(column_letters(*column) + std::to_string(r + 1))),
                    UNO_QUERY);
                if (cell.is())
                    used.insert(text_without_deletions(cell, tracked));
            }
        }
        for (int n = 1;; ++n)
            if (!used.count("R" + std::to_string(n)))
                return "R" + std::to_string(n);
    }

    // The ref column's texts through one getDataArray call, which is many times faster than a
    // call per cell; false when Writer refuses the range (merged cells), to read cell by cell.
    static bool refs_in_one_call(const Reference<css::text::XTextTable>& table, int column,
                                 sal_Int32 first_row, sal_Int32 row_count,
                                 std::set<std::string>& used)
    {
        if (first_row >= row_count)
            return true;
        try {
            const std::string letters = column_letters(column);
            const auto range =
                Reference<css::table::XCellRange>(table, UNO_QUERY_THROW)
                    ->getCellRangeByName(from_utf8(letters + std::to_string(first_row + 1) + ":" +
                                                   letters + std::to_string(row_count)));
            const Reference<css::sheet::XCellRangeData> data(range, UNO_QUERY);
            if (!data.is())
                return false;
            for (const auto& row : data->getDataArray())
                for (const auto& value : row) {
                    OUString text;
                    if (value >>= text)
                        used.insert(to_utf8(text));
                }
            return true;
        } catch (const css::uno::RuntimeException&) {
            return false;
        }
    }

    static std::string free_name(const Reference<css::text::XTextDocument>& text,
                                 const std::string& prefix)
    {
        const auto names =
            Reference<css::text::XTextTablesSupplier>(text, UNO_QUERY_THROW)->getTextTables();
        for (int n = 1;; ++n)
            if (!names->hasByName(from_utf8(prefix + std::to_string(n))))
                return prefix + std::to_string(n);
    }

    static Reference<css::text::XTextTable> new_table(const Reference<css::frame::XModel>& document,
                                                      sal_Int32 rows, sal_Int32 columns,
                                                      const std::string& name)
    {
        const auto cursor = Reference<css::text::XTextViewCursorSupplier>(
                                document->getCurrentController(), UNO_QUERY_THROW)
                                ->getViewCursor();
        return insert_toolkit_table(document,
                                    Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), rows,
                                    columns, name);
    }

    // A protected cell may not change: refuse before anything does.
    void refuse_protected(const Reference<css::text::XTextTable>& table,
                          const std::string& address = "")
    {
        const auto names = address.empty() ? table->getCellNames() : Sequence<OUString>(nullptr, 0);
        std::vector<OUString> cells(names.begin(), names.end());
        if (!address.empty())
            cells.push_back(from_utf8(address));
        for (const auto& name : cells) {
            bool protected_cell = false;
            Reference<css::beans::XPropertySet>(table->getCellByName(name), UNO_QUERY_THROW)
                ->getPropertyValue("IsProtected") >>= protected_cell;
            if (protected_cell)
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.table-protected")), self(), 0);
        }
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.RiskRegister"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.RiskRegister");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new RiskRegisterService(context));
}

}  // namespace prevent::uno::risk_register_service
