#include "file_list.hxx"

#include "cli_words.hxx"
#include "odf/odf_package.hxx"

#include <algorithm>

namespace prevent::cli {

namespace fs = std::filesystem;

bool is_office_name(const fs::path& path)
{
    const auto ext = odf::extension_of(path);
    return !odf::kind_by_name(path).empty() || ext == ".docx" || ext == ".doc" || ext == ".xlsx" || ext == ".xls";
}

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
        if (!fs::is_directory(status)) {
            out.push_back({path, std::nullopt});
            continue;
        }
        std::vector<fs::path> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
        for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            std::error_code e;
            if (it->is_regular_file(e) && is_office_name(it->path()) && it->path().filename().string().rfind(".~lock", 0) != 0)
                found.push_back(it->path());
        }
        std::sort(found.begin(), found.end());
        for (auto& f : found)
            out.push_back({std::move(f), std::nullopt});
        if (error)
            out.push_back({path, words("text-error", {error.message()})});
    }
    return out;
}

}  // namespace prevent::cli
