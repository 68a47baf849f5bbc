// The files prevent-check is asked about: files as named (whatever they are: a .pdf is then
// reported as not ODF), folders searched recursively for .odt, .ott, .ods and .ots — and for
// .docx, .doc, .xlsx and .xls, an assessment or plan in a format to convert, which is reported
// as such (other files in a folder, minutes as PDF, images, are not the checker's business).
// Symbolic links to folders are not followed, so a link loop cannot trap the search; a folder that
// cannot be read is reported, not fatal.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prevent::cli {

struct ListedFile {
    std::filesystem::path path;
    std::optional<std::string> error;  // the path does not exist, or a folder could not be read
};

std::vector<ListedFile> list_files(const std::vector<std::filesystem::path>& paths);

bool is_office_name(const std::filesystem::path& path);  // ODF, or a Word or Excel file

}  // namespace prevent::cli
