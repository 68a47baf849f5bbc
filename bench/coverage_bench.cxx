// CoverageChecker.check on a 300-page assessment (3,000 paragraphs, 60 tables) against a bare
// walk over the same paragraphs through the same API, both timed inside the office by the probe
// of prevent-bench.oxt, in one run. Prints Google Benchmark's table, then the ratios to the walk
// of the digest, check and a whole snapshot from interleaved rounds.
// Run: build/bench/coverage_bench   (not part of ctest)
#include "documents.hxx"
#include "office.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/task/XJob.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

prevent::testing::Office office;
std::unique_ptr<prevent::testing::Document> assessment;

const char* const kHeadings[] = {"Leadership and governance",
                                 "Working in partnership",
                                 "Local context",
                                 "Risk assessment and action plan",
                                 "Staff training",
                                 "Welfare and pastoral support",
                                 "Prayer rooms",
                                 "External speakers and events",
                                 "IT policies and filtering",
                                 "Security-sensitive research",
                                 "Students' union and societies",
                                 "Student engagement",
                                 "Information sharing",
                                 "Estates and lettings",
                                 "Sub-contractors",
                                 "Policies and procedures",
                                 "British values",
                                 "Monitoring and reporting",
                                 "Introduction",
                                 "Catering"};

const char* const kSentence =
    "The Prevent Steering Group reviewed the controls in this area at its meeting in October, "
    "found them "
    "proportionate to the risks the local profile describes, and agreed the further actions "
    "recorded in the "
    "action plan with owners and target dates for the coming operating year.";

// 300 sections: a heading and nine paragraphs each (3,000 paragraphs), a 5 x 4 table in every
// fifth.
void build_assessment()
{
    assessment = std::make_unique<prevent::testing::Document>(office, "private:factory/swriter");
    prevent::testing::WriterBuilder builder(assessment->model());
    for (int section = 0; section < 300; ++section) {
        builder.heading(std::to_string(section + 1) + ". " + kHeadings[section % 20],
                        section % 3 == 2 ? 2 : 1);
        for (int p = 0; p < 9; ++p)
            builder.body(kSentence);
        if (section % 5 == 0)
            builder.table({{"Ref", "Risk", "Controls", "Owner"},
                           {"R1", "Speakers", "Events panel", "Director"},
                           {"R2", "Training", "E-learning", "Head of HR"},
                           {"R3", "Filtering", "Web filter", "CIO"},
                           {"R4", "Lettings", "Checks", "Estates"}});
    }
}

double time_in_office(const char* action, int repeat)
{
    const Reference<css::task::XJob> probe(office.create("org.preventtoolkit.bench.CoverageProbe"),
                                           UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::NamedValue> args(3);
    args[0] = css::beans::NamedValue("Document", Any(assessment->model()));
    args[1] = css::beans::NamedValue("Action", Any(rtl::OUString::createFromAscii(action)));
    args[2] = css::beans::NamedValue("Repeat", Any(static_cast<sal_Int32>(repeat)));
    double seconds = 0;
    probe->execute(args) >>= seconds;
    return seconds;
}

// One benchmark per action; the office's own timing is the iteration's time.
void BM_InOffice(benchmark::State& state, const char* action)
{
    for (auto _ : state)
        state.SetIterationTime(time_in_office(action, 1));
}

BENCHMARK_CAPTURE(BM_InOffice, bare_walk, "walk")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK_CAPTURE(BM_InOffice, check, "check")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK_CAPTURE(BM_InOffice, digest, "digest")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

BENCHMARK_CAPTURE(BM_InOffice, snapshot, "snapshot")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK_CAPTURE(BM_InOffice, three_calls, "three-calls")
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

// Ratios from interleaved rounds: each round times the walk and then every action once, so a
// machine that slows down or speeds up over the run moves both sides of a ratio alike. The
// median of the rounds' ratios is printed, with the lowest and highest.
void interleaved_ratios(int rounds)
{
    const char* const actions[] = {"digest", "check", "snapshot", "three-calls"};
    const char* const names[] = {"digest", "check", "snapshot (one review)",
                                 "snapshot (three calls)"};
    std::vector<std::vector<double>> ratios(4);
    std::vector<double> walks;
    for (int r = 0; r < rounds; ++r) {
        const double walk = time_in_office("walk", 1);
        walks.push_back(walk);
        for (std::size_t a = 0; a < 4; ++a)
            ratios[a].push_back(time_in_office(actions[a], 1) / walk);
    }
    std::sort(walks.begin(), walks.end());
    std::printf("interleaved, %d rounds; bare walk median %.1f ms\n", rounds,
                1000 * walks[walks.size() / 2]);
    for (std::size_t a = 0; a < 4; ++a) {
        auto& v = ratios[a];
        std::sort(v.begin(), v.end());
        std::printf("%s / bare walk = %.2f (median; %.2f to %.2f)\n", names[a], v[v.size() / 2],
                    v.front(), v.back());
    }
}

}  // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_extensions = {PREVENT_BENCH_OXT};
    office.start(options);
    build_assessment();
    time_in_office("check", 1);  // warm: the first call loads the component and the catalogue
    benchmark::RunSpecifiedBenchmarks();
    // A whole snapshot with every panel open is one DocumentReview call (the time the main thread
    // is busy after a pause in typing), against the three calls of each panel's own service it
    // replaced.
    interleaved_ratios(15);
    assessment.reset();
    office.stop();
    benchmark::Shutdown();
    return 0;
}
