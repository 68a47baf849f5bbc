// The translation status of the toolkit: every string a user sees, in English and in Welsh, from
// the files themselves — the dialogs' and panels' .properties (dialogs/), the configuration's
// localised values (registry/data/*.xcu) and the message catalogue of src/core and src/cli
// (src/core/messages/). Writes docs/translation-status.md, or checks it:
//   translation_status <repo> --write <file>
//   translation_status <repo> --check <file>
// --check fails (exit 1) when a string has no Welsh value, or when the file is not what --write
// would write (then run --write and commit the file).
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Entry {
    std::string key, english, welsh;
};

struct Source {
    std::string name;  // as the document names it: "dialogs/CoveragePanel"
    std::vector<Entry> entries;
};

std::string read_file(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void append_utf8(std::string& out, unsigned long c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// key=value lines; "\uXXXX" (LibreOffice's string resources), "\n", "\\" decoded.
std::vector<std::pair<std::string, std::string>> properties(const fs::path& p)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::istringstream in(read_file(p));
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#' || line[0] == '!')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        std::string value;
        for (std::size_t i = eq + 1; i < line.size(); ++i) {
            if (line[i] != '\\' || i + 1 >= line.size()) {
                value += line[i];
                continue;
            }
            const char next = line[++i];
            if (next == 'u' && i + 4 < line.size()) {
                append_utf8(value, std::stoul(line.substr(i + 1, 4), nullptr, 16));
                i += 4;
            } else {
                value += next == 'n' ? '\n' : next == 't' ? '\t' : next;
            }
        }
        out.emplace_back(line.substr(0, eq), value);
    }
    return out;
}

Source pair_of_properties(const std::string& name, const fs::path& english, const fs::path& welsh)
{
    Source s{name, {}};
    std::map<std::string, std::string> cy;
    if (fs::exists(welsh))
        for (auto& [k, v] : properties(welsh))
            cy[k] = v;
    for (auto& [k, v] : properties(english))
        s.entries.push_back({k, v, cy.count(k) ? cy[k] : std::string()});
    return s;
}

std::string attribute(const xmlNode* n, const char* name)
{
    for (const xmlAttr* a = n->properties; a; a = a->next) {
        if (std::string(reinterpret_cast<const char*>(a->name)) == name) {
            xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
            std::string out = v ? reinterpret_cast<const char*>(v) : "";
            xmlFree(v);
            return out;
        }
    }
    return "";
}

bool is(const xmlNode* n, const char* name)
{
    return n->type == XML_ELEMENT_NODE &&
           std::string(reinterpret_cast<const char*>(n->name)) == name;
}

// Each <prop> with an en-GB <value>: its path of node names, its English and its Welsh.
void localised_values(const xmlNode* node, const std::string& path, Source& s)
{
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (is(c, "node")) {
            localised_values(c, path + "/" + attribute(c, "name"), s);
        } else if (is(c, "prop")) {
            std::string english, welsh;
            bool has_english = false;
            for (const xmlNode* v = c->children; v; v = v->next) {
                if (!is(v, "value"))
                    continue;
                xmlChar* text = xmlNodeGetContent(v);
                const std::string t = text ? reinterpret_cast<const char*>(text) : "";
                xmlFree(text);
                const std::string lang = attribute(v, "lang");
                if (lang == "en-GB") {
                    english = t;
                    has_english = true;
                } else if (lang == "cy") {
                    welsh = t;
                }
            }
            if (has_english)
                s.entries.push_back({path.substr(1) + "/" + attribute(c, "name"), english, welsh});
        }
    }
}

Source xcu(const fs::path& repo, const fs::path& file)
{
    Source s{"registry/data/" + file.filename().string(), {}};
    xmlDoc* doc = xmlReadFile(file.string().c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR);
    if (!doc)
        throw std::runtime_error(file.string() + ": not well-formed XML");
    localised_values(xmlDocGetRootElement(doc), "", s);
    xmlFreeDoc(doc);
    (void)repo;
    return s;
}

std::vector<Source> sources(const fs::path& repo)
{
    std::vector<Source> out;
    std::vector<fs::path> dialogs;
    for (const auto& e : fs::directory_iterator(repo / "dialogs"))
        if (e.path().string().size() > 20 &&
            e.path().filename().string().find("_en_GB.properties") != std::string::npos)
            dialogs.push_back(e.path());
    std::sort(dialogs.begin(), dialogs.end());
    for (const auto& p : dialogs) {
        std::string base = p.filename().string();
        base = base.substr(0, base.find("_en_GB.properties"));
        out.push_back(
            pair_of_properties("dialogs/" + base, p, p.parent_path() / (base + "_cy.properties")));
    }
    std::vector<fs::path> registry;
    for (const auto& e : fs::directory_iterator(repo / "registry" / "data"))
        if (e.path().extension() == ".xcu")
            registry.push_back(e.path());
    std::sort(registry.begin(), registry.end());
    for (const auto& p : registry) {
        Source s = xcu(repo, p);
        if (!s.entries.empty())
            out.push_back(std::move(s));
    }
    const fs::path messages = repo / "src" / "core" / "messages";
    out.push_back(pair_of_properties("src/core/messages", messages / "en-GB.properties",
                                     messages / "cy.properties"));
    return out;
}

std::string cell(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += "<br>";
        else if (c != '\r')
            out += c;
    }
    return out.empty() ? " " : out;
}

std::string document(const std::vector<Source>& all)
{
    std::ostringstream out;
    out << "# Translation status: Welsh (Cymraeg)\n\n"
           "Every string the toolkit shows or writes, in British English and in Welsh, read from "
           "the files themselves by `tests/translations/translation_status.cxx` (the test "
           "`translations_test` fails when a string has no Welsh, or when this file is not what "
           "the files say: then run `build/tests/translations/translation_status . --write "
           "docs/translation-status.md`).\n\n"
           "The Welsh was written carefully, with the terms of `docs/welsh-terms.md` (the Welsh "
           "Government's own Prevent material and published Welsh texts), and **awaits review by "
           "a Welsh speaker**: every row is marked *for review* until one has read it.\n\n"
           "| source | strings | in Welsh |\n|---|---|---|\n";
    std::size_t total = 0, welsh = 0;
    for (const auto& s : all) {
        const auto done = static_cast<std::size_t>(std::count_if(
            s.entries.begin(), s.entries.end(), [](const Entry& e) { return !e.welsh.empty(); }));
        out << "| " << s.name << " | " << s.entries.size() << " | " << done << " |\n";
        total += s.entries.size();
        welsh += done;
    }
    out << "| **all** | **" << total << "** | **" << welsh << "** |\n";
    for (const auto& s : all) {
        out << "\n## " << s.name << "\n\n| key | English | Cymraeg | status |\n|---|---|---|---|\n";
        for (const auto& e : s.entries)
            out << "| `" << e.key << "` | " << cell(e.english) << " | " << cell(e.welsh) << " | "
                << (e.welsh.empty() ? "**missing**" : "for review") << " |\n";
    }
    return out.str();
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 4 || (std::string(argv[2]) != "--write" && std::string(argv[2]) != "--check")) {
        std::cerr << "usage: translation_status <repo> --write|--check <file>\n";
        return 2;
    }
    try {
        const auto all = sources(argv[1]);
        const std::string text = document(all);
        if (std::string(argv[2]) == "--write") {
            std::ofstream(argv[3], std::ios::binary) << text;
            return 0;
        }
        int problems = 0;
        for (const auto& s : all)
            for (const auto& e : s.entries)
                if (e.welsh.empty()) {
                    std::cerr << s.name << ": " << e.key << " has no Welsh value\n";
                    ++problems;
                }
        const fs::path file = argv[3];
        if (!fs::exists(file) || read_file(file) != text) {
            std::cerr << file.string()
                      << " is not what the files say: run translation_status <repo> --write "
                      << file.string() << " and commit it\n";
            ++problems;
        }
        return problems ? 1 : 0;
    } catch (const std::exception& e) {
        std::cerr << "translation_status: " << e.what() << "\n";
        return 2;
    }
}
