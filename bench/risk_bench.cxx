// The risk register against plain Writer calls doing the same work, in one run, both timed inside
// the office by the probe of prevent-bench.oxt: inserting a risk table of 100 rows
// (insertRiskTable and 99 addRiskRow, each one undo step) against a 101 x 15 table filled with
// setDataArray; readRisks on 60 tables of 20 rows against reading every cell's text.
// Run: build/bench/risk_bench   (not part of ctest)
#include "documents.hxx"
#include "office.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

prevent::testing::Office office;
std::map<std::string, std::pair<double, int>> totals;  // action -> seconds, runs

double in_office(const prevent::testing::Document& doc, const char* action)
{
    const Reference<css::task::XJob> probe(office.create("org.preventtoolkit.bench.CoverageProbe"),
                                           UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::NamedValue> args(3);
    args[0] = css::beans::NamedValue("Document", Any(doc.model()));
    args[1] = css::beans::NamedValue("Action", Any(rtl::OUString::createFromAscii(action)));
    args[2] = css::beans::NamedValue("Repeat", Any(sal_Int32(1)));
    double seconds = 0;
    probe->execute(args) >>= seconds;
    return seconds;
}

// 60 scored risk tables of 20 filled rows, under a heading each, built with setDataArray.
std::unique_ptr<prevent::testing::Document> sixty_tables()
{
    auto doc = std::make_unique<prevent::testing::Document>(office, "private:factory/swriter");
    const auto text = Reference<css::text::XTextDocument>(doc->model(), UNO_QUERY_THROW)->getText();
    const Reference<css::lang::XMultiServiceFactory> factory(doc->model(), UNO_QUERY_THROW);
    const char* const header[] = {"Ref",
                                  "Risk",
                                  "Cause / description",
                                  "Inherent L",
                                  "Inherent I",
                                  "Inherent score",
                                  "Existing controls",
                                  "Residual L",
                                  "Residual I",
                                  "Residual score",
                                  "RAG",
                                  "Further actions",
                                  "Owner",
                                  "Target date",
                                  "Status"};
    for (int t = 0; t < 60; ++t) {
        text->insertString(text->getEnd(), "External speakers and events\n", false);
        const Reference<css::text::XTextTable> table(
            factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
        table->initialize(21, 15);
        text->insertTextContent(text->getEnd(),
                                Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
        css::uno::Sequence<css::uno::Sequence<Any>> data(21);
        for (sal_Int32 r = 0; r < 21; ++r) {
            css::uno::Sequence<Any> row(15);
            for (sal_Int32 c = 0; c < 15; ++c) {
                std::string v = r == 0             ? header[c]
                                : c == 0           ? "R" + std::to_string(t * 20 + r)
                                : c == 3 || c == 7 ? "3"
                                : c == 4 || c == 8 ? "4"
                                : c == 5 || c == 9 ? "12"
                                : c == 10          ? "Amber"
                                : c == 13          ? "31/03/2027"
                                                   : "Text of the risk";
                row[c] <<= rtl::OUString::fromUtf8(v.c_str());
            }
            data[r] = row;
        }
        Reference<css::sheet::XCellRangeData>(table, UNO_QUERY_THROW)->setDataArray(data);
    }
    return doc;
}

void BM_InOffice(benchmark::State& state, const char* action, bool read)
{
    for (auto _ : state) {
        // A fresh document each round: inserting 100 rows into the same one would grow it.
        state.PauseTiming();
        auto doc =
            read ? sixty_tables()
                 : std::make_unique<prevent::testing::Document>(office, "private:factory/swriter");
        state.ResumeTiming();
        const double s = in_office(*doc, action);
        state.SetIterationTime(s);
        totals[action].first += s;
        ++totals[action].second;
    }
}

BENCHMARK_CAPTURE(BM_InOffice, plain_insert, "plain-insert", false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_InOffice, risk_insert, "risk-insert", false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_InOffice, plain_read, "plain-read", true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_InOffice, risk_read, "risk-read", true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

double mean(const char* action)
{
    return totals[action].first / std::max(totals[action].second, 1);
}

// readRisks against plain reads in interleaved rounds on one document (reading changes nothing),
// so a machine that slows down or speeds up over the run moves both sides alike: the median of
// the rounds' ratios, with the lowest and highest.
void interleaved_read_ratio(int rounds)
{
    const auto doc = sixty_tables();
    std::vector<double> ratios, plain;
    for (int r = 0; r < rounds; ++r) {
        plain.push_back(in_office(*doc, "plain-read"));
        ratios.push_back(in_office(*doc, "risk-read") / plain.back());
    }
    std::sort(ratios.begin(), ratios.end());
    std::sort(plain.begin(), plain.end());
    std::printf("interleaved, %d rounds; plain cell reads median %.1f ms\n", rounds,
                1000 * plain[plain.size() / 2]);
    std::printf("readRisks / plain cell reads = %.2f (median; %.2f to %.2f)\n",
                ratios[ratios.size() / 2], ratios.front(), ratios.back());
}

}  // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_extensions = {PREVENT_BENCH_OXT};
    office.start(options);
    benchmark::RunSpecifiedBenchmarks();
    std::printf("insert a 100-row risk table / plain = %.2f (%.1f ms / %.1f ms)\n",
                mean("risk-insert") / mean("plain-insert"), 1000 * mean("risk-insert"),
                1000 * mean("plain-insert"));
    std::printf("readRisks on 60 tables of 20 rows / plain cell reads = %.2f (%.1f ms / %.1f ms)\n",
                mean("risk-read") / mean("plain-read"), 1000 * mean("risk-read"),
                1000 * mean("plain-read"));
    interleaved_read_ratio(11);
    office.stop();
    benchmark::Shutdown();
    return 0;
}
