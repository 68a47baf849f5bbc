#include "odf_package.hxx"

#include "core/messages.hxx"

#include <unzip.h>  // minizip: linked statically, so prevent-check needs no libzip of the system

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace prevent::odf {

namespace {

using Kind = PackageError::Kind;

const std::map<std::string, PackageKind>& known_types()
{
    static const std::map<std::string, PackageKind> types = {
        {"application/vnd.oasis.opendocument.text", PackageKind::Text},
        {"application/vnd.oasis.opendocument.text-template", PackageKind::TextTemplate},
        {"application/vnd.oasis.opendocument.spreadsheet", PackageKind::Spreadsheet},
        {"application/vnd.oasis.opendocument.spreadsheet-template",
         PackageKind::SpreadsheetTemplate}};
    return types;
}

std::string trimmed(std::string s)
{
    const auto not_space = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
    s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
    return s;
}

// A zip's first local header begins "PK\3\4": a file that does is a damaged package, not another
// format.
bool starts_like_a_zip(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    char head[4] = {};
    return in.read(head, 4) && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
}

// Why the system will not open the file, in the user's words (minizip says only that it failed).
std::string why_unopenable(const std::filesystem::path& file, const std::string& fallback)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st {};
        const bool folder = ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
        ::close(fd);
        return folder ? core::message("odf.is-a-folder") : fallback;
    }
    if (errno == EACCES || errno == EPERM)
        return core::message("odf.no-permission");
    std::string message = std::generic_category().message(errno);
    if (!message.empty())
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return message;
}

}  // namespace

struct OdfPackage::Zip {
    unzFile archive = nullptr;
    ~Zip()
    {
        if (archive)
            unzClose(archive);
    }
};

OdfPackage::OdfPackage(const std::filesystem::path& file, PackageLimits limits)
    : zip_(new Zip), limits_(limits)
{
    // minizip gives no reason when it cannot open a file: ask the system first.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            throw PackageError(
                Kind::Unreadable,
                core::message("odf.cannot-be-read", {core::message("odf.no-such-file")}));
        throw PackageError(
            Kind::Unreadable,
            core::message("odf.cannot-be-read",
                          {why_unopenable(file, core::message("odf.cannot-be-opened"))}));
    }
    struct stat st {};
    const bool folder = ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
    ::close(fd);
    if (folder)
        throw PackageError(Kind::Unreadable,
                           core::message("odf.cannot-be-read", {core::message("odf.is-a-folder")}));
    zip_->archive = unzOpen64(file.c_str());
    if (!zip_->archive) {
        if (!starts_like_a_zip(file))
            throw PackageError(Kind::NotOdf, core::message("odf.not-a-zip"));
        throw PackageError(Kind::Damaged, core::message("odf.zip-directory-missing"));
    }
    if (!has("mimetype"))
        throw PackageError(Kind::NotOdf, core::message("odf.no-mimetype"));
    const std::string type = trimmed(read("mimetype"));
    const auto known = known_types().find(type);
    if (known == known_types().end())
        throw PackageError(Kind::NotOdf, type.empty() ? core::message("odf.type-empty")
                                                      : core::message("odf.other-type", {type}));
    kind_ = known->second;
    // Encrypted parts are named in the manifest (manifest:encryption-data); reading them would
    // give ciphertext. LibreOffice asks for the password; we say so instead.
    if (read_if_present("META-INF/manifest.xml").find("encryption-data") != std::string::npos)
        throw PackageError(Kind::Encrypted, core::message("odf.password-protected"));
}

OdfPackage::~OdfPackage() = default;

bool OdfPackage::has(const std::string& part) const
{
    return unzLocateFile(zip_->archive, part.c_str(), 1 /* case-sensitive */) == UNZ_OK;
}

std::string OdfPackage::read_if_present(const std::string& part) const
{
    return has(part) ? read(part) : std::string();
}

std::string OdfPackage::read(const std::string& part) const
{
    if (!has(part))
        throw PackageError(Kind::Damaged, core::message("odf.part-missing", {part}));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip_->archive, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        throw PackageError(Kind::Damaged, core::message("odf.part-entry-unreadable", {part}));
    if (info.flag & 1u)  // general purpose bit 0: the entry is encrypted
        throw PackageError(Kind::Encrypted, core::message("odf.zip-encrypted"));
    // The sizes in the entry are the packer's word: they are checked again while unpacking.
    const std::uint64_t size = info.uncompressed_size;
    const std::uint64_t packed = std::max<std::uint64_t>(info.compressed_size, 1);
    if (size > limits_.max_part_bytes ||
        (size > limits_.ratio_from_bytes && size / packed > limits_.max_ratio))
        throw PackageError(
            Kind::TooLarge,
            core::message("odf.part-too-large",
                          {part, std::to_string(size >> 20),
                           std::to_string(std::max<std::uint64_t>(packed >> 10, 1))}));
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        throw PackageError(Kind::Damaged, core::message("odf.part-packed-unknown", {part}));
    if (unzOpenCurrentFile(zip_->archive) != UNZ_OK)
        throw PackageError(Kind::Damaged, core::message("odf.part-entry-inconsistent", {part}));
    std::string out;
    out.reserve(static_cast<std::size_t>(size));
    char buffer[64 * 1024];
    for (;;) {
        const int n = unzReadCurrentFile(zip_->archive, buffer, sizeof buffer);
        if (n < 0) {
            unzCloseCurrentFile(zip_->archive);
            throw PackageError(Kind::Damaged, core::message("odf.part-cannot-be-unpacked", {part}));
        }
        if (n == 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > size || out.size() > limits_.max_part_bytes) {
            unzCloseCurrentFile(zip_->archive);
            throw PackageError(Kind::TooLarge, core::message("odf.part-beyond-size", {part}));
        }
    }
    // The checksum is compared here, once the whole part has been read.
    if (unzCloseCurrentFile(zip_->archive) != UNZ_OK || out.size() != size)
        throw PackageError(Kind::Damaged, core::message("odf.part-size-mismatch", {part}));
    return out;
}

std::string extension_of(const std::filesystem::path& file)
{
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return ext;
}

std::string kind_by_name(const std::filesystem::path& file)
{
    const auto ext = extension_of(file);
    if (ext == ".odt" || ext == ".ott")
        return "assessment";
    if (ext == ".ods" || ext == ".ots")
        return "action-plan";
    return "";
}

std::string conversion_advice(const std::filesystem::path& file)
{
    const auto ext = extension_of(file);
    if (!kind_by_name(file).empty())
        return "";
    if (ext == ".docx" || ext == ".doc" || ext == ".rtf")
        return core::message("odf.advice-writer", {file.filename().string()});
    if (ext == ".xlsx" || ext == ".xls" || ext == ".csv")
        return core::message("odf.advice-calc", {file.filename().string()});
    if (ext == ".pdf")
        return core::message("odf.advice-pdf");
    return core::message("odf.advice-other");
}

}  // namespace prevent::odf
