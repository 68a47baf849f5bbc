// prevent-check end to end: the built program on a folder of files made here (the sample
// assessment, an action plan, files that are not ODF, a password-protected one, a missing path,
// a symbolic-link loop), in each format, with each exit code.
#include "child_process.hxx"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using ::testing::HasSubstr;
namespace fs = std::filesystem;

namespace {

class Scratch {
public:
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "prevent-check-XXXXXX").string();
        folder_ = ::mkdtemp(pattern.data());
    }
    ~Scratch() { fs::remove_all(folder_); }
    fs::path operator/(const std::string& name) const { return folder_ / name; }
    const fs::path& path() const { return folder_; }

private:
    fs::path folder_;
};

void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts)
{
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(z, data.data(), data.size(), 0);
        const auto index = zip_file_add(z, name.c_str(), source, ZIP_FL_OVERWRITE);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(index), name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    ASSERT_EQ(zip_close(z), 0);
}

std::string cell(const std::string& text)
{
    return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
}

std::string date_cell(const std::string& iso)
{
    return "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"" + iso +
           "\"><text:p>" + iso + "</text:p></table:table-cell>";
}

// An action plan: A001 due 1 November 2026 and in progress, A002 complete with no completed date.
void write_plan(const fs::path& path)
{
    const std::string content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0">
 <office:automatic-styles>
  <number:date-style style:name="N36"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N36"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="Action plan">
  <table:table-row>)" + cell("Action ID") + cell("Action") + cell("Owner") + cell("Due date") + cell("Status") + cell("Completed date") +
                                R"(</table:table-row>
  <table:table-row>)" + cell("A001") + cell("Refresher training") + cell("HR lead") + date_cell("2026-11-01") + cell("In progress") +
                                R"(</table:table-row>
  <table:table-row>)" + cell("A002") + cell("Review speaker policy") + cell("Registrar") + date_cell("2026-12-31") + cell("Complete") +
                                R"(</table:table-row>
 </table:table></office:spreadsheet></office:body></office:document-content>)";
    write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}});
}

struct Run {
    int exit_code;
    std::string output;
};

Run check(const std::vector<std::string>& arguments)
{
    std::vector<std::string> argv{PREVENT_CHECK};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const auto result = prevent::testing::run_command(argv, std::chrono::seconds(120), {"NO_COLOR=1"});
    return {result.exit_code, result.output};
}

}  // namespace

TEST(PreventCheck, HelpVersionAndBadUsage)
{
    EXPECT_EQ(check({"--help"}).exit_code, 0);
    EXPECT_THAT(check({"--help"}).output, HasSubstr("Usage: prevent-check [options] PATH..."));
    EXPECT_THAT(check({"--version"}).output, HasSubstr("prevent-check 0."));
    EXPECT_EQ(check({}).exit_code, 2) << "no path";
    EXPECT_EQ(check({"--format", "xml", PREVENT_SAMPLE}).exit_code, 2);
    EXPECT_EQ(check({"--fail-on", "sometimes", PREVENT_SAMPLE}).exit_code, 2);
    EXPECT_EQ(check({"--jobs", "0", PREVENT_SAMPLE}).exit_code, 2);
    EXPECT_EQ(check({"--today", "29/11/2026", PREVENT_SAMPLE}).exit_code, 2);
    EXPECT_EQ(check({"--profile", "nursery", PREVENT_SAMPLE}).exit_code, 2);
    EXPECT_THAT(check({"--profile", "nursery", PREVENT_SAMPLE}).output, HasSubstr("he, fe, schools"));
    EXPECT_EQ(check({"--catalogue", "/nonexistent.xcu", PREVENT_SAMPLE}).exit_code, 2);
    EXPECT_EQ(check({"--bogus", PREVENT_SAMPLE}).exit_code, 2);
}

TEST(PreventCheck, TheSampleAssessmentInEachFormat)
{
    const auto text = check({PREVENT_SAMPLE});
    EXPECT_EQ(text.exit_code, 1) << "the sample lacks expected areas: errors";
    EXPECT_THAT(text.output, HasSubstr("risk assessment \u00b7 profile he"));
    EXPECT_THAT(text.output, HasSubstr("area-missing"));
    EXPECT_THAT(text.output, HasSubstr("approval: not-approved"));
    EXPECT_EQ(check({"--fail-on", "never", PREVENT_SAMPLE}).exit_code, 0);

    const auto json = nlohmann::json::parse(check({"--format", "json", "--today", "2026-11-29", PREVENT_SAMPLE}).output);
    EXPECT_EQ(json["schema_version"], 1);
    EXPECT_EQ(json["today"], "2026-11-29");
    ASSERT_EQ(json["files"].size(), 1u);
    const auto& file = json["files"][0];
    EXPECT_EQ(file["kind"], "assessment");
    EXPECT_TRUE(file["error"].is_null());
    EXPECT_EQ(file["profile"], "he");
    EXPECT_GE(file["areas"].size(), 10u);
    EXPECT_TRUE(file["areas"][0].contains("id") && file["areas"][0].contains("state"));
    for (const auto& f : file["findings"])
        for (const char* key : {"code", "severity", "area", "message", "location"})
            EXPECT_TRUE(f.contains(key)) << key;
    EXPECT_EQ(file["approval"]["state"], "not-approved");
    EXPECT_EQ(file["digest"].get<std::string>().size(), 64u);
    ASSERT_TRUE(file["risks"].is_array());
    ASSERT_FALSE(file["risks"].empty());
    EXPECT_EQ(file["risks"][0]["ref"], "R1");

    const auto fe = nlohmann::json::parse(check({"--format", "json", "--profile", "fe", PREVENT_SAMPLE}).output);
    EXPECT_EQ(fe["files"][0]["profile"], "fe");
    EXPECT_NE(fe["files"][0]["areas"].size(), file["areas"].size()) << "another profile, another list";

    const auto csv = check({"--format", "csv", PREVENT_SAMPLE}).output;
    EXPECT_THAT(csv, HasSubstr("path,kind,error,profile,areas_covered,areas_total"));
    EXPECT_THAT(csv, HasSubstr(",assessment,,he,"));
}

TEST(PreventCheck, AFolderOfFilesSomeUnreadable)
{
    Scratch dir;
    fs::create_directories(dir / "board/2026-27");
    fs::copy_file(PREVENT_SAMPLE, dir / "board/2026-27/assessment.odt");
    write_plan(dir / "board/2026-27/action plan.ods");
    std::ofstream(dir / "board/notes.txt") << "not looked at: not an office document";
    std::ofstream(dir / "board/minutes.pdf") << "%PDF-1.7 not looked at either";
    std::ofstream(dir / "board/old plan.xlsx") << "PK";
    std::ofstream(dir / "renamed.odt") << "Plain text pretending to be an assessment";
    std::ofstream(dir / "assessment.docx") << "PK";
    write_zip(dir / "locked.odt", {{"mimetype", "application/vnd.oasis.opendocument.text"},
                                   {"content.xml", "ciphertext"},
                                   {"META-INF/manifest.xml", "<manifest:encryption-data/>"}});
    fs::create_directory_symlink(dir.path() / "board", dir / "board/2026-27/loop");

    const auto run = check({"--format", "json", "--today", "2026-11-29", "--jobs", "2", (dir / "board").string(),
                            (dir / "renamed.odt").string(), (dir / "assessment.docx").string(),
                            (dir / "locked.odt").string(), (dir / "missing.odt").string()});
    EXPECT_EQ(run.exit_code, 3) << "some files could not be read";
    const auto json = nlohmann::json::parse(run.output);
    ASSERT_EQ(json["files"].size(), 7u) << run.output;
    const auto& files = json["files"];
    EXPECT_THAT(files[2]["error"].get<std::string>(), HasSubstr("--convert-to ods")) << "the .xlsx in the folder";
    EXPECT_EQ(files[0]["kind"], "action-plan");
    EXPECT_TRUE(files[0]["error"].is_null());
    std::vector<std::string> plan_codes;
    for (const auto& f : files[0]["findings"])
        plan_codes.push_back(f["code"].get<std::string>() + " " + f["location"].get<std::string>());
    EXPECT_THAT(plan_codes, ::testing::IsSupersetOf({"action-overdue sheet:Action plan!D2",
                                                    "action-complete-no-date sheet:Action plan!F3"}));
    EXPECT_EQ(files[0]["plan"]["overdue"], 1);
    EXPECT_EQ(files[1]["kind"], "assessment");
    EXPECT_TRUE(files[1]["error"].is_null());
    EXPECT_THAT(files[3]["error"].get<std::string>(), HasSubstr("not an ODF file"));
    EXPECT_THAT(files[4]["error"].get<std::string>(), HasSubstr("--convert-to odt"));
    EXPECT_THAT(files[5]["error"].get<std::string>(), HasSubstr("protected by a password"));
    EXPECT_THAT(files[6]["error"].get<std::string>(), HasSubstr("no such file or folder"));

    const auto one_job = check({"--format", "json", "--today", "2026-11-29", "--jobs", "1", (dir / "board").string()});
    const auto two_jobs = check({"--format", "json", "--today", "2026-11-29", "--jobs", "2", (dir / "board").string()});
    EXPECT_EQ(one_job.output, two_jobs.output) << "the same report whatever the number of jobs";

    const auto plan_only = check({"--today", "2026-10-01", (dir / "board/2026-27/action plan.ods").string()});
    EXPECT_THAT(plan_only.output, HasSubstr("0 overdue")) << "on 1 October nothing was overdue yet";
}

// A provider's own catalogue, the .xcu an administrator would deploy: its words are used.
TEST(PreventCheck, AProvidersOwnCatalogue)
{
    Scratch dir;
    std::ifstream in(PREVENT_CATALOGUE);
    std::string xcu((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string from = ">Leadership and governance oversight<", to = ">Leadership by the Corporation<";
    const auto at = xcu.find(from);
    ASSERT_NE(at, std::string::npos);
    xcu.replace(at, from.size(), to);
    std::ofstream(dir / "OurCatalogue.xcu") << xcu;
    const auto run = check({"--format", "json", "--catalogue", (dir / "OurCatalogue.xcu").string(), PREVENT_SAMPLE});
    const auto json = nlohmann::json::parse(run.output);
    EXPECT_EQ(json["files"][0]["areas"][0]["title"], "Leadership by the Corporation");

    std::ofstream(dir / "Broken.xcu") << "<oor:component-data";
    const auto broken = check({"--catalogue", (dir / "Broken.xcu").string(), PREVENT_SAMPLE});
    EXPECT_EQ(broken.exit_code, 2);
    EXPECT_THAT(broken.output, HasSubstr("the catalogue cannot be used"));
}

// Hostile and broken files: each gets one line saying why, the run exits 3, and the good file
// among them is still checked.
TEST(PreventCheck, HostileFilesAreRefusedOneLineEachAndTheRestIsChecked)
{
    Scratch dir;
    const std::string odt = "application/vnd.oasis.opendocument.text";
    const std::string head = R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                             R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)";
    const std::string tail = "</office:text></office:body></office:document-content>";
    // A zip bomb: 64 MiB of spaces packs to a few dozen KiB.
    write_zip(dir / "bomb.odt", {{"mimetype", odt}, {"content.xml", head + std::string(64 << 20, ' ') + tail}});
    // Entity expansion through a DTD.
    write_zip(dir / "entities.odt",
              {{"mimetype", odt},
               {"content.xml", R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>)" +
                                   head + "<text:p>&b;</text:p>" + tail}});
    // 10,000 nested spans.
    std::string deep;
    for (int i = 0; i < 10000; ++i)
        deep += "<text:span>";
    for (int i = 0; i < 10000; ++i)
        deep += "</text:span>";
    write_zip(dir / "deep.odt", {{"mimetype", odt}, {"content.xml", head + "<text:p>" + deep + "</text:p>" + tail}});
    write_zip(dir / "no content.odt", {{"mimetype", odt}, {"styles.xml", "<x/>"}});
    write_zip(dir / "whole.odt", {{"mimetype", odt}, {"content.xml", head + "<text:p>" + std::string(20000, 'x') + "</text:p>" + tail}});
    fs::copy_file(dir / "whole.odt", dir / "cut short.odt");
    fs::resize_file(dir / "cut short.odt", fs::file_size(dir / "whole.odt") / 3);
    fs::copy_file(PREVENT_SAMPLE, dir / "-draft \u00e9v\u00e8nement \u05e9\u05dc\u05d5\u05dd.odt");  // odd name, good file

    const auto run = check({"--format", "json", "--", (dir / "bomb.odt").string(), (dir / "entities.odt").string(),
                            (dir / "deep.odt").string(), (dir / "no content.odt").string(), (dir / "cut short.odt").string(),
                            "-draft \u00e9v\u00e8nement \u05e9\u05dc\u05d5\u05dd.odt"});
    EXPECT_EQ(run.exit_code, 3);
    // The odd name is given relative to the folder the program runs in; this run's is not dir.
    const auto json = nlohmann::json::parse(run.output);
    ASSERT_EQ(json["files"].size(), 6u);
    const std::vector<std::string> why = {"too large to check", "document type", "damaged", "damaged: the package has no content.xml",
                                          "damaged or cut short"};
    for (std::size_t i = 0; i < why.size(); ++i) {
        const auto error = json["files"][i]["error"].get<std::string>();
        EXPECT_THAT(error, HasSubstr(why[i])) << json["files"][i]["path"];
        EXPECT_EQ(error.find('\n'), std::string::npos) << "one line";
    }

    const auto good = check({"--format", "json", "--", (dir / "-draft \u00e9v\u00e8nement \u05e9\u05dc\u05d5\u05dd.odt").string(),
                             (dir / "bomb.odt").string()});
    EXPECT_EQ(good.exit_code, 3);
    const auto both = nlohmann::json::parse(good.output);
    EXPECT_TRUE(both["files"][0]["error"].is_null()) << "the file with the odd name is checked";
    EXPECT_EQ(both["files"][0]["kind"], "assessment");
    EXPECT_FALSE(both["files"][1]["error"].is_null());
}
