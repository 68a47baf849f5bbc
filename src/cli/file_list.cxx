#include "file_list.hxx"

#include "cli_words.hxx"
#include "odf/odf_package.hxx"

#include <algorithm>

namespace prevent::cli {

namespace fs = std::filesystem;

bool is_office_name(const fs::path& path)
{
    const auto ext = odf::extension_of(path);
    return !odf::kind_by_name(path).empty() || ext == ".docx" || ext == ".doc" || ext == ".xlsx" ||
           ext == ".xls";
}

namespace {

// A folder and the folders under it, links to folders not followed (so a loop of links ends at
// once; links to files are): the office files in path order, and a line for each folder that
// cannot be read, in its place, while the rest is still listed.
std::vector<ListedFile> walk_folder(const fs::path& top)
{
    std::vector<ListedFile> listed;
    std::vector<fs::path> folders{top};
    while (!folders.empty()) {
        const auto folder = folders.back();
        folders.pop_back();
        std::error_code error;
        fs::directory_iterator it(folder, error);
        for (; !error && it != fs::directory_iterator(); it.increment(error)) {
            std::error_code e;
            const auto& p = it->path();
            if (fs::is_directory(it->symlink_status(e)))
                folders.push_back(p);
            else if (it->is_regular_file(e) && is_office_name(p) &&
                     p.filename().string().rfind(".~lock", 0) != 0)
                listed.push_back({p, std::nullopt});
        }
        if (error)
            listed.push_back({folder, words("folder-error", {error == std::errc::permission_denied
                                                                 ? words("no-permission")
                                                                 : error.message()})});
    }
    std::sort(listed.begin(), listed.end(),
              [](const ListedFile& a, const ListedFile& b) { return a.path < b.path; });
    return listed;
}

}  // namespace

std::vector<ListedFile> list_files(const std::vector<fs::path>& paths)
{
    std::vector<ListedFile> out;
    for (const auto& path : paths) {
        std::error_code error;
        const auto status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            out.push_back({path, words("no-such-path", {path.string()})});
            continue;
        }
        if (fs::is_regular_file(status)) {
            out.push_back({path, std::nullopt});
            continue;
        }
        if (!fs::is_directory(
                status)) {  // a pipe would block the reader for ever; a device is no document
            out.push_back({path, words("not-a-file")});
            continue;
        }
        for (auto& listed : walk_folder(path))
            out.push_back(std::move(listed));
    }
    return out;
}

}  // namespace prevent::cli
