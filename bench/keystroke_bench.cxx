// What one keystroke costs in a 300-page assessment with the Prevent deck open, against the deck
// closed, in one run: two identical assessments in two windows on the harness's own Xvfb, one that
// never showed the deck and one with it open; characters are inserted one at a time inside the
// office (the probe of prevent-bench.oxt), each round into a new paragraph, the two documents in
// turn, each made the active window first. A pause follows each round, so the snapshot it causes
// is not counted as typing.
// Run: build/bench/keystroke_bench   (not part of ctest)
#include "documents.hxx"
#include "office.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <org/preventtoolkit/XPanelCensus.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr int kKeystrokes = 200;
prevent::testing::Office office;
std::unique_ptr<prevent::testing::Document> closed_doc, open_doc;  // deck never shown / deck open
double seconds_closed = 0, seconds_open = 0;
int rounds_closed = 0, rounds_open = 0;

void settle()
{
    const Reference<css::awt::XToolkitExperimental> toolkit(
        css::awt::Toolkit::create(office.context()), UNO_QUERY_THROW);
    toolkit->processEventsToIdle();
}

void show_deck(const prevent::testing::Document& doc, const char* deck)
{
    const Reference<css::frame::XController2> controller(doc.frame()->getController(),
                                                         UNO_QUERY_THROW);
    const auto sidebar = controller->getSidebar();
    sidebar->setVisible(true);
    Reference<css::ui::XDeck>(sidebar->getDecks()->getByName(rtl::OUString::createFromAscii(deck)),
                              UNO_QUERY_THROW)
        ->activate(true);
    sidebar->showDecks(true);
    settle();
}

int open_panels()
{
    return Reference<org::preventtoolkit::XPanelCensus>(
               office.create("org.preventtoolkit.comp.PanelFactory"), UNO_QUERY_THROW)
        ->getOpenPanelCount();
}

double type_in(const prevent::testing::Document& doc)
{
    // The active window does more for each change (the status bar's word count and others):
    // type into each as the active one, so that only the deck differs.
    doc.frame()->activate();
    doc.frame()->getContainerWindow()->setFocus();
    settle();
    const Reference<css::task::XJob> probe(office.create("org.preventtoolkit.bench.CoverageProbe"),
                                           UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::NamedValue> args(3);
    args[0] = css::beans::NamedValue("Document", Any(doc.model()));
    args[1] = css::beans::NamedValue("Action", Any(rtl::OUString("type")));
    args[2] = css::beans::NamedValue("Repeat", Any(static_cast<sal_Int32>(kKeystrokes)));
    double seconds = 0;
    probe->execute(args) >>= seconds;
    std::this_thread::sleep_for(
        std::chrono::milliseconds(1500));  // the pause: its snapshot is not typing
    settle();
    return seconds;
}

// The two documents in turn, so that whatever drifts during the run touches both alike.
void BM_Keystroke(benchmark::State& state)
{
    for (auto _ : state) {
        const double closed = type_in(*closed_doc);
        const double open = type_in(*open_doc);
        seconds_closed += closed;
        seconds_open += open;
        ++rounds_closed;
        ++rounds_open;
        state.SetIterationTime((closed + open) / (2 * kKeystrokes));
    }
}

BENCHMARK(BM_Keystroke)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(8);

std::unique_ptr<prevent::testing::Document> assessment_window(int x)
{
    auto doc =
        std::make_unique<prevent::testing::Document>(office, "private:factory/swriter", false);
    doc->frame()->getContainerWindow()->setPosSize(x, 0, 640, 900, css::awt::PosSize::POSSIZE);
    show_deck(*doc, "PropertyDeck");
    prevent::testing::WriterBuilder builder(doc->model());
    for (int section = 0; section < 300; ++section) {
        builder.heading(std::to_string(section + 1) +
                        (section % 2 ? ". Staff training" : ". External speakers"));
        for (int p = 0; p < 9; ++p)
            builder.body(
                "The Prevent Steering Group reviewed the controls in this area at its October "
                "meeting and "
                "agreed the further actions recorded in the action plan, with owners and target "
                "dates.");
    }
    return doc;
}

}  // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_extensions = {PREVENT_BENCH_OXT};
    options.visible = true;
    office.start(options);
    closed_doc = assessment_window(0);
    if (open_panels() != 0) {
        std::fprintf(stderr, "keystroke_bench: Prevent panels exist before the deck was shown\n");
        return 1;
    }
    open_doc = assessment_window(640);
    show_deck(*open_doc, "org.preventtoolkit.Deck");
    if (open_panels() == 0) {
        std::fprintf(stderr, "keystroke_bench: the Prevent deck did not open\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    if (rounds_closed > 0 && rounds_open > 0) {
        const double closed = seconds_closed / rounds_closed / kKeystrokes;
        const double open = seconds_open / rounds_open / kKeystrokes;
        std::printf("one keystroke: deck open %.1f us, closed %.1f us, open / closed = %.2f\n",
                    1e6 * open, 1e6 * closed, open / closed);
    }
    closed_doc.reset();
    open_doc.reset();
    office.stop();
    benchmark::Shutdown();
    return 0;
}
