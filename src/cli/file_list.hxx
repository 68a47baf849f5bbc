// The files prevent-check is asked about: files as named (whatever they are: a .docx is then
// reported as not ODF), folders searched recursively for .odt, .ott, .ods and .ots. Symbolic
// links to folders are not followed, so a link loop cannot trap the search; a folder that cannot
// be read is reported, not fatal.
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

bool is_odf_name(const std::filesystem::path& path);

}  // namespace prevent::cli
