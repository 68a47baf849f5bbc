#include "odf_package.hxx"

#include <zip.h>

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

// Why the system will not open the file, in the user's words: libzip keeps only its own code.
std::string why_unopenable(const std::filesystem::path& file, const std::string& fallback)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st {};
        const bool folder = ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
        ::close(fd);
        return folder ? "it is a folder, not a file" : fallback;
    }
    if (errno == EACCES || errno == EPERM)
        return "you have no permission to read it";
    std::string message = std::generic_category().message(errno);
    if (!message.empty())
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return message;
}

}  // namespace

struct OdfPackage::Zip {
    zip_t* archive = nullptr;
    ~Zip()
    {
        if (archive)
            zip_discard(archive);  // read only: nothing to write back
    }
};

OdfPackage::OdfPackage(const std::filesystem::path& file, PackageLimits limits)
    : zip_(new Zip), limits_(limits)
{
    int error = 0;
    zip_->archive = zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip_->archive) {
        zip_error_t z;
        zip_error_init_with_code(&z, error);
        const std::string why = zip_error_strerror(&z);
        zip_error_fini(&z);
        if (error == ZIP_ER_NOENT)
            throw PackageError(Kind::Unreadable, "cannot be read: there is no such file");
        if (error == ZIP_ER_NOZIP && !starts_like_a_zip(file))
            throw PackageError(Kind::NotOdf, "not an ODF file (it is not a zip package)");
        if (error == ZIP_ER_NOZIP)
            throw PackageError(Kind::Damaged, "damaged or cut short: its zip directory is missing");
        if (error == ZIP_ER_OPEN || error == ZIP_ER_READ)
            throw PackageError(Kind::Unreadable, "cannot be read: " + why_unopenable(file, why));
        if (error == ZIP_ER_MEMORY)
            throw PackageError(Kind::Unreadable, "cannot be read: " + why);
        throw PackageError(Kind::Damaged, "damaged: " + why);
    }
    if (!has("mimetype"))
        throw PackageError(Kind::NotOdf, "not an ODF file (the package has no mimetype)");
    const std::string type = trimmed(read("mimetype"));
    const auto known = known_types().find(type);
    if (known == known_types().end())
        throw PackageError(Kind::NotOdf, "not an ODF text document or spreadsheet (its type is " +
                                             (type.empty() ? std::string("empty") : type) + ")");
    kind_ = known->second;
    // Encrypted parts are named in the manifest (manifest:encryption-data); reading them would
    // give ciphertext. LibreOffice asks for the password; we say so instead.
    if (read_if_present("META-INF/manifest.xml").find("encryption-data") != std::string::npos)
        throw PackageError(
            Kind::Encrypted,
            "protected by a password: open it in LibreOffice and save it without one");
}

OdfPackage::~OdfPackage() = default;

bool OdfPackage::has(const std::string& part) const
{
    return zip_name_locate(zip_->archive, part.c_str(), 0) >= 0;
}

std::string OdfPackage::read_if_present(const std::string& part) const
{
    return has(part) ? read(part) : std::string();
}

std::string OdfPackage::read(const std::string& part) const
{
    const zip_int64_t index = zip_name_locate(zip_->archive, part.c_str(), 0);
    if (index < 0)
        throw PackageError(Kind::Damaged, "damaged: the package has no " + part);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_->archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
        throw PackageError(Kind::Damaged, "damaged: cannot read the entry of " + part);
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        throw PackageError(Kind::Encrypted, "protected by a password (zip encryption)");
    // The sizes in the entry are the packer's word: they are checked again while unpacking.
    const std::uint64_t packed = std::max<std::uint64_t>(stat.comp_size, 1);
    if (stat.size > limits_.max_part_bytes ||
        (stat.size > limits_.ratio_from_bytes && stat.size / packed > limits_.max_ratio))
        throw PackageError(Kind::TooLarge,
                           "too large to check: " + part + " unpacks to " +
                               std::to_string(stat.size >> 20) + " MiB from " +
                               std::to_string(std::max<std::uint64_t>(stat.comp_size >> 10, 1)) +
                               " KiB");
    zip_file_t* f = zip_fopen_index(zip_->archive, static_cast<zip_uint64_t>(index), 0);
    if (!f)
        throw PackageError(Kind::Damaged, std::string("damaged: ") + zip_strerror(zip_->archive));
    std::string out;
    out.reserve(static_cast<std::size_t>(stat.size));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n < 0) {
            const std::string why = zip_file_strerror(f);
            zip_fclose(f);
            throw PackageError(Kind::Damaged, "damaged: " + part + ": " + why);
        }
        if (n == 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > stat.size || out.size() > limits_.max_part_bytes) {
            zip_fclose(f);
            throw PackageError(Kind::TooLarge,
                               "too large to check: " + part + " unpacks beyond its stated size");
        }
    }
    zip_fclose(f);
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
        return "not an ODF file: open it in LibreOffice Writer and save it as .odt, or run "
               "soffice --headless --convert-to odt \"" +
               file.filename().string() + "\"";
    if (ext == ".xlsx" || ext == ".xls" || ext == ".csv")
        return "not an ODF file: open it in LibreOffice Calc and save it as .ods, or run "
               "soffice --headless --convert-to ods \"" +
               file.filename().string() + "\"";
    if (ext == ".pdf")
        return "not an ODF file: a PDF cannot be checked; ask for the .odt it was made from";
    return "not an ODF file: prevent-check reads .odt, .ott, .ods and .ots";
}

}  // namespace prevent::odf
