// prevent-check's three reports of the same checked files: text for people (aligned; colour only
// on a terminal), one CSV row per file for a tracking sheet, and JSON with a versioned schema
// (docs/prevent-check.md).
#pragma once

#include "odf/file_check.hxx"
#include "options.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace prevent::cli {

inline constexpr int kJsonSchemaVersion = 1;

struct RunFacts {
    std::string version;
    boost::gregorian::date today;
};

// One file's part of the report, made where the file was checked (in the workers, in parallel),
// so that the main thread only writes the parts in order; and what the summary and the exit
// status need of it.
struct FileOutput {
    std::string text;  // its block of text, its CSV row or its JSON object
    bool unreadable = false;
    int errors = 0, warnings = 0;
};
FileOutput output_of_file(const odf::FileReport& report, Format format, bool colour);

// The parts, in order, with what comes before and after them in each format.
void write_text(std::ostream& out, const std::vector<FileOutput>& files);
void write_csv(std::ostream& out, const std::vector<FileOutput>& files);
void write_json(std::ostream& out, const std::vector<FileOutput>& files, const RunFacts& facts);

// Each file's part in one format.
std::string text_of_file(const odf::FileReport& report, bool colour);
std::string csv_row_of_file(const odf::FileReport& report);
std::string json_of_file(const odf::FileReport& report);

}  // namespace prevent::cli
