// The extension under many hands (issue 11), in one real office:
// - the mutation run: every seed document (tests/fuzz/seeds, the integration corpus) mutated
//   in each way of mutations.hxx — and, in later rounds, in several ways at once, some stored
//   and reopened read-only — then every method of every service called on it. Each call must
//   answer with a result or IllegalArgumentException, and a refused call must leave the
//   document's digest as it was.
// - approval under attack: 20 approved documents (Writer and Calc); on each, text edits (a
//   word, a digit, a cell) must all make the approval stale, and edits of form (bold, a style,
//   margins, a width, a property) none.
// PREVENT_MUTATION_ROUNDS (default 1) and PREVENT_APPROVAL_EDITS (default 20 of each kind per
// document) set the size; tests/mutation/run_mutations.sh runs the long version.
#include "documents.hxx"
#include "mutations.hxx"
#include "office_environment.hxx"
#include "service_calls.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/ApprovalRecord.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>

#include <gmock/gmock.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::mutation::Model;
using prevent::mutation::Mutation;
using prevent::mutation::Random;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;
namespace fs = std::filesystem;

namespace {

int setting(const char* name, int fallback)
{
    const char* v = std::getenv(name);
    return v && std::atoi(v) > 0 ? std::atoi(v) : fallback;
}

// The seeds, copied where the office may write lock files beside them.
std::vector<fs::path> seeds()
{
    const auto folder = office().folder() / "seeds";
    fs::create_directories(folder);
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(PREVENT_SEEDS)) {
        const auto copy = folder / entry.path().filename();
        fs::copy_file(entry.path(), copy, fs::copy_options::overwrite_existing);
        out.push_back(copy);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool spreadsheet_file(const fs::path& p)
{
    return p.extension() == ".ods" || p.extension() == ".ots";
}

Reference<org::preventtoolkit::XApproval> approval()
{
    return Reference<org::preventtoolkit::XApproval>(office().create("org.preventtoolkit.Approval"),
                                                     UNO_QUERY_THROW);
}

std::string digest(const Model& m) { return utf8(approval()->computeDigest(m)); }

void stays_alive()
{
    Reference<org::preventtoolkit::XCatalogue>(office().create("org.preventtoolkit.Catalogue"),
                                               UNO_QUERY_THROW)
        ->getProfiles();
}

}  // namespace

TEST(MutationRun, EveryServiceMethodAnswersOnEveryMutant)
{
    const int rounds = setting("PREVENT_MUTATION_ROUNDS", 1);
    const auto files = seeds();
    ASSERT_GE(files.size(), 5u) << "the seed corpus is missing";
    Document assessment(
        office(), prevent::testing::file_url(office().folder() / "seeds" / "risk-tables.odt"));
    const auto calls = prevent::testing::service_calls(
        office(), assessment.model(),
        prevent::testing::file_url(office().folder() / "seeds" / "risk-tables.odt"));
    int mutants = 0, made = 0, refused = 0, answered = 0, read_only = 0;
    std::map<std::string, int> applied;
    for (int round = 0; round < rounds; ++round) {
        for (std::size_t s = 0; s < files.size(); ++s) {
            const bool spreadsheet = spreadsheet_file(files[s]);
            const auto kinds = prevent::mutation::structural_mutations(spreadsheet);
            for (std::size_t k = 0; k < kinds.size(); ++k) {
                Random random(static_cast<unsigned>(round * 7919 + s * 131 + k));
                auto doc =
                    std::make_unique<Document>(office(), prevent::testing::file_url(files[s]));
                std::vector<const Mutation*> chain{&kinds[k]};
                for (int extra = 0; extra < std::min(round, 3);
                     ++extra)  // later rounds: several at once
                    chain.push_back(&kinds[std::uniform_int_distribution<std::size_t>(
                        0, kinds.size() - 1)(random)]);
                std::string name = files[s].filename().string() + ":";
                for (const auto* m : chain) {
                    name += " " + m->name;
                    try {
                        if (m->apply(doc->model(), random))
                            ++applied[m->name];
                    } catch (const css::uno::Exception&) {
                        // Writer or Calc refused that edit (a protected part, a merged cell): the
                        // document is a mutant all the same.
                    }
                }
                if ((round + s + k) % 4 ==
                    3) {  // every fourth mutant, stored and reopened read-only
                    const auto stored = office().folder() /
                                        (std::string("mutant") + (spreadsheet ? ".ods" : ".odt"));
                    doc->store_as(stored, spreadsheet ? "calc8" : "writer8");
                    doc.reset();
                    doc = std::make_unique<Document>(office(), prevent::testing::file_url(stored),
                                                     true, true);
                    name += " (read-only)";
                    ++read_only;
                }
                ++mutants;
                std::cerr << "mutant " << mutants << ": " << name << "\n";
                for (const auto& call : calls) {
                    SCOPED_TRACE(name + " → " + call.name);
                    const auto before = digest(doc->model());
                    ++made;
                    try {
                        call.call(doc->model());
                        ++answered;
                    } catch (const css::lang::IllegalArgumentException& e) {
                        ++refused;
                        EXPECT_EQ(digest(doc->model()), before)
                            << "refused (" << utf8(e.Message) << ") yet changed";
                    } catch (const css::uno::Exception& e) {
                        ADD_FAILURE()
                            << "neither a result nor IllegalArgumentException: " << utf8(e.Message);
                    }
                }
                ASSERT_NO_THROW(stays_alive()) << "the office is gone after " << name;
            }
        }
    }
    std::cout << "mutation run: " << mutants << " mutants (" << read_only << " read-only), " << made
              << " calls: " << answered << " answered, " << refused
              << " refused with the digest unchanged\nmutations applied:";
    for (const auto& [m, n] : applied)
        std::cout << " " << m << " " << n << ";";
    std::cout << "\n";
    ::testing::Test::RecordProperty("mutants", mutants);
    ::testing::Test::RecordProperty("calls", made);
}

void attack_approved_documents();

// UNO exceptions are no std::exception: named here, or gtest says only "unknown exception".
TEST(ApprovalUnderAttack, TextEditsAreSeenAndEditsOfFormAreNot)
{
    try {
        attack_approved_documents();
    } catch (const css::uno::Exception& e) {
        FAIL() << "UNO exception: " << utf8(e.Message);
    }
}

void attack_approved_documents()
{
    const int edits = setting("PREVENT_APPROVAL_EDITS", 20);
    const auto files = seeds();
    org::preventtoolkit::ApprovalRecord record;
    record.ApprovingBody = "Board of Governors";
    record.ApprovedBy = "Jane Smith, Chair of Governors";
    record.ApprovalDate = css::util::Date(10, 11, 2026);
    record.MinuteReference = "BoG/26/31";

    // 20 approved documents: the seeds, then mutants of them, each stamped and stored.
    std::vector<std::pair<fs::path, bool>> approved;
    for (int variant = 0; approved.size() < 20; ++variant) {
        for (std::size_t s = 0; s < files.size() && approved.size() < 20; ++s) {
            const bool spreadsheet = spreadsheet_file(files[s]);
            Document doc(office(), prevent::testing::file_url(files[s]));
            Random random(static_cast<unsigned>(variant * 101 + s));
            const auto kinds = prevent::mutation::structural_mutations(spreadsheet);
            for (int tries = 0; variant > 0 && tries < 10; ++tries) {
                const auto& m =
                    kinds[std::uniform_int_distribution<std::size_t>(0, kinds.size() - 1)(random)];
                if (m.name.find("protect") != std::string::npos || m.name == "huge cell" ||
                    m.name == "tracked changes")
                    continue;  // an approved document the attack can still edit
                try {
                    if (m.apply(doc.model(), random))
                        break;
                } catch (const css::uno::Exception&) {
                }
            }
            // Tracked changes recorded by the seed stay; new edits are made plainly.
            Reference<css::beans::XPropertySet>(doc.model(), UNO_QUERY_THROW)
                ->setPropertyValue("RecordChanges", css::uno::Any(false));
            approval()->stamp(doc.model(), record);
            const auto path = office().folder() / ("approved-" + std::to_string(approved.size()) +
                                                   (spreadsheet ? ".ods" : ".odt"));
            doc.store_as(path, spreadsheet ? "calc8" : "writer8");
            approved.emplace_back(path, spreadsheet);
        }
    }

    int text_total = 0, text_seen = 0, form_total = 0, form_flagged = 0, reloads = 0;
    std::vector<std::string> misses;
    for (std::size_t d = 0; d < approved.size(); ++d) {
        const auto& [path, spreadsheet] = approved[d];
        auto doc = std::make_unique<Document>(office(), prevent::testing::file_url(path));
        ASSERT_FALSE(approval()->getStatus(doc->model()).Changed)
            << path << " reads as changed right after it was stored";
        Random random(static_cast<unsigned>(d + 1));
        for (const bool text : {true, false}) {
            const auto kinds = text ? prevent::mutation::text_edits(spreadsheet)
                                    : prevent::mutation::format_edits(spreadsheet);
            for (int done = 0, tries = 0; done < edits && tries < edits * 5; ++tries) {
                const auto& m =
                    kinds[std::uniform_int_distribution<std::size_t>(0, kinds.size() - 1)(random)];
                std::optional<prevent::mutation::Revert> revert;
                try {
                    revert = m.apply(doc->model(), random);
                } catch (const css::uno::Exception& e) {
                    ADD_FAILURE() << path.filename() << ": the edit " << m.name
                                  << " failed: " << utf8(e.Message);
                }
                if (!revert)
                    continue;
                ++done;
                const bool changed = approval()->getStatus(doc->model()).Changed;
                if (text) {
                    ++text_total;
                    text_seen += changed;
                    if (!changed)
                        misses.push_back(path.filename().string() + ": text edit " + m.name +
                                         " not seen");
                } else {
                    ++form_total;
                    form_flagged += changed;
                    if (changed)
                        misses.push_back(path.filename().string() + ": edit of form " + m.name +
                                         " reported as a change");
                }
                bool put_back = true;
                try {
                    (*revert)();
                } catch (const css::uno::Exception&) {  // e.g. a mixed attribute, read as void
                    put_back = false;
                }
                if (!put_back || approval()
                                     ->getStatus(doc->model())
                                     .Changed) {  // the edit could not be put back exactly
                    doc.reset();
                    doc = std::make_unique<Document>(office(), prevent::testing::file_url(path));
                    ++reloads;
                }
            }
        }
    }
    std::cout << "approval under attack: " << approved.size()
              << " approved documents; text edits seen " << text_seen << " of " << text_total
              << " (" << (text_total ? 100.0 * text_seen / text_total : 0)
              << "%); edits of form reported " << form_flagged << " of " << form_total << " ("
              << (form_total ? 100.0 * form_flagged / form_total : 0) << "%); " << reloads
              << " reloads after an edit that could not be put back\n";
    EXPECT_EQ(text_seen, text_total);
    EXPECT_EQ(form_flagged, 0);
    EXPECT_GE(text_total, 20 * edits * 9 / 10) << "too few edits applied";
    for (const auto& m : misses)
        ADD_FAILURE() << m;
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
