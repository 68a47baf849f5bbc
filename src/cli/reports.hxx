// prevent-check's three reports of the same checked files: text for people (aligned; colour only
// on a terminal), one CSV row per file for a tracking sheet, and JSON with a versioned schema
// (docs/prevent-check.md).
#pragma once

#include "odf/file_check.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <ostream>
#include <vector>

namespace prevent::cli {

inline constexpr int kJsonSchemaVersion = 1;

struct RunFacts {
    std::string version;
    boost::gregorian::date today;
};

void write_text(std::ostream& out, const std::vector<odf::FileReport>& reports, bool colour);
void write_csv(std::ostream& out, const std::vector<odf::FileReport>& reports);
// JSON: each file's object is made where the file was checked (in the workers, in parallel),
// then written in order with the run's facts around them.
std::string json_of_file(const odf::FileReport& report);
void write_json(std::ostream& out, const std::vector<std::string>& files, const RunFacts& facts);

}  // namespace prevent::cli
