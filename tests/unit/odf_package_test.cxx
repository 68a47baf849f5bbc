// The ODF package reader of src/odf: what kind of file it is, its parts, and a clear refusal for
// everything that is not a readable ODF text document or spreadsheet — no zip, no mimetype, a
// presentation, a password, a damaged file, a part that unpacks beyond the limits.
#include "odf/odf_package.hxx"

#include <gmock/gmock.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

using namespace prevent::odf;
using ::testing::HasSubstr;

namespace {

namespace fs = std::filesystem;

class Scratch {
public:
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "prevent-odf-XXXXXX").string();
        folder_ = ::mkdtemp(pattern.data());
    }
    ~Scratch() { fs::remove_all(folder_); }
    fs::path operator/(const std::string& name) const { return folder_ / name; }

private:
    fs::path folder_;
};

// A zip with these parts, in this order ("mimetype" stored, the others deflated).
void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts)
{
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(z, data.data(), data.size(), 0);
        const auto index = zip_file_add(z, name.c_str(), source, ZIP_FL_OVERWRITE);
        ASSERT_GE(index, 0);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                                 name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    ASSERT_EQ(zip_close(z), 0);
}

const std::string kContent = "<office:document-content/>";

PackageError::Kind refusal(const fs::path& path, PackageLimits limits = {},
                           const char* part = "content.xml")
{
    try {
        OdfPackage package(path, limits);
        package.read(part);
    } catch (const PackageError& e) {
        return e.kind();
    }
    ADD_FAILURE() << path << " was read";
    return PackageError::Kind::Unreadable;
}

std::string message(const fs::path& path)
{
    try {
        OdfPackage package(path);
    } catch (const PackageError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(OdfPackage, ReadsTextDocumentsSpreadsheetsAndTheirTemplates)
{
    Scratch dir;
    const std::map<std::string, PackageKind> kinds = {
        {"application/vnd.oasis.opendocument.text", PackageKind::Text},
        {"application/vnd.oasis.opendocument.text-template", PackageKind::TextTemplate},
        {"application/vnd.oasis.opendocument.spreadsheet", PackageKind::Spreadsheet},
        {"application/vnd.oasis.opendocument.spreadsheet-template",
         PackageKind::SpreadsheetTemplate}};
    for (const auto& [type, kind] : kinds) {
        write_zip(dir / "file", {{"mimetype", type},
                                 {"content.xml", kContent},
                                 {"meta.xml", "<office:document-meta/>"}});
        const OdfPackage package(dir / "file");
        EXPECT_EQ(package.kind(), kind) << type;
        EXPECT_EQ(package.read("content.xml"), kContent);
        EXPECT_EQ(package.read_if_present("styles.xml"), "") << "an optional part may be absent";
        EXPECT_EQ(package.is_spreadsheet(),
                  kind == PackageKind::Spreadsheet || kind == PackageKind::SpreadsheetTemplate);
    }
}

TEST(OdfPackage, RefusesWhatIsNoOdfTextOrSpreadsheet)
{
    Scratch dir;
    std::ofstream(dir / "renamed.odt") << "Prevent risk assessment\nThis is plain text.\n";
    EXPECT_EQ(refusal(dir / "renamed.odt"), PackageError::Kind::NotOdf);
    EXPECT_THAT(message(dir / "renamed.odt"), HasSubstr("not a zip package"));

    write_zip(dir / "no-mimetype.odt", {{"content.xml", kContent}});
    EXPECT_EQ(refusal(dir / "no-mimetype.odt"), PackageError::Kind::NotOdf);

    write_zip(dir / "slides.odt", {{"mimetype", "application/vnd.oasis.opendocument.presentation"},
                                   {"content.xml", kContent}});
    EXPECT_THAT(message(dir / "slides.odt"), HasSubstr("opendocument.presentation"));

    EXPECT_EQ(refusal(dir / "absent.odt"), PackageError::Kind::Unreadable);
}

TEST(OdfPackage, SaysAPasswordProtectedFileIsProtected)
{
    Scratch dir;
    write_zip(
        dir / "locked.odt",
        {{"mimetype", "application/vnd.oasis.opendocument.text"},
         {"content.xml", "\x8f\x12\x99 ciphertext"},
         {"META-INF/manifest.xml",
          "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
          "<manifest:encryption-data "
          "manifest:checksum-type=\"SHA256/1K\"/></manifest:file-entry></manifest:manifest>"}});
    EXPECT_EQ(refusal(dir / "locked.odt"), PackageError::Kind::Encrypted);
    EXPECT_THAT(message(dir / "locked.odt"), HasSubstr("protected by a password"));
}

TEST(OdfPackage, RefusesDamagedPackagesAndMissingParts)
{
    Scratch dir;
    write_zip(dir / "whole.odt", {{"mimetype", "application/vnd.oasis.opendocument.text"},
                                  {"content.xml", std::string(5000, 'x')}});
    fs::copy_file(dir / "whole.odt", dir / "cut.odt");
    fs::resize_file(dir / "cut.odt", fs::file_size(dir / "whole.odt") / 2);
    EXPECT_EQ(refusal(dir / "cut.odt"), PackageError::Kind::Damaged);
    EXPECT_THAT(message(dir / "cut.odt"), HasSubstr("damaged or cut short"));

    write_zip(dir / "no-content.odt", {{"mimetype", "application/vnd.oasis.opendocument.text"}});
    EXPECT_EQ(refusal(dir / "no-content.odt"), PackageError::Kind::Damaged);
}

TEST(OdfPackage, DoesNotUnpackAPartBeyondTheLimits)
{
    Scratch dir;
    write_zip(dir / "bomb.odt", {{"mimetype", "application/vnd.oasis.opendocument.text"},
                                 {"content.xml", std::string(4 << 20, ' ')}});
    EXPECT_EQ(refusal(dir / "bomb.odt", PackageLimits{1 << 20, 1000000, 0}),
              PackageError::Kind::TooLarge)
        << "size";
    EXPECT_EQ(refusal(dir / "bomb.odt", PackageLimits{64 << 20, 100, 1 << 20}),
              PackageError::Kind::TooLarge)
        << "ratio";
    EXPECT_EQ(OdfPackage(dir / "bomb.odt", PackageLimits{64 << 20, 100000, 1 << 20})
                  .read("content.xml")
                  .size(),
              4u << 20)
        << "within both limits it is read";
    EXPECT_EQ(OdfPackage(dir / "bomb.odt", PackageLimits{64 << 20, 100, 8 << 20})
                  .read("content.xml")
                  .size(),
              4u << 20)
        << "a small part is read however well it packs";
}

TEST(OdfPackage, TellsHowToConvertOtherFormats)
{
    EXPECT_EQ(conversion_advice("plan.ods"), "");
    EXPECT_EQ(conversion_advice("Assessment.ODT"), "");
    EXPECT_THAT(conversion_advice("Assessment.docx"), HasSubstr("--convert-to odt"));
    EXPECT_THAT(conversion_advice("Plan.xlsx"), HasSubstr("--convert-to ods"));
    EXPECT_THAT(conversion_advice("Board pack.pdf"), HasSubstr("a PDF cannot be checked"));
    EXPECT_THAT(conversion_advice("notes.txt"), HasSubstr("reads .odt, .ott, .ods and .ots"));
}
