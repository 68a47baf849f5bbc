// prevent-make-templates: the build's maker of the .ott templates (one per sector profile of the
// catalogue and language of the toolkit: English and Welsh; docs/new-assessment.md). For each it
// writes the unpacked parts into <out>/<profile>-<language>/ — mimetype, content.xml, meta.xml,
// META-INF/manifest.xml; the build adds styles.xml, its default language set to the template's,
// and packs them — and prints "<profile>-<language><TAB><language><TAB><file name without .ott>"
// per line.
#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "core/new_assessment.hxx"
#include "odf/catalogue_xcu.hxx"
#include "odf/template_writer.hxx"

#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

void write(const std::filesystem::path& path, const std::string& text)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: prevent-make-templates <Catalogue.xcu> <folder>\n";
        return 2;
    }
    try {
        using namespace prevent;
        const std::filesystem::path out = argv[2];
        for (const auto& language : core::message_languages()) {
            const core::MessageLanguage words(language);
            const auto catalogue = odf::read_catalogue_xcu(argv[1], language);
            for (const auto& profile : catalogue.profiles()) {
                const auto planned = core::plan_template(catalogue, profile.id);
                const std::string part = profile.id + "-" + language;
                const auto folder = out / part;
                write(folder / "mimetype", "application/vnd.oasis.opendocument.text-template");
                write(folder / "content.xml", odf::template_content_xml(planned));
                write(folder / "meta.xml", odf::template_meta_xml(planned));
                write(folder / "META-INF" / "manifest.xml", odf::template_manifest_xml());
                std::cout << part << '\t' << language << '\t'
                          << core::document_words("new-template-file-name", {profile.title})
                          << '\n';
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "prevent-make-templates: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
