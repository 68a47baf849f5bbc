// The floor for prevent-check (not in ctest): what it costs just to unzip and tokenise
// content.xml, styles.xml and meta.xml of each file with the same libraries (libzip, libxml2's
// reader), in one process, one file after another. prevent-check cannot be faster than this; bench/
// prevent_check_bench.sh reports it against this floor. Prints the seconds taken.
#include <libxml/xmlreader.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

std::string read_part(zip_t* z, const char* name)
{
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) != 0)
        return "";
    zip_file_t* f = zip_fopen(z, name, 0);
    if (!f)
        return "";
    std::string out(static_cast<std::size_t>(st.size), '\0');
    const auto n = zip_fread(f, out.data(), st.size);
    zip_fclose(f);
    out.resize(n < 0 ? 0 : static_cast<std::size_t>(n));
    return out;
}

long tokens(const std::string& xml)
{
    xmlTextReaderPtr r = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), "part",
                                            nullptr, XML_PARSE_NONET);
    if (!r)
        return 0;
    long n = 0;
    while (xmlTextReaderRead(r) == 1)
        ++n;
    xmlFreeTextReader(r);
    return n;
}

}  // namespace

int main(int argc, char** argv)
{
    const auto start = std::chrono::steady_clock::now();
    long total = 0;
    for (int i = 1; i < argc; ++i) {
        int error = 0;
        zip_t* z = zip_open(argv[i], ZIP_RDONLY, &error);
        if (!z)
            continue;
        // styles.xml too: the checker must read it (a paragraph's outline level, weight and
        // hidden state may come from its style), so the floor does.
        total += tokens(read_part(z, "content.xml")) + tokens(read_part(z, "meta.xml")) +
                 tokens(read_part(z, "styles.xml"));
        zip_discard(z);
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf("%.4f %ld\n", took.count(), total);
    return total > 0 ? 0 : 1;
}
