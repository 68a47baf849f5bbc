#include "file_list.hxx"

#include "cli_words.hxx"

#include <algorithm>
#include <cctype>

namespace prevent::cli {

namespace fs = std::filesystem;

namespace {

std::string extension_of(const fs::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

}  // namespace

bool is_odf_name(const fs::path& path)
{
    const auto ext = extension_of(path);
    return ext == ".odt" || ext == ".ott" || ext == ".ods" || ext == ".ots";
}

bool is_office_name(const fs::path& path)
{
    const auto ext = extension_of(path);
    return is_odf_name(path) || ext == ".docx" || ext == ".doc" || ext == ".xlsx" || ext == ".xls";
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
