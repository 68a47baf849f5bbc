// Every boundary holds: with PREVENT_TOOLKIT_FAULTS (src/uno/fault_point.hxx) the office's own
// adapters throw — a std::exception, a UNO RuntimeException, std::bad_alloc, and something that
// is no exception class at all — while every method of every service is called on a Writer
// and a Calc document. Each call must come back with a result or a UNO exception, the office
// must answer afterwards, and the fault must have been met (else the hook is not wired).
#include "documents.hxx"
#include "fault_hook.hxx"
#include "office_environment.hxx"
#include "service_calls.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>

#include <cstdlib>
#include <fstream>
#include <map>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;

namespace {

const prevent::testing::FaultHook* g_faults = nullptr;  // armed and disarmed between calls

template <typename T>
Reference<T> service(const char* name)
{
    return Reference<T>(office().create(name), UNO_QUERY_THROW);
}

std::string digest(const Reference<css::frame::XModel>& model)
{
    return utf8(service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
                    ->computeDigest(model));
}

// The adapters the services go through (src/uno); the panels' own ones are the UI test's.
const char* const kAdapters[] = {"outline",           "tables",         "digest",
                                 "properties",        "plan-sheet",     "plan-shaping",
                                 "section-insertion", "approval-block", "assessment-risks",
                                 "catalogue"};
const char* const kKinds[] = {"std", "uno", "memory", "other"};

}  // namespace

TEST(Boundaries, EveryServiceMethodSurvivesAFaultInEveryAdapter)
{
    // The assessment the plan methods are given, also as a file for the ActionPlanFiles methods.
    Document assessment(office(), "private:factory/swriter");
    WriterBuilder(assessment.model()).heading("Leadership").body("The board leads.");
    const auto risks =
        service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister");
    risks->insertRiskTable(assessment.model(), "speakers-events", "scored");
    const auto file = office().folder() / "assessment.odt";
    assessment.store_as(file, "writer8");
    const auto calls =
        service_calls(office(), assessment.model(), prevent::testing::file_url(file));
    const auto catalogue = service<org::preventtoolkit::XCatalogue>("org.preventtoolkit.Catalogue");

    int made = 0, faulted = 0, refused = 0, answered = 0;
    std::vector<std::string> changed_by_a_fault;
    for (const char* adapter : kAdapters) {
        int met = 0;
        for (const char* kind : kKinds) {
            g_faults->disarm();
            Document writer(office(), "private:factory/swriter");
            WriterBuilder(writer.model())
                .heading("Leadership")
                .body("The board leads.")
                .heading("Staff training")
                .body("Yearly.");
            risks->insertRiskTable(writer.model(), "staff-training", "rag");
            Document calc(office(), "private:factory/scalc");
            service<org::preventtoolkit::XActionPlan>("org.preventtoolkit.ActionPlan")
                ->createSheet(calc.model());
            for (const auto& call : calls) {
                for (const auto& model : {writer.model(), calc.model()}) {
                    SCOPED_TRACE(std::string(adapter) + " " + kind + " " + call.name);
                    g_faults->disarm();
                    const auto before = digest(model);
                    g_faults->arm(adapter, kind);
                    ++made;
                    bool fault = false;
                    try {
                        call.call(model);
                        ++answered;
                    } catch (const css::lang::IllegalArgumentException&) {
                        ++refused;
                    } catch (const css::uno::RuntimeException& e) {
                        const auto why = utf8(e.Message);
                        fault = why.find("PREVENT_TOOLKIT_FAULTS") != std::string::npos ||
                                why.find("unexpected error") != std::string::npos ||
                                why == "std::bad_alloc";
                        EXPECT_TRUE(fault) << "a RuntimeException that is not the fault: " << why;
                    }
                    g_faults->disarm();
                    ASSERT_NO_THROW(catalogue->getProfiles()) << "the office no longer answers";
                    if (fault) {
                        ++faulted, ++met;
                        if (call.edits && digest(model) != before)
                            changed_by_a_fault.push_back(std::string(adapter) + " " + kind + " " +
                                                         call.name);
                    }
                }
            }
        }
        EXPECT_GT(met, 0) << "no call met the fault in " << adapter
                          << ": the hook is not wired there";
    }
    std::cout << made << " calls with a fault armed: " << faulted << " met it and raised, "
              << refused << " refused the document, " << answered << " answered\n";
    for (const auto& c : changed_by_a_fault)
        ADD_FAILURE() << "a failed call left the document changed: " << c;
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    const prevent::testing::FaultHook faults;
    g_faults = &faults;
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_environment = {faults.environment()};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
