// One answer: the extension in real LibreOffice and prevent-check on the stored files
// must agree — the same area states, the same finding codes at the same locations, the same risk
// rows and the same digest — on a corpus made here: headings of every kind, every risk-table
// style and a hand-typed one, fields, tracked changes, hidden text, frames, approved and changed
// files, and action plans. The office's clock and prevent-check's say 29 November 2026.
#include "child_process.hxx"
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <set>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using rtl::OUString;

namespace {

OUString u(const std::string& s) { return OUString::fromUtf8(s.c_str()); }

template <typename T>
Reference<T> service(const char* name)
{
    return Reference<T>(office().create(name), UNO_QUERY_THROW);
}

// What the extension says of a live document, in prevent-check's terms.
struct Answer {
    std::vector<std::string> areas;     // "id state"
    std::vector<std::string> evidence;  // "id: line", per area and heading credited
    std::string profile;                // the one checked: given, stored or inferred
    std::set<std::string> findings;     // "code location"
    std::vector<std::string> risks;     // "ref area L×I=S L×I=S rag owner target"
    std::string digest;
    std::string approval;
    std::vector<std::string> change;  // the level, then the reasons
};

std::string risk_line(const std::string& ref, const std::string& area, int il, int ii, int is,
                      int rl, int ri, int rs, const std::string& rag, const std::string& owner,
                      const std::string& target)
{
    return ref + " " + area + " " + std::to_string(il) + "x" + std::to_string(ii) + "=" +
           std::to_string(is) + " " + std::to_string(rl) + "x" + std::to_string(ri) + "=" +
           std::to_string(rs) + " " + rag + " " + owner + " " + target;
}

// A short assessment of two sections, approved in several cases of the corpus.
void two_sections(const Reference<css::frame::XModel>& model)
{
    WriterBuilder(model)
        .heading("Leadership")
        .body("The board leads.")
        .heading("Staff training")
        .body("Every year.");
}

// An area's review as both sides state it: " reviewed 2026-11-29", " (edited since)".
std::string review_words(const std::string& reviewed, bool edited)
{
    if (reviewed.empty())
        return edited ? " (edited since an unknown review)" : "";
    return " reviewed " + reviewed + (edited ? " (edited since)" : "");
}

Answer extension_answer(const Reference<css::frame::XModel>& model, bool spreadsheet)
{
    Answer a;
    const auto approval = service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
    a.digest = utf8(approval->computeDigest(model));
    const auto status = approval->getStatus(model);
    a.approval = utf8(status.State);
    a.change.push_back(utf8(approval->assessChange(model)));
    for (const auto& reason : approval->changeReasons(model))
        a.change.push_back(utf8(reason));
    if (spreadsheet) {
        for (const auto& f :
             service<org::preventtoolkit::XActionPlan>("org.preventtoolkit.ActionPlan")
                 ->check(model, nullptr))
            a.findings.insert(utf8(f.Code) + " " + utf8(f.Location));
        // prevent-check also gives a spreadsheet the approval's finding, as the coverage report
        // does for a text document (docs/findings.md): from the Approval service's status here.
        if (!status.History.hasElements())
            a.findings.insert("approval-missing document");
        if (status.Changed)
            a.findings.insert("approval-changed document");
        if (status.ReviewOverdue)
            a.findings.insert("approval-review-overdue document");
        if (status.History.hasElements() && !status.Changed && !status.ReviewOverdue)
            a.findings.insert("approval-current document");
        return a;
    }
    const auto report =
        service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker")
            ->check(model, "");
    a.profile = utf8(report.Profile);
    for (const auto& area : report.Areas) {
        a.areas.push_back(utf8(area.AreaId) + " " + utf8(area.State) +
                          review_words(utf8(area.Reviewed), area.EditedSinceReview));
        for (const auto& line : area.Evidence)
            a.evidence.push_back(utf8(area.AreaId) + ": " + utf8(line));
    }
    for (const auto& f : report.Findings)
        a.findings.insert(utf8(f.Code) + " " + utf8(f.Location));
    const auto risks =
        service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister")
            ->reviewRisks(model);
    for (const auto& f : risks.Findings)
        a.findings.insert(utf8(f.Code) + " " + utf8(f.Location));
    for (const auto& r : risks.Risks)
        a.risks.push_back(risk_line(utf8(r.Ref), utf8(r.AreaId), r.InherentLikelihood,
                                    r.InherentImpact, r.InherentScore, r.ResidualLikelihood,
                                    r.ResidualImpact, r.ResidualScore, utf8(r.Rag), utf8(r.Owner),
                                    utf8(r.TargetDate)));
    return a;
}

Answer checker_answer(const nlohmann::json& file)
{
    Answer a;
    EXPECT_TRUE(file["error"].is_null()) << file["path"] << ": " << file["error"];
    if (!file["error"].is_null())
        return a;
    a.digest = file["digest"];
    a.approval = file["approval"]["state"];
    a.change.push_back(file["approval"]["change"]);
    for (const auto& reason : file["approval"]["change_reasons"])
        a.change.push_back(reason);
    if (file["kind"] == "assessment")
        a.profile = file["profile"];
    for (const auto& area : file["areas"]) {
        a.areas.push_back(
            area["id"].get<std::string>() + " " + area["state"].get<std::string>() +
            review_words(area["reviewed"].is_null() ? "" : area["reviewed"].get<std::string>(),
                         area["edited_since_review"].get<bool>()));
        for (const auto& line : area["evidence"])
            a.evidence.push_back(area["id"].get<std::string>() + ": " + line.get<std::string>());
    }
    for (const auto& f : file["findings"])
        a.findings.insert(f["code"].get<std::string>() + " " + f["location"].get<std::string>());
    if (file["risks"].is_array())
        for (const auto& r : file["risks"])
            a.risks.push_back(risk_line(r["ref"], r["area"], r["inherent"][0], r["inherent"][1],
                                        r["inherent"][2], r["residual"][0], r["residual"][1],
                                        r["residual"][2], r["rag"], r["owner"], r["target_date"]));
    return a;
}

void insert_field(const Reference<css::frame::XModel>& model, const char* service_name)
{
    const auto text = Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    const Reference<css::text::XTextContent> field(
        Reference<css::lang::XMultiServiceFactory>(model, UNO_QUERY_THROW)
            ->createInstance(OUString::createFromAscii(service_name)),
        UNO_QUERY_THROW);
    text->insertString(text->getEnd(), "\nReviewed on ", false);
    text->insertTextContent(text->getEnd(), field, false);
}

void append(const Reference<css::frame::XModel>& model, const std::string& words)
{
    const auto text = Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    text->insertString(text->getEnd(), u(words), false);
}

org::preventtoolkit::ApprovalRecord record()
{
    org::preventtoolkit::ApprovalRecord r;
    r.ApprovingBody = "Board of Governors";
    r.ApprovedBy = "Jane Smith, Chair of Governors";
    r.ApprovalDate = css::util::Date(10, 9, 2025);  // last year's: the review is overdue now
    r.MinuteReference = "BoG/25/14";
    return r;
}

// The corpus, built in the office: each document with what the extension says of it.
struct Case {
    std::string file;
    bool spreadsheet;
    Answer answer;
};

std::vector<Case> build_corpus(const std::filesystem::path& folder)
{
    std::vector<Case> cases;
    const auto keep = [&](Document& doc, const std::string& name, bool spreadsheet) {
        cases.push_back({name, spreadsheet, extension_answer(doc.model(), spreadsheet)});
        doc.store_as(folder / name, spreadsheet ? "calc8" : "writer8");
    };
    {  // Headings of every kind, and what must not count.
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model())
            .heading("Prevent risk assessment 2026-27", 1)
            .body("Owned by the Vice-Chancellor's executive.")
            .heading("1. Leadership and partnership", 2)
            .body("The Prevent lead reports to the board each term.")
            .paragraph("Staff training", "Text Body", 2)
            .body("All staff complete the Home Office module.")
            .bold("Welfare and chaplaincy")
            .body("The chaplaincy team is multi-faith.")
            .table({{"#Speakers and events", "Speaker policy"}, {"Process", "Two weeks' notice"}})
            .heading("IT filtering and online safety", 3)
            .body("")
            .paragraph("Students' union", "Heading 2", -1, true)
            .body("Hidden heading above.")
            .heading("Fire safety", 2)
            .body("Evacuation drills.")
            .frame("Information sharing", "Referrals go to the Channel panel.")
            .heading("Prayer rooms", 2)
            .delete_last_tracked();
        keep(doc, "headings.odt", false);
    }
    {  // No stored profile: a school's first page; headings in providers' own words, and a
       // heading whose text says what it is about, or is split between areas.
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model())
            .body("St Mary's Catholic Primary School")
            .body("Prevent risk assessment, reviewed by the governing body")
            .heading("St Mary's approach to visitors", 1)
            .body("Visitors sign in at reception.")
            .heading("All staff understand how to raise a Prevent concern", 1)
            .body("Staff complete the Home Office module in September.")
            .heading("Our commitments", 1)
            .body(
                "Every speaker is vetted before a booking is confirmed; events with a visiting "
                "speaker are "
                "chaired, and the organiser keeps the publicity.")
            .heading("Keeping everyone safe", 1)
            .body(
                "Referral to Channel through the DSL when there is a concern about a case; "
                "filtering of the "
                "internet and online safety lessons; site security and lettings of the premises to "
                "hirers.")
            .heading("Fire safety", 1)
            .body("Fire drills take place each term; the alarm is tested weekly.");
        keep(doc, "own-words.odt", false);
    }
    {  // Risk tables of each style through the service, and one typed by hand with aliases.
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model())
            .heading("External speakers and events")
            .body("Our speaker process.");
        const auto risks =
            service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister");
        const auto view = Reference<css::text::XTextViewCursorSupplier>(
            doc.model()->getCurrentController(), UNO_QUERY_THROW);
        (void)view;
        risks->insertRiskTable(doc.model(), "speakers-events", "scored");
        WriterBuilder(doc.model())
            .heading("Online safety")
            .table(
                {{"Ref", "Risk", "Cause", "Gross L", "Gross I", "Gross score", "Controls", "Net L",
                  "Net I", "Net score", "RAG", "Further actions", "Lead officer", "By when",
                  "Status"},
                 {"R7", "Extremist sites reached", "Filter gaps", "4", "4", "16", "Web filter", "2",
                  "4", "6", "Amber", "Review categories", "IT manager", "31/03/2027", "Open"},
                 {"R8", "Unmonitored guest Wi-Fi", "", "3", "4", "12", "", "3", "3", "9", "Green",
                  "", "", "2025-01-31", ""}})
            .heading("Welfare and pastoral care")
            .table({{"Category", "Risk", "Hazard", "Risk management", "Further action needed",
                     "Lead officer", "Date for completion"},
                    {"Welfare", "Isolated students", "Online grooming", "Wellbeing checks",
                     "Training for wardens", "Head of Welfare", "31 March 2027"}});
        risks->insertRiskTable(doc.model(), "it-filtering", "rag");
        keep(doc, "risk-tables.odt", false);
    }
    {  // Fields, and a tracked deletion in the middle of the text.
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model())
            .heading("Leadership")
            .body("The board approves the assessment.")
            .body("A sentence to delete.")
            .delete_last_tracked();
        insert_field(doc.model(), "com.sun.star.text.TextField.DateTime");
        insert_field(doc.model(), "com.sun.star.text.TextField.PageNumber");
        keep(doc, "fields.odt", false);
    }
    {  // Approved, then stored unchanged.
        Document doc(office(), "private:factory/swriter");
        two_sections(doc.model());
        service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
            ->stamp(doc.model(), record());
        keep(doc, "approved.odt", false);
    }
    {  // Approved, then changed.
        Document doc(office(), "private:factory/swriter");
        two_sections(doc.model());
        service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
            ->stamp(doc.model(), record());
        append(doc.model(), " And again in spring.");
        keep(doc, "changed.odt", false);
    }
    {  // Approved with its risks recorded; then a risk's band rose and a section was added.
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model())
            .heading("Leadership")
            .body("The board leads.")
            .heading("Online safety")
            .table({{"Ref", "Risk", "Net L", "Net I", "Net score", "RAG"},
                    {"R1", "Extremist sites reached", "2", "4", "8", "Amber"}});
        service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
            ->stamp(doc.model(), record());
        const Reference<css::container::XIndexAccess> tables(
            Reference<css::text::XTextTablesSupplier>(doc.model(), UNO_QUERY_THROW)
                ->getTextTables(),
            UNO_QUERY_THROW);
        const Reference<css::text::XTextTable> table(tables->getByIndex(0), UNO_QUERY_THROW);
        for (const auto& [cell, text] : {std::pair{"C2", "4"}, {"E2", "16"}, {"F2", "Red"}})
            Reference<css::text::XText>(table->getCellByName(OUString::createFromAscii(cell)),
                                        UNO_QUERY_THROW)
                ->setString(OUString::createFromAscii(text));
        WriterBuilder(doc.model()).heading("Staff training").body("Every year.");
        keep(doc, "risk-rose.odt", false);
        EXPECT_EQ(cases.back().answer.change.front(), "significant");
    }
    {  // Approved with its block, sent as a Word file and kept again as .odt: the block has lost
       // its section and is known by its lines.
        const auto docx = folder.parent_path() / "governors-copy.docx";
        {
            Document doc(office(), "private:factory/swriter");
            two_sections(doc.model());
            const auto approval =
                service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
            approval->stamp(doc.model(), record());
            approval->insertApprovalBlock(doc.model());
            doc.store_as(docx, "MS Word 2007 XML");
        }
        Document back(office(), prevent::testing::file_url(docx));
        keep(back, "back-from-word.odt", false);
        EXPECT_EQ(cases.back().answer.approval, "review-overdue")
            << "not changed: the record is old";
    }
    {  // An action plan with findings, approved.
        Document doc(office(), "private:factory/scalc");
        const auto plans =
            service<org::preventtoolkit::XActionPlan>("org.preventtoolkit.ActionPlan");
        plans->createSheet(doc.model());
        const Reference<css::sheet::XSpreadsheet> sheet(
            Reference<css::sheet::XSpreadsheetDocument>(doc.model(), UNO_QUERY_THROW)
                ->getSheets()
                ->getByName("Action plan"),
            UNO_QUERY_THROW);
        const auto put = [&](int c, int r, const char* text) {
            Reference<css::text::XText>(sheet->getCellByPosition(c, r), UNO_QUERY_THROW)
                ->setString(OUString::createFromAscii(text));
        };
        put(0, 1, "A001");
        put(1, 1, "R1");
        put(3, 1, "Refresher training");
        put(5, 1, "HR lead");
        sheet->getCellByPosition(7, 1)->setValue(46327);  // 1 November 2026: overdue
        put(8, 1, "In progress");
        put(0, 2, "A001");
        put(3, 2, "Duplicate id, no owner");
        put(8, 2, "Complete");
        put(9, 2, "Red");
        sheet->getCellByPosition(4, 3)->setFormula("=SUM(H2:H3)");
        service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
            ->stamp(doc.model(), record());
        keep(doc, "action-plan.ods", true);
    }
    {  // The provider's own marks, the fe profile stored in the file, an approval block, as a
       // template.
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model())
            .heading("Leadership")
            .body("The corporation leads.")
            .heading("Our chaplaincy")
            .body("Multi-faith.");
        const auto checker =
            service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker");
        service<org::preventtoolkit::XDocumentProfile>("org.preventtoolkit.DocumentProfile")
            ->setProfile(doc.model(), "fe");
        checker->markNotApplicable(doc.model(), "sensitive-research", "We do no research.");
        checker->markCoveredBy(doc.model(), "welfare-pastoral", "Our chaplaincy");
        // Both sections reviewed; then the chaplaincy's text edited since.
        checker->markReviewed(doc.model(), "leadership");
        checker->markReviewed(doc.model(), "welfare-pastoral");
        WriterBuilder(doc.model()).body("Prayer rooms on both sites.");
        const auto approval =
            service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
        approval->stamp(doc.model(), record());
        approval->insertApprovalBlock(doc.model());
        cases.push_back({"marks.ott", false, extension_answer(doc.model(), false)});
        EXPECT_THAT(cases.back().answer.areas,
                    ::testing::IsSupersetOf({"leadership covered reviewed 2026-11-29",
                                             "welfare-pastoral covered reviewed 2026-11-29 "
                                             "(edited since)"}));
        EXPECT_EQ(cases.back().answer.findings.count("area-not-reviewed heading:1"), 0u);
        doc.store_as(folder / "marks.ott", "writer8_template");
    }
    {  // An action plan template, the plan adopted from a hand-typed sheet.
        Document doc(office(), "private:factory/scalc");
        const Reference<css::sheet::XSpreadsheet> sheet(
            Reference<css::container::XIndexAccess>(
                Reference<css::sheet::XSpreadsheetDocument>(doc.model(), UNO_QUERY_THROW)
                    ->getSheets(),
                UNO_QUERY_THROW)
                ->getByIndex(0),
            UNO_QUERY_THROW);
        const char* const rows[][5] = {
            {"Prevent action plan 2026-27", "", "", "", ""},
            {"Actions required", "Person responsible", "By when", "Status/deadline", "RAG"},
            {"Brief the SU sabbatical officers", "SU President", "", "Not started", "Amber"},
            {"Audit prayer room bookings", "", "", "Ongoing", "Green"}};
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 5; ++c)
                if (*rows[r][c])
                    Reference<css::text::XText>(sheet->getCellByPosition(c, r), UNO_QUERY_THROW)
                        ->setString(OUString::createFromAscii(rows[r][c]));
        sheet->getCellByPosition(2, 2)->setValue(46100);  // a date typed as a number
        cases.push_back({"plan.ots", true, extension_answer(doc.model(), true)});
        doc.store_as(folder / "plan.ots", "calc8_template");
    }
    {  // The shipped sample.
        Document doc(office(), prevent::testing::file_url(PREVENT_SAMPLE));
        cases.push_back({"sample.odt", false, extension_answer(doc.model(), false)});
        std::filesystem::copy_file(PREVENT_SAMPLE, folder / "sample.odt");
    }
    return cases;
}

}  // namespace

TEST(OneAnswer, TheExtensionAndPreventCheckAgreeOnEveryFileOfTheCorpus)
{
    const auto folder = office().folder() / "corpus";
    std::filesystem::create_directories(folder);
    std::vector<Case> cases;
    try {
        cases = build_corpus(folder);
    } catch (const css::uno::Exception& e) {
        FAIL() << "building the corpus: " << utf8(e.Message);
    }
    // tests/fuzz/refresh_seeds.sh keeps the corpus as the fuzzers' and the mutation run's seeds.
    if (const char* keep = std::getenv("PREVENT_KEEP_CORPUS"))
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            std::filesystem::copy_file(entry.path(),
                                       std::filesystem::path(keep) / entry.path().filename(),
                                       std::filesystem::copy_options::overwrite_existing);
    const auto run =
        prevent::testing::run_command({PREVENT_CHECK, "--format", "json", "--fail-on", "never",
                                       "--today", "2026-11-29", folder.string()},
                                      std::chrono::seconds(120));
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(run.output);
    std::map<std::string, nlohmann::json> by_name;
    for (const auto& f : json["files"])
        by_name[std::filesystem::path(f["path"].get<std::string>()).filename().string()] = f;
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        ASSERT_TRUE(by_name.count(c.file)) << "prevent-check did not report " << c.file;
        const auto theirs = checker_answer(by_name[c.file]);
        EXPECT_EQ(theirs.digest, c.answer.digest) << "digest";
        EXPECT_EQ(theirs.approval, c.answer.approval) << "approval state";
        EXPECT_EQ(theirs.change, c.answer.change) << "change since the approval";
        EXPECT_EQ(theirs.areas, c.answer.areas) << "area states";
        EXPECT_EQ(theirs.evidence, c.answer.evidence) << "evidence";
        EXPECT_EQ(theirs.profile, c.answer.profile) << "profile";
        EXPECT_EQ(theirs.risks, c.answer.risks) << "risk rows";
        EXPECT_EQ(theirs.findings, c.answer.findings) << "findings";
    }
    // And in words, for the clerk (text format).
    const auto text =
        prevent::testing::run_command({PREVENT_CHECK, "--fail-on", "never", "--today", "2026-11-29",
                                       (folder / "risk-rose.odt").string()},
                                      std::chrono::seconds(60));
    EXPECT_THAT(text.output, ::testing::HasSubstr("change since the approval: significant (R1 "
                                                  "rose from amber to red;"));
}

// Files as LibreOffice writes them when a user protects them with a password (File > Save As >
// Save with password), a Writer one and a Calc one: prevent-check says so, one line each, asks
// for nothing, and checks the readable file beside them.
TEST(OneAnswer, PasswordProtectedFilesFromTheOfficeAreRefusedWithTheReason)
{
    const auto folder = office().folder() / "protected";
    std::filesystem::create_directories(folder);
    {
        Document doc(office(), "private:factory/swriter");
        WriterBuilder(doc.model()).heading("Leadership").body("The board leads.");
        doc.store_as(folder / "locked.odt", "writer8", "governors-only");
        doc.store_as(folder / "open.odt", "writer8");
    }
    {
        Document doc(office(), "private:factory/scalc");
        doc.store_as(folder / "locked plan.ods", "calc8", "governors-only");
    }
    const auto run = prevent::testing::run_command(
        {PREVENT_CHECK, "--format", "json", "--fail-on", "never", folder.string()},
        std::chrono::seconds(120));
    EXPECT_EQ(run.exit_code, 3) << run.output;
    const auto json = nlohmann::json::parse(run.output);
    std::map<std::string, nlohmann::json> by_name;
    for (const auto& f : json["files"])
        by_name[std::filesystem::path(f["path"].get<std::string>()).filename().string()] = f;
    ASSERT_EQ(by_name.size(), 3u) << run.output;
    for (const char* locked : {"locked.odt", "locked plan.ods"})
        EXPECT_EQ(by_name[locked]["error"],
                  "protected by a password: open it in LibreOffice and save it without one")
            << locked;
    EXPECT_TRUE(by_name["open.odt"]["error"].is_null());
    EXPECT_EQ(by_name["open.odt"]["kind"], "assessment");
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
