// The action plan at scale (not in ctest): ActionPlan.check and importActions on a plan of 5,000
// rows, against the baseline of reading the same sheet with one getDataArray, all timed inside
// the office by the probe of prevent-bench.oxt, in the same run. The assessment has 100 risks
// with further actions; 50 of them have no row in the plan, so importActions adds 50 rows (and
// is undone, untimed, before the next run). The check against the assessment as a file is timed
// twice: a file read for the first time (loaded hidden and closed: a fresh copy each run), and a
// file already read (kept until it changes on disk), which is what the panel pays at each pause.
#include "documents.hxx"
#include "office.hxx"
#include "uno_values.hxx"

#include <benchmark/benchmark.h>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr int kRows = 5000;
constexpr int kRisks = 100;

prevent::testing::Office office;
std::unique_ptr<prevent::testing::Document> plan, assessment;
std::map<std::string, std::pair<double, int>> totals;  // action -> seconds, runs
constexpr int kFileCopies =
    8;  // the assessment on disk: copy 0 read once and kept, the others fresh
int next_fresh_copy = 1;

OUString u(const std::string& s) { return OUString::fromUtf8(s.c_str()); }

// 100 risks R1..R100, each with a further action.
void build_assessment()
{
    assessment = std::make_unique<prevent::testing::Document>(office, "private:factory/swriter");
    const auto text =
        Reference<css::text::XTextDocument>(assessment->model(), UNO_QUERY_THROW)->getText();
    text->insertString(text->getEnd(), "Online safety\n", false);
    const Reference<css::text::XTextTable> table(
        Reference<css::lang::XMultiServiceFactory>(assessment->model(), UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.TextTable"),
        UNO_QUERY_THROW);
    table->initialize(kRisks + 1, 5);
    text->insertTextContent(text->getEnd(),
                            Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
    Sequence<Sequence<Any>> data(kRisks + 1);
    const char* const header[] = {"Ref", "Risk", "Further actions", "Owner", "Target date"};
    data[0].realloc(5);
    for (int c = 0; c < 5; ++c)
        data[0][c] <<= OUString::createFromAscii(header[c]);
    for (int r = 1; r <= kRisks; ++r) {
        data[r].realloc(5);
        data[r][0] <<= u("R" + std::to_string(r));
        data[r][1] <<= u("Risk number " + std::to_string(r));
        data[r][2] <<= u("Further action for risk " + std::to_string(r));
        data[r][3] <<= OUString("Prevent lead");
        data[r][4] <<= OUString("31/03/2027");
    }
    Reference<css::sheet::XCellRangeData>(table, UNO_QUERY_THROW)->setDataArray(data);
}

// 5,000 actions; the first 50 risks have rows, the other 50 do not.
void build_plan()
{
    plan = std::make_unique<prevent::testing::Document>(office, "private:factory/scalc");
    const Reference<org::preventtoolkit::XActionPlan> plans(
        office.create("org.preventtoolkit.ActionPlan"), UNO_QUERY_THROW);
    plans->createSheet(plan->model());
    const Reference<css::sheet::XSpreadsheet> sheet(
        Reference<css::sheet::XSpreadsheetDocument>(plan->model(), UNO_QUERY_THROW)
            ->getSheets()
            ->getByName("Action plan"),
        UNO_QUERY_THROW);
    Sequence<Sequence<Any>> data(kRows);
    for (int r = 0; r < kRows; ++r) {
        data[r].realloc(14);
        for (int c = 0; c < 14; ++c)
            data[r][c] <<= OUString();
        data[r][0] <<= u("A" + std::to_string(r + 1));
        data[r][1] <<= u("R" + std::to_string(r % (kRisks / 2) + 1));
        data[r][2] <<= OUString("Leadership and partnership");
        data[r][3] <<= u("Action " + std::to_string(r + 1));
        data[r][5] <<= OUString::createFromAscii(r % 7 == 0 ? "" : "Registrar");
        data[r][7] <<= double(46000 + r % 800);  // some past, some to come
        data[r][8] <<= OUString::createFromAscii(r % 3 == 0 ? "Complete" : "In progress");
        data[r][9] <<= OUString::createFromAscii(r % 3 == 0 ? "Green" : "Amber");
    }
    Reference<css::sheet::XCellRangeData>(Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW)
                                              ->getCellRangeByPosition(0, 1, 13, kRows),
                                          UNO_QUERY_THROW)
        ->setDataArray(data);
}

OUString copy_url(int n)
{
    return prevent::testing::file_url(office.folder() /
                                      ("assessment-" + std::to_string(n) + ".odt"));
}

void store_assessment_copies()
{
    for (int n = 0; n < kFileCopies; ++n)
        assessment->store_as(office.folder() / ("assessment-" + std::to_string(n) + ".odt"),
                             "writer8");
}

double in_office(const char* action)
{
    const Reference<css::task::XJob> probe(office.create("org.preventtoolkit.bench.CoverageProbe"),
                                           UNO_QUERY_THROW);
    const std::string name = action;
    Sequence<css::beans::NamedValue> args(4);
    args[0] = css::beans::NamedValue("Document", Any(plan->model()));
    args[1] = css::beans::NamedValue(
        "Action", Any(OUString::createFromAscii(name == "plan-check-file-first" ? "plan-check-file"
                                                                                : action)));
    args[2] = css::beans::NamedValue("Assessment", Any(assessment->model()));
    args[3] = css::beans::NamedValue(
        "AssessmentURL",
        Any(copy_url(name == "plan-check-file-first" ? next_fresh_copy++ % kFileCopies : 0)));
    double seconds = 0;
    probe->execute(args) >>= seconds;
    return seconds;
}

void BM_InOffice(benchmark::State& state, const char* action)
{
    for (auto _ : state) {
        const double s = in_office(action);
        state.SetIterationTime(s);
        totals[action].first += s;
        ++totals[action].second;
    }
}

BENCHMARK_CAPTURE(BM_InOffice, read, "plan-read")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_InOffice, check, "plan-check")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_InOffice, check_file_first, "plan-check-file-first")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_InOffice, check_file_kept, "plan-check-file")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_InOffice, import, "plan-import")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

double mean(const char* action)
{
    return totals[action].first / std::max(totals[action].second, 1);
}

}  // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_extensions = {PREVENT_BENCH_OXT};
    office.start(options);
    try {
        build_assessment();
        build_plan();
        store_assessment_copies();
        in_office("plan-check");       // warm: the first call loads the component and the catalogue
        in_office("plan-check-file");  // copy 0 read once: kept from now on
        benchmark::RunSpecifiedBenchmarks();
    } catch (const css::uno::Exception& e) {
        std::fprintf(stderr, "plan_bench: %s\n",
                     rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
        office.stop();
        return 1;
    }
    std::printf("check (5,000 rows, 100 risks) / getDataArray = %.2f (%.1f ms / %.1f ms)\n",
                mean("plan-check") / mean("plan-read"), 1000 * mean("plan-check"),
                1000 * mean("plan-read"));
    std::printf(
        "checkAgainstFile, first read / getDataArray = %.2f (%.1f ms); already read / getDataArray "
        "= %.2f (%.1f ms)\n",
        mean("plan-check-file-first") / mean("plan-read"), 1000 * mean("plan-check-file-first"),
        mean("plan-check-file") / mean("plan-read"), 1000 * mean("plan-check-file"));
    std::printf("importActions (adds 50) / getDataArray = %.2f (%.1f ms / %.1f ms)\n",
                mean("plan-import") / mean("plan-read"), 1000 * mean("plan-import"),
                1000 * mean("plan-read"));
    plan.reset();
    assessment.reset();
    office.stop();
    benchmark::Shutdown();
    return 0;
}
