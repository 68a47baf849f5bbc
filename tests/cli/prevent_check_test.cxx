// prevent-check end to end: the built program on a folder of files made here (the sample
// assessment, an action plan, files that are not ODF, a password-protected one, a missing path,
// a symbolic-link loop), in each format, with each exit code.
#include "child_process.hxx"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>
#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <sys/stat.h>
#include <sys/wait.h>
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

void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts,
               int level = 9)
{
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(z, data.data(), data.size(), 0);
        const auto index = zip_file_add(z, name.c_str(), source, ZIP_FL_OVERWRITE);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                                 name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 static_cast<zip_uint32_t>(level));
    }
    ASSERT_EQ(zip_close(z), 0);
}

std::string cell(const std::string& text)
{
    return "<table:table-cell office:value-type=\"string\"><text:p>" + text +
           "</text:p></table:table-cell>";
}

std::string date_cell(const std::string& iso)
{
    return "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" "
           "office:date-value=\"" +
           iso + "\"><text:p>" + iso + "</text:p></table:table-cell>";
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
  <table:table-row>)" + cell("Action ID") +
                                cell("Action") + cell("Owner") + cell("Due date") + cell("Status") +
                                cell("Completed date") +
                                R"(</table:table-row>
  <table:table-row>)" + cell("A001") +
                                cell("Refresher training") + cell("HR lead") +
                                date_cell("2026-11-01") + cell("In progress") +
                                R"(</table:table-row>
  <table:table-row>)" + cell("A002") +
                                cell("Review speaker policy") + cell("Registrar") +
                                date_cell("2026-12-31") + cell("Complete") +
                                R"(</table:table-row>
 </table:table></office:spreadsheet></office:body></office:document-content>)";
    write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                     {"content.xml", content}});
}

struct Run {
    int exit_code;
    std::string output;
};

struct MeasuredRun {
    int exit_code;
    std::string output;
    long peak_kib;
};

// prevent-check started through launcher (e.g. setpriv), with its peak memory.
MeasuredRun check_through(const std::vector<std::string>& launcher,
                          const std::vector<std::string>& arguments)
{
    std::vector<std::string> argv = launcher;
    argv.push_back(PREVENT_CHECK);
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const auto result =
        prevent::testing::run_command(argv, std::chrono::seconds(120), {"NO_COLOR=1"});
    return {result.exit_code, result.output, result.peak_kib};
}

// prevent-check in a Welsh locale: LANG says Welsh, nothing overrides it.
Run check_in_welsh(const std::vector<std::string>& arguments)
{
    std::vector<std::string> argv{PREVENT_CHECK};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const auto result = prevent::testing::run_command(
        argv, std::chrono::seconds(120),
        {"NO_COLOR=1", "LC_ALL=", "LC_MESSAGES=", "LANG=cy_GB.UTF-8"});
    return {result.exit_code, result.output};
}

Run check(const std::vector<std::string>& arguments)
{
    const auto run = check_through({}, arguments);
    return {run.exit_code, run.output};
}

// As root (CI) the checker runs without the capabilities that let root read any file, so that
// permissions bite as they do for a clerk; as anyone else it runs as it is.
std::vector<std::string> as_an_ordinary_reader()
{
    if (::geteuid() != 0)
        return {};
    return {"/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"};
}

// Puts permissions back, so that the scratch folder can be removed whatever the test did.
class Unlocks {
public:
    ~Unlocks()
    {
        for (const auto& p : paths_)
            fs::permissions(p, fs::perms::owner_all, fs::perm_options::add);
    }
    void lock(const fs::path& p)
    {
        paths_.push_back(p);
        fs::permissions(p, fs::perms::none);
    }

private:
    std::vector<fs::path> paths_;
};

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
    EXPECT_THAT(check({"--profile", "nursery", PREVENT_SAMPLE}).output,
                HasSubstr("he, fe, schools"));
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

    const auto json = nlohmann::json::parse(
        check({"--format", "json", "--today", "2026-11-29", PREVENT_SAMPLE}).output);
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

    const auto fe = nlohmann::json::parse(
        check({"--format", "json", "--profile", "fe", PREVENT_SAMPLE}).output);
    EXPECT_EQ(fe["files"][0]["profile"], "fe");
    EXPECT_NE(fe["files"][0]["areas"].size(), file["areas"].size())
        << "another profile, another list";

    const auto csv = check({"--format", "csv", PREVENT_SAMPLE}).output;
    EXPECT_THAT(csv, HasSubstr("path,kind,error,profile,areas_covered,areas_total"));
    EXPECT_THAT(csv, HasSubstr(",assessment,,he,"));
}

// LANG=cy_GB.UTF-8 (or --lang cy): Welsh words, the same codes and states as in English.
TEST(PreventCheck, SpeaksWelshInAWelshLocaleWithTheSameCodes)
{
    const auto text = check_in_welsh({PREVENT_SAMPLE});
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_THAT(text.output, HasSubstr("asesiad risg \u00b7 proffil he"));
    EXPECT_THAT(text.output, HasSubstr("cymeradwyaeth:"));
    EXPECT_THAT(text.output, HasSubstr("area-missing")) << "codes are not translated";
    EXPECT_THAT(text.output, HasSubstr("Addysg uwch")) << "the catalogue's Welsh titles";
    EXPECT_THAT(check({"--lang", "cy", PREVENT_SAMPLE}).output,
                HasSubstr("asesiad risg \u00b7 proffil he"));
    EXPECT_THAT(check_in_welsh({"--lang", "en-GB", PREVENT_SAMPLE}).output,
                HasSubstr("risk assessment \u00b7 profile he"))
        << "--lang before the locale";
    EXPECT_THAT(check_in_welsh({"--help"}).output, HasSubstr("Defnydd: prevent-check"));
    EXPECT_THAT(check_in_welsh({"--bogus", PREVENT_SAMPLE}).output, HasSubstr("opsiwn anhysbys"));
    EXPECT_EQ(check({"--lang", "fr", PREVENT_SAMPLE}).exit_code, 2) << "a language it lacks";

    const auto arguments =
        std::vector<std::string>{"--format", "json", "--today", "2026-11-29", PREVENT_SAMPLE};
    const auto english = nlohmann::json::parse(check(arguments).output)["files"][0];
    const auto welsh = nlohmann::json::parse(check_in_welsh(arguments).output)["files"][0];
    ASSERT_EQ(welsh["findings"].size(), english["findings"].size());
    for (std::size_t i = 0; i < english["findings"].size(); ++i) {
        const auto& e = english["findings"][i];
        const auto& w = welsh["findings"][i];
        for (const char* key : {"code", "severity", "area", "location"})
            EXPECT_EQ(w[key], e[key]) << key;
        EXPECT_NE(w["message"], e["message"]) << e["code"];
    }
    ASSERT_EQ(welsh["areas"].size(), english["areas"].size());
    for (std::size_t i = 0; i < english["areas"].size(); ++i) {
        EXPECT_EQ(welsh["areas"][i]["id"], english["areas"][i]["id"]);
        EXPECT_EQ(welsh["areas"][i]["state"], english["areas"][i]["state"]);
    }
    EXPECT_EQ(welsh["approval"]["state"], english["approval"]["state"]);
    EXPECT_EQ(welsh["digest"], english["digest"]);
    EXPECT_THAT(check_in_welsh({"--format", "csv", PREVENT_SAMPLE}).output,
                HasSubstr("llwybr,math,gwall,proffil"));
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

    const auto run =
        check({"--format", "json", "--today", "2026-11-29", "--jobs", "2", (dir / "board").string(),
               (dir / "renamed.odt").string(), (dir / "assessment.docx").string(),
               (dir / "locked.odt").string(), (dir / "missing.odt").string()});
    EXPECT_EQ(run.exit_code, 3) << "some files could not be read";
    const auto json = nlohmann::json::parse(run.output);
    ASSERT_EQ(json["files"].size(), 7u) << run.output;
    const auto& files = json["files"];
    EXPECT_THAT(files[2]["error"].get<std::string>(), HasSubstr("--convert-to ods"))
        << "the .xlsx in the folder";
    EXPECT_EQ(files[0]["kind"], "action-plan");
    EXPECT_TRUE(files[0]["error"].is_null());
    std::vector<std::string> plan_codes;
    for (const auto& f : files[0]["findings"])
        plan_codes.push_back(f["code"].get<std::string>() + " " + f["location"].get<std::string>());
    EXPECT_THAT(plan_codes,
                ::testing::IsSupersetOf({"action-overdue sheet:Action plan!D2",
                                         "action-complete-no-date sheet:Action plan!F3"}));
    EXPECT_EQ(files[0]["plan"]["overdue"], 1);
    EXPECT_EQ(files[1]["kind"], "assessment");
    EXPECT_TRUE(files[1]["error"].is_null());
    EXPECT_THAT(files[3]["error"].get<std::string>(), HasSubstr("not an ODF file"));
    EXPECT_THAT(files[4]["error"].get<std::string>(), HasSubstr("--convert-to odt"));
    EXPECT_THAT(files[5]["error"].get<std::string>(), HasSubstr("protected by a password"));
    EXPECT_THAT(files[6]["error"].get<std::string>(), HasSubstr("no such file or folder"));

    const auto one_job = check(
        {"--format", "json", "--today", "2026-11-29", "--jobs", "1", (dir / "board").string()});
    const auto two_jobs = check(
        {"--format", "json", "--today", "2026-11-29", "--jobs", "2", (dir / "board").string()});
    EXPECT_EQ(one_job.output, two_jobs.output) << "the same report whatever the number of jobs";

    const auto plan_only =
        check({"--today", "2026-10-01", (dir / "board/2026-27/action plan.ods").string()});
    EXPECT_THAT(plan_only.output, HasSubstr("0 overdue")) << "on 1 October nothing was overdue yet";
}

// A provider's own catalogue, the .xcu an administrator would deploy: its words are used.
TEST(PreventCheck, AProvidersOwnCatalogue)
{
    Scratch dir;
    std::ifstream in(PREVENT_CATALOGUE);
    std::string xcu((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string from = ">Leadership and governance oversight<",
                      to = ">Leadership by the Corporation<";
    const auto at = xcu.find(from);
    ASSERT_NE(at, std::string::npos);
    xcu.replace(at, from.size(), to);
    std::ofstream(dir / "OurCatalogue.xcu") << xcu;
    const auto run = check(
        {"--format", "json", "--catalogue", (dir / "OurCatalogue.xcu").string(), PREVENT_SAMPLE});
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
    const std::string head =
        R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)";
    const std::string tail = "</office:text></office:body></office:document-content>";
    // A zip bomb: 64 MiB of spaces packs to a few dozen KiB.
    write_zip(dir / "bomb.odt",
              {{"mimetype", odt}, {"content.xml", head + std::string(64 << 20, ' ') + tail}});
    // Entity expansion through a DTD.
    write_zip(
        dir / "entities.odt",
        {{"mimetype", odt},
         {"content.xml",
          R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>)" +
              head + "<text:p>&b;</text:p>" + tail}});
    // 10,000 nested spans.
    std::string deep;
    for (int i = 0; i < 10000; ++i)
        deep += "<text:span>";
    for (int i = 0; i < 10000; ++i)
        deep += "</text:span>";
    write_zip(dir / "deep.odt",
              {{"mimetype", odt}, {"content.xml", head + "<text:p>" + deep + "</text:p>" + tail}});
    write_zip(dir / "no content.odt", {{"mimetype", odt}, {"styles.xml", "<x/>"}});
    write_zip(dir / "whole.odt",
              {{"mimetype", odt},
               {"content.xml", head + "<text:p>" + std::string(20000, 'x') + "</text:p>" + tail}});
    fs::copy_file(dir / "whole.odt", dir / "cut short.odt");
    fs::resize_file(dir / "cut short.odt", fs::file_size(dir / "whole.odt") / 3);
    fs::copy_file(
        PREVENT_SAMPLE,
        dir / "-draft \u00e9v\u00e8nement \u05e9\u05dc\u05d5\u05dd.odt");  // odd name, good file

    const auto run = check({"--format", "json", "--", (dir / "bomb.odt").string(),
                            (dir / "entities.odt").string(), (dir / "deep.odt").string(),
                            (dir / "no content.odt").string(), (dir / "cut short.odt").string(),
                            "-draft \u00e9v\u00e8nement \u05e9\u05dc\u05d5\u05dd.odt"});
    EXPECT_EQ(run.exit_code, 3);
    // The odd name is given relative to the folder the program runs in; this run's is not dir.
    const auto json = nlohmann::json::parse(run.output);
    ASSERT_EQ(json["files"].size(), 6u);
    const std::vector<std::string> why = {"too large to check", "document type", "damaged",
                                          "damaged: the package has no content.xml",
                                          "damaged or cut short"};
    for (std::size_t i = 0; i < why.size(); ++i) {
        const auto error = json["files"][i]["error"].get<std::string>();
        EXPECT_THAT(error, HasSubstr(why[i])) << json["files"][i]["path"];
        EXPECT_EQ(error.find('\n'), std::string::npos) << "one line";
    }

    const auto good =
        check({"--format", "json", "--",
               (dir / "-draft \u00e9v\u00e8nement \u05e9\u05dc\u05d5\u05dd.odt").string(),
               (dir / "bomb.odt").string()});
    EXPECT_EQ(good.exit_code, 3);
    const auto both = nlohmann::json::parse(good.output);
    EXPECT_TRUE(both["files"][0]["error"].is_null()) << "the file with the odd name is checked";
    EXPECT_EQ(both["files"][0]["kind"], "assessment");
    EXPECT_FALSE(both["files"][1]["error"].is_null());
}

// Files and folders the user may not read, and paths that are no files at all: one line each,
// exit 3, and everything readable around them still checked.
TEST(PreventCheck, UnreadableFilesFoldersAndThingsThatAreNoFiles)
{
    Scratch dir;
    Unlocks unlocks;
    fs::create_directories(dir / "governors/closed");
    fs::copy_file(PREVENT_SAMPLE, dir / "governors/assessment.odt");
    fs::copy_file(PREVENT_SAMPLE, dir / "governors/locked away.odt");
    fs::copy_file(PREVENT_SAMPLE, dir / "governors/closed/inside.odt");
    fs::copy_file(PREVENT_SAMPLE, dir / "governors/zz later.odt");
    fs::create_symlink(dir / "governors/assessment.odt", dir / "governors/link to assessment.odt");
    ASSERT_EQ(::mkfifo((dir / "pipe.odt").c_str(), 0600), 0);
    unlocks.lock(dir / "governors/locked away.odt");
    unlocks.lock(dir / "governors/closed");

    const auto run = check_through(
        as_an_ordinary_reader(),
        {"--format", "json", "--", (dir / "governors").string(),
         (dir / "governors/locked away.odt").string(), (dir / "pipe.odt").string(), "/dev/zero"});
    EXPECT_EQ(run.exit_code, 3) << run.output;
    const auto json = nlohmann::json::parse(run.output);
    std::vector<std::string> seen;
    for (const auto& f : json["files"])
        seen.push_back(fs::path(f["path"].get<std::string>()).filename().string() + ": " +
                       (f["error"].is_null() ? "checked" : f["error"].get<std::string>()));
    EXPECT_THAT(
        seen,
        ::testing::ElementsAre(
            "assessment.odt: checked",
            "closed: this folder cannot be read: you have no permission to read it; what is under "
            "it was not checked",
            "link to assessment.odt: checked",
            "locked away.odt: cannot be read: you have no permission to read it",
            "zz later.odt: checked",
            "locked away.odt: cannot be read: you have no permission to read it",
            "pipe.odt: cannot be read: it is not an ordinary file (a pipe, a device or a socket)",
            "zero: cannot be read: it is not an ordinary file (a pipe, a device or a socket)"));
}

// A 200 MB file: an assessment carrying 200 MiB of scanned pictures is checked without reading
// them (memory stays far below the file's size); a content.xml that would unpack to more than
// the limit is refused before it is read. The peak memory of each run is recorded in the
// test's XML output (ctest --output-junit) and printed.
void make_big_files(const fs::path& dir)
{
    std::vector<std::pair<std::string, std::string>> parts;
    {
        int error = 0;
        zip_t* sample = zip_open(PREVENT_SAMPLE, ZIP_RDONLY, &error);
        ASSERT_NE(sample, nullptr);
        for (zip_int64_t i = 0; i < zip_get_num_entries(sample, 0); ++i) {
            zip_stat_t st;
            zip_stat_index(sample, static_cast<zip_uint64_t>(i), 0, &st);
            std::string data(st.size, '\0');
            zip_file_t* f = zip_fopen_index(sample, static_cast<zip_uint64_t>(i), 0);
            ASSERT_EQ(zip_fread(f, data.data(), data.size()),
                      static_cast<zip_int64_t>(data.size()));
            zip_fclose(f);
            parts.emplace_back(st.name, std::move(data));
        }
        zip_discard(sample);
    }
    // 200 MiB that does not compress, as photographs and scans do not.
    std::string scan(200u << 20, '\0');
    std::uint64_t x = 0x9e3779b97f4a7c15ull;
    for (std::size_t i = 0; i + 8 <= scan.size(); i += 8) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        std::memcpy(scan.data() + i, &x, 8);
    }
    auto with_pictures = parts;
    with_pictures.emplace_back("Pictures/signed-minutes-scan.png", std::move(scan));
    {
        int error = 0;
        zip_t* z = zip_open((dir / "with scans.odt").c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        ASSERT_NE(z, nullptr);
        for (const auto& [name, data] : with_pictures) {
            zip_source_t* source = zip_source_buffer(z, data.data(), data.size(), 0);
            const auto index = zip_file_add(z, name.c_str(), source, ZIP_FL_OVERWRITE);
            zip_set_file_compression(
                z, static_cast<zip_uint64_t>(index),
                name == "content.xml" || name == "styles.xml" ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        }
        ASSERT_EQ(zip_close(z), 0);
    }
    with_pictures.clear();
    ASSERT_GE(fs::file_size(dir / "with scans.odt"), 200u << 20);

    // A content.xml of 300 MiB of varied text: more than any assessment, refused unread.
    const std::string odt = "application/vnd.oasis.opendocument.text";
    std::string content =
        R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)";
    content.reserve(301u << 20);
    for (std::uint64_t n = 0; content.size() < (300u << 20); ++n) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        content += "<text:p>Paragraph " + std::to_string(n) + " reviewed " + std::to_string(x) +
                   "</text:p>";
    }
    content += "</office:text></office:body></office:document-content>";
    write_zip(dir / "huge text.odt", {{"mimetype", odt}, {"content.xml", std::move(content)}}, 1);
}

// Runs make in a child process: the test's own peak memory stays small, and with it what the
// children it spawns report (a spawned child starts from its parent's memory high-water mark).
bool made_in_a_child(const std::function<void()>& make)
{
    const pid_t child = ::fork();
    if (child == 0) {
        make();
        ::_exit(::testing::Test::HasFailure() ? 1 : 0);
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

TEST(PreventCheck, TwoHundredMegabyteFiles)
{
    Scratch dir;
    ASSERT_TRUE(made_in_a_child([&] { make_big_files(dir.path()); }));
    const auto scans = check_through({}, {"--format", "json", (dir / "with scans.odt").string()});
    const auto plain = check_through({}, {"--format", "json", PREVENT_SAMPLE});
    const auto huge = check_through({}, {"--format", "json", (dir / "huge text.odt").string()});
    ::testing::Test::RecordProperty("peak_kib_sample", std::to_string(plain.peak_kib));
    ::testing::Test::RecordProperty("peak_kib_200MB_of_pictures", std::to_string(scans.peak_kib));
    ::testing::Test::RecordProperty("peak_kib_300MiB_content", std::to_string(huge.peak_kib));
    std::cout << "peak memory (KiB): sample " << plain.peak_kib << ", with 200 MiB of pictures "
              << scans.peak_kib << " (file " << fs::file_size(dir / "with scans.odt") / 1024
              << " KiB), 300 MiB content.xml " << huge.peak_kib << " (file "
              << fs::file_size(dir / "huge text.odt") / 1024 << " KiB)\n";

    const auto checked = nlohmann::json::parse(scans.output)["files"][0];
    EXPECT_TRUE(checked["error"].is_null()) << scans.output;
    const auto reference = nlohmann::json::parse(plain.output)["files"][0];
    EXPECT_EQ(checked["digest"], reference["digest"]) << "the pictures are not part of the text";
    EXPECT_EQ(checked["findings"].size(), reference["findings"].size());
    EXPECT_LT(scans.peak_kib, 64 * 1024) << "the pictures must not be read into memory";

    EXPECT_EQ(huge.exit_code, 3);
    const auto refused = nlohmann::json::parse(huge.output)["files"][0];
    EXPECT_THAT(refused["error"].get<std::string>(), HasSubstr("too large to check"))
        << huge.output;
    EXPECT_LT(huge.peak_kib, 64 * 1024) << "refused before it is read";
}
