// A component for the benchmark only (packed in prevent-bench.oxt, never shipped): times, inside
// the office, CoverageChecker.check against a bare walk over the same paragraphs through the same
// API, so that neither pays the UNO bridge of a remote client.
// It also times typing: "type" starts a new paragraph at the end (not timed) and inserts Repeat
// characters into it one at a time, as keystrokes would, so the cost of a keystroke with and
// without the Prevent deck shows.
// And the risk register against plain Writer calls doing the same work: "risk-insert" (a risk
// table of 100 rows: insertRiskTable and 99 addRiskRow) against "plain-insert" (the same Writer
// edits made directly: a 2 x 15 table, then 99 rows appended one by one with their ref set), and
// "risk-read" (readRisks) against "plain-read" (every cell's text). XJob::execute({Document,
// Action, Repeat}) -> seconds (double).
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XActionPlanFiles.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentReview.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <chrono>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The bare walk: every paragraph of the body and of its tables, its text read, nothing else.
sal_Int64 walk(const Reference<css::text::XText>& text)
{
    sal_Int64 characters = 0;
    const Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY_THROW);
    for (const auto items = access->createEnumeration(); items->hasMoreElements();) {
        const Any item = items->nextElement();
        const Reference<css::text::XTextTable> table(item, UNO_QUERY);
        if (table.is()) {
            for (const auto& name : table->getCellNames())
                characters +=
                    walk(Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY_THROW));
            continue;
        }
        const Reference<css::text::XTextRange> paragraph(item, UNO_QUERY);
        if (paragraph.is())
            characters += paragraph->getString().getLength();
    }
    return characters;
}

class CoverageProbe : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    explicit CoverageProbe(Reference<css::uno::XComponentContext> context)
        : context_(std::move(context))
    {
    }

    Any SAL_CALL execute(const css::uno::Sequence<css::beans::NamedValue>& args) override
    {
        Reference<css::frame::XModel> document;
        OUString action;
        sal_Int32 repeat = 1;
        Reference<css::frame::XModel> assessment;
        OUString assessment_url;
        for (const auto& a : args) {
            if (a.Name == "Document")
                a.Value >>= document;
            else if (a.Name == "Action")
                a.Value >>= action;
            else if (a.Name == "Repeat")
                a.Value >>= repeat;
            else if (a.Name == "Assessment")
                a.Value >>= assessment;
            else if (a.Name == "AssessmentURL")
                a.Value >>= assessment_url;
        }
        if (action.startsWith("plan-"))  // a spreadsheet
            return Any(plan(document, assessment, assessment_url, action));
        const Reference<org::preventtoolkit::XCoverageChecker> checker(
            context_->getServiceManager()->createInstanceWithContext(
                "org.preventtoolkit.CoverageChecker", context_),
            UNO_QUERY_THROW);
        const auto text = Reference<css::text::XTextDocument>(document, UNO_QUERY_THROW)->getText();
        sal_Int64 sink = 0;
        if (action == "type") {
            const auto cursor = text->createTextCursor();
            cursor->gotoEnd(false);
            const Reference<css::text::XTextRange> at(cursor, UNO_QUERY_THROW);
            text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            const auto start = std::chrono::steady_clock::now();
            for (sal_Int32 i = 0; i < repeat; ++i)
                text->insertString(at, "x", false);
            const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
            return Any(took.count());
        }
        if (action.startsWith("risk-") || action.startsWith("plain-"))
            return Any(risks(document, action, repeat));
        const auto start = std::chrono::steady_clock::now();
        for (sal_Int32 i = 0; i < repeat; ++i) {
            if (action == "check")
                sink += checker->check(document, "he").Findings.getLength();
            else if (action == "snapshot")  // what the sidebar reads after a pause, all panels open
                sink += Reference<org::preventtoolkit::XDocumentReview>(
                            context_->getServiceManager()->createInstanceWithContext(
                                "org.preventtoolkit.DocumentReview", context_),
                            UNO_QUERY_THROW)
                            ->review(document, true, true, true)
                            .Coverage.Findings.getLength();
            else if (action == "three-calls")  // the same through each panel's own service
                sink += checker->check(document, "").Findings.getLength() +
                        Reference<org::preventtoolkit::XRiskRegister>(
                            context_->getServiceManager()->createInstanceWithContext(
                                "org.preventtoolkit.RiskRegister", context_),
                            UNO_QUERY_THROW)
                            ->reviewRisks(document)
                            .Findings.getLength() +
                        Reference<org::preventtoolkit::XApproval>(
                            context_->getServiceManager()->createInstanceWithContext(
                                "org.preventtoolkit.Approval", context_),
                            UNO_QUERY_THROW)
                            ->getStatus(document)
                            .ChangedSections.getLength();
            else if (action == "digest")
                sink += Reference<org::preventtoolkit::XApproval>(
                            context_->getServiceManager()->createInstanceWithContext(
                                "org.preventtoolkit.Approval", context_),
                            UNO_QUERY_THROW)
                            ->computeDigest(document)
                            .getLength();
            else
                sink += walk(text);
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        return Any(sink >= 0 ? took.count() : -1.0);
    }

    // The action plan: its sheet read in one getDataArray (the baseline), checked against the
    // assessment (open, or a file), or the assessment's missing actions brought in (then undone,
    // untimed).
    double plan(const Reference<css::frame::XModel>& spreadsheet,
                const Reference<css::frame::XModel>& assessment, const OUString& assessment_url,
                const OUString& action)
    {
        const Reference<org::preventtoolkit::XActionPlan> plans(
            context_->getServiceManager()->createInstanceWithContext(
                "org.preventtoolkit.ActionPlan", context_),
            UNO_QUERY_THROW);
        sal_Int64 sink = 0;
        const auto start = std::chrono::steady_clock::now();
        if (action == "plan-read") {
            const Reference<css::sheet::XSpreadsheet> sheet(
                Reference<css::sheet::XSpreadsheetDocument>(spreadsheet, UNO_QUERY_THROW)
                    ->getSheets()
                    ->getByName("Action plan"),
                UNO_QUERY_THROW);
            const Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
            const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
            used->gotoStartOfUsedArea(false);
            used->gotoEndOfUsedArea(true);
            sink += Reference<css::sheet::XCellRangeData>(cursor, UNO_QUERY_THROW)
                        ->getDataArray()
                        .getLength();
        } else if (action == "plan-check") {
            sink += plans->check(spreadsheet, assessment).getLength();
        } else if (action == "plan-check-file") {
            sink += Reference<org::preventtoolkit::XActionPlanFiles>(plans, UNO_QUERY_THROW)
                        ->checkAgainstFile(spreadsheet, assessment_url)
                        .getLength();
        } else if (action == "plan-import") {
            sink += plans->importActions(spreadsheet, assessment);
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        if (action == "plan-import")
            Reference<css::document::XUndoManagerSupplier>(spreadsheet, UNO_QUERY_THROW)
                ->getUndoManager()
                ->undo();
        return sink >= 0 ? took.count() : -1.0;
    }

    OUString SAL_CALL getImplementationName() override
    {
        return "org.preventtoolkit.comp.CoverageProbe";
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        const OUString name("org.preventtoolkit.bench.CoverageProbe");
        return css::uno::Sequence<OUString>(&name, 1);
    }

private:
    double risks(const Reference<css::frame::XModel>& document, const OUString& action,
                 sal_Int32 repeat)
    {
        const Reference<org::preventtoolkit::XRiskRegister> register_(
            context_->getServiceManager()->createInstanceWithContext(
                "org.preventtoolkit.RiskRegister", context_),
            UNO_QUERY_THROW);
        const auto tables =
            Reference<css::text::XTextTablesSupplier>(document, UNO_QUERY_THROW)->getTextTables();
        sal_Int64 sink = 0;
        const auto start = std::chrono::steady_clock::now();
        for (sal_Int32 i = 0; i < repeat; ++i) {
            if (action == "risk-insert") {
                const OUString name = register_->insertRiskTable(document, "leadership", "scored");
                for (int r = 1; r < 100; ++r)
                    sink += register_->addRiskRow(document, name).getLength();
            } else if (action == "plain-insert") {
                const Reference<css::text::XTextTable> table(
                    Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
                        ->createInstance("com.sun.star.text.TextTable"),
                    UNO_QUERY_THROW);
                table->initialize(2, 15);
                const auto cursor = Reference<css::text::XTextViewCursorSupplier>(
                                        document->getCurrentController(), UNO_QUERY_THROW)
                                        ->getViewCursor();
                cursor->getText()->insertTextContent(
                    Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                    Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
                Reference<css::text::XText>(table->getCellByName("A1"), UNO_QUERY_THROW)
                    ->setString("Ref");
                Reference<css::text::XText>(table->getCellByName("A2"), UNO_QUERY_THROW)
                    ->setString("R1");
                for (sal_Int32 r = 2; r < 101; ++r) {
                    table->getRows()->insertByIndex(r, 1);
                    Reference<css::text::XText>(table->getCellByName("A" + OUString::number(r + 1)),
                                                UNO_QUERY_THROW)
                        ->setString("R" + OUString::number(r));
                }
            } else if (action == "risk-read") {
                sink += register_->readRisks(document).getLength();
            } else {  // plain-read
                for (const auto& name : tables->getElementNames()) {
                    const Reference<css::text::XTextTable> table(tables->getByName(name),
                                                                 UNO_QUERY_THROW);
                    for (const auto& cell : table->getCellNames())
                        sink +=
                            Reference<css::text::XText>(table->getCellByName(cell), UNO_QUERY_THROW)
                                ->getString()
                                .getLength();
                }
            }
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        return sink >= 0 ? took.count() : -1.0;
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_preventtoolkit_bench_CoverageProbe_get_implementation(css::uno::XComponentContext* context,
                                                          css::uno::Sequence<css::uno::Any> const&)
{
    css::uno::Reference<css::uno::XInterface> probe =
        static_cast<cppu::OWeakObject*>(new CoverageProbe(context));
    probe->acquire();
    return probe.get();
}
