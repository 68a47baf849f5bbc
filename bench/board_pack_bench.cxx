// The board pack at scale (not in ctest): BoardPack.create and exportPdf for a 300-page
// assessment (3,000 paragraphs, 240 scored risks in 60 risk tables, approved and then rerated)
// with an action plan of 5,000 rows, against the baseline of exporting that assessment itself
// to PDF through the same exportPdf (PDF/A-2b, tagged), in the same run. Five interleaved rounds;
// medians. Each is one call over the bridge: its round trip (well under a millisecond) is
// nothing beside seconds, so the client's clock is used. Goal (issue 19): ratio < 1.
#include "documents.hxx"
#include "office.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XBoardPack.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr int kSections = 300;
constexpr int kRisksPerTable = 4;  // a table in every fifth section: 240 risks
constexpr int kPlanRows = 5000;
constexpr int kRounds = 5;

prevent::testing::Office office;

OUString u(const std::string& s) { return OUString::fromUtf8(s.c_str()); }

const char* const kHeadings[] = {"Leadership and governance",
                                 "Working in partnership",
                                 "Threat and local risk",
                                 "Staff training",
                                 "Welfare and chaplaincy",
                                 "Prayer rooms",
                                 "External speakers",
                                 "IT and filtering",
                                 "Research",
                                 "Students' union",
                                 "Information sharing",
                                 "Estates and lettings",
                                 "Related policies",
                                 "Monitoring and reporting",
                                 "Student engagement"};
const char* const kSentence =
    "The Prevent Steering Group reviewed the controls in this area at its meeting in October, "
    "found them proportionate to the risks the local profile describes, and agreed the further "
    "actions recorded in the action plan with owners and target dates for the coming year.";

int likelihood(int risk) { return risk % 5 + 1; }
int impact(int risk) { return (risk / 5) % 5 + 1; }
const char* band(int score) { return score >= 15 ? "Red" : score >= 5 ? "Amber" : "Green"; }

void build_assessment(const prevent::testing::Document& doc)
{
    prevent::testing::WriterBuilder builder(doc.model());
    int risk = 0;
    for (int section = 0; section < kSections; ++section) {
        builder.heading(std::to_string(section + 1) + ". " + kHeadings[section % 15]);
        for (int p = 0; p < 9; ++p)
            builder.body(kSentence);
        if (section % 5 != 0)
            continue;
        std::vector<std::vector<std::string>> rows = {{"Ref", "Risk", "Net L", "Net I", "Net score",
                                                       "RAG", "Owner", "Controls",
                                                       "Further actions"}};
        for (int r = 0; r < kRisksPerTable; ++r, ++risk) {
            const int score = likelihood(risk) * impact(risk);
            rows.push_back({"R" + std::to_string(risk + 1),
                            "Risk number " + std::to_string(risk + 1),
                            std::to_string(likelihood(risk)), std::to_string(impact(risk)),
                            std::to_string(score), band(score), "Prevent lead",
                            "Policy and training", "Review at the steering group"});
        }
        builder.table(rows);
    }
}

void build_plan(const prevent::testing::Document& plan)
{
    const Reference<org::preventtoolkit::XActionPlan> plans(
        office.create("org.preventtoolkit.ActionPlan"), UNO_QUERY_THROW);
    plans->createSheet(plan.model());
    const Reference<css::sheet::XSpreadsheet> sheet(
        Reference<css::sheet::XSpreadsheetDocument>(plan.model(), UNO_QUERY_THROW)
            ->getSheets()
            ->getByName("Action plan"),
        UNO_QUERY_THROW);
    Sequence<Sequence<Any>> data(kPlanRows);
    for (int r = 0; r < kPlanRows; ++r) {
        data[r].realloc(14);
        for (int c = 0; c < 14; ++c)
            data[r][c] <<= OUString();
        data[r][0] <<= u("A" + std::to_string(r + 1));
        data[r][1] <<= u("R" + std::to_string(r % 200 + 1));  // 40 risks with no action
        data[r][2] <<= OUString("Leadership and partnership");
        data[r][3] <<= u("Action " + std::to_string(r + 1));
        data[r][5] <<= OUString("Registrar");
        data[r][7] <<= double(46000 + r % 800);  // some past, some to come
        data[r][8] <<= OUString::createFromAscii(r % 3 == 0 ? "Complete" : "In progress");
    }
    Reference<css::sheet::XCellRangeData>(Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW)
                                              ->getCellRangeByPosition(0, 1, 13, kPlanRows),
                                          UNO_QUERY_THROW)
        ->setDataArray(data);
}

double seconds_of(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main()
{
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    office.start(options);
    try {
        prevent::testing::Document assessment(office, "private:factory/swriter");
        build_assessment(assessment);
        org::preventtoolkit::ApprovalRecord record;
        record.ApprovingBody = "Board of Governors";
        record.ApprovedBy = "Chair of Governors";
        record.ApprovalDate = css::util::Date(10, 10, 2026);
        record.Version = "3.0";
        Reference<org::preventtoolkit::XApproval>(office.create("org.preventtoolkit.Approval"),
                                                  UNO_QUERY_THROW)
            ->stamp(assessment.model(), record);
        for (int t = 0; t < 60; t += 6)  // ten risks rerated since: movements to report
            prevent::testing::set_table_cell(assessment.model(), t, "C2", "5");
        prevent::testing::Document plan(office, "private:factory/scalc");
        build_plan(plan);

        const Reference<org::preventtoolkit::XBoardPack> packs(
            office.create("org.preventtoolkit.BoardPack"), UNO_QUERY_THROW);
        org::preventtoolkit::BoardPackOptions pack_options;
        pack_options.MeetingBody = "Board of Governors";
        pack_options.MeetingDate = css::util::Date(10, 12, 2026);
        pack_options.Version = "3.1";
        const auto folder = office.folder();
        const auto make_pack = [&] {
            const auto pack = packs->create(assessment.model(), plan.model(), pack_options);
            packs->exportPdf(pack, prevent::testing::file_url(folder / "pack.pdf"));
            Reference<css::util::XCloseable>(pack, UNO_QUERY_THROW)->close(true);
        };
        // The baseline: the assessment itself through the same export (exportPdf takes any
        // Writer document: the same filter and options, PDF/A-2b and tagged).
        const auto export_assessment = [&] {
            packs->exportPdf(assessment.model(),
                             prevent::testing::file_url(folder / "assessment.pdf"));
        };
        make_pack();  // warm: the component, the catalogue, the PDF filter
        export_assessment();
        std::vector<double> plain, pack, create_only;
        for (int round = 0; round < kRounds; ++round) {
            plain.push_back(seconds_of(export_assessment));
            pack.push_back(seconds_of(make_pack));
            create_only.push_back(seconds_of([&] {
                const auto p = packs->create(assessment.model(), plan.model(), pack_options);
                Reference<css::util::XCloseable>(p, UNO_QUERY_THROW)->close(true);
            }));
        }
        const double baseline = median(plain);
        std::printf(
            "board_pack_bench: 300-page assessment (240 risks), plan of %d rows; "
            "medians of %d interleaved rounds\n",
            kPlanRows, kRounds);
        std::printf("  %-44s %8.3f s\n", "baseline: the assessment exported to PDF/A", baseline);
        std::printf("  %-44s %8.3f s   ratio %.3f\n", "pack: create + exportPdf + close",
                    median(pack), median(pack) / baseline);
        std::printf("  %-44s %8.3f s   ratio %.3f\n", "  of which create (the reports, laid out)",
                    median(create_only), median(create_only) / baseline);
        std::printf(
            "  PDF sizes: assessment %ju bytes, pack %ju bytes\n",
            static_cast<std::uintmax_t>(std::filesystem::file_size(folder / "assessment.pdf")),
            static_cast<std::uintmax_t>(std::filesystem::file_size(folder / "pack.pdf")));
        if (const char* keep = std::getenv("PREVENT_KEEP_PACK"))  // to look at its pages
            std::filesystem::copy_file(folder / "pack.pdf", keep,
                                       std::filesystem::copy_options::overwrite_existing);
    } catch (const css::uno::Exception& e) {
        std::fprintf(stderr, "board_pack_bench: %s\n",
                     rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
        office.stop();
        return 1;
    }
    office.stop();
    return 0;
}
