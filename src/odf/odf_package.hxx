// An ODF package on disk (.odt, .ott, .ods, .ots), read with minizip: what kind it is, and its
// parts (content.xml, styles.xml, meta.xml) as text — within limits, so that a damaged file, a
// zip bomb or a password-protected file is refused with a message instead of read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace prevent::odf {

// Why a file cannot be read. what(): one line for the user, naming no path (the caller does).
class PackageError : public std::runtime_error {
public:
    enum class Kind { NotOdf, Damaged, Encrypted, TooLarge, Unreadable };
    PackageError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind)
    {
    }
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

enum class PackageKind { Text, TextTemplate, Spreadsheet, SpreadsheetTemplate };

// Limits against zip bombs: a part larger than this when unpacked, or a part of more than
// ratio_from_bytes unpacking to more than max_ratio times its packed size, is not read. Real
// assessments are far below both; small parts may compress very well and are simply read.
struct PackageLimits {
    std::uint64_t max_part_bytes = 64ull << 20;
    std::uint64_t max_ratio = 200;
    std::uint64_t ratio_from_bytes = 16ull << 20;
};

class OdfPackage {
public:
    // Opens the file; PackageError when it is no ODF text or spreadsheet package, or protected by
    // a password (its manifest says its parts are encrypted).
    explicit OdfPackage(const std::filesystem::path& file, PackageLimits limits = {});
    ~OdfPackage();
    OdfPackage(const OdfPackage&) = delete;
    OdfPackage& operator=(const OdfPackage&) = delete;

    PackageKind kind() const { return kind_; }
    bool is_spreadsheet() const
    {
        return kind_ == PackageKind::Spreadsheet || kind_ == PackageKind::SpreadsheetTemplate;
    }
    bool has(const std::string& part) const;

    // The whole part; PackageError when it is missing (and required), damaged or beyond the limits.
    std::string read(const std::string& part) const;
    // The same, or "" when the package has no such part (meta.xml and styles.xml are optional).
    std::string read_if_present(const std::string& part) const;

private:
    struct Zip;
    std::unique_ptr<Zip> zip_;
    PackageKind kind_ = PackageKind::Text;
    PackageLimits limits_;
};

// A file's extension in lower case: ".odt".
std::string extension_of(const std::filesystem::path& file);

// What the file would be from its name alone: "assessment" (.odt, .ott), "action-plan" (.ods,
// .ots), or "" for any other name.
std::string kind_by_name(const std::filesystem::path& file);

// How to turn the file into one prevent-check reads, from its name alone: for the message on a
// .docx or a .pdf. "" when the extension is an ODF one we read.
std::string conversion_advice(const std::filesystem::path& file);

}  // namespace prevent::odf
