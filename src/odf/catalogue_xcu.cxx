#include "catalogue_xcu.hxx"

#include "core/messages.hxx"
#include "localised_value.hxx"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

namespace prevent::odf {

namespace {

constexpr std::string_view kOor = "http://openoffice.org/2001/registry";
constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";
constexpr std::uintmax_t kMaxFileBytes = 16u << 20;  // a catalogue is a few dozen kilobytes

// One <value> of a property: its text, or its <it> items, and its list separator.
struct RawValue {
    std::string text;
    std::optional<std::string> separator;
    std::vector<std::string> items;
    bool has_items = false;
};

// The parts of the .xcu tree that matter here: nested nodes with their properties.
struct XcuNode {
    int line = 0;
    std::map<std::string, std::map<std::string, RawValue>> props;  // name -> lang -> value
    std::map<std::string, int> prop_lines;
    std::vector<std::pair<std::string, XcuNode>> children;  // document order

    XcuNode* child(std::string_view name)
    {
        for (auto& [n, c] : children)
            if (n == name)
                return &c;
        return nullptr;
    }
};

std::string_view as_view(const xmlChar* s)
{
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool is(const xmlNode* n, std::string_view ns, std::string_view local)
{
    return n->type == XML_ELEMENT_NODE && n->ns && as_view(n->ns->href) == ns &&
           as_view(n->name) == local;
}

bool is_plain(const xmlNode* n, std::string_view local)
{
    return n->type == XML_ELEMENT_NODE && !n->ns && as_view(n->name) == local;
}

std::optional<std::string> attribute(const xmlNode* n, std::string_view ns, std::string_view name)
{
    for (const xmlAttr* a = n->properties; a; a = a->next) {
        if (as_view(a->name) == name && a->ns && as_view(a->ns->href) == ns) {
            xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
            std::string out(as_view(v));
            xmlFree(v);
            return out;
        }
    }
    return std::nullopt;
}

std::string text_of(const xmlNode* n)
{
    xmlChar* v = xmlNodeGetContent(n);
    std::string out(as_view(v));
    xmlFree(v);
    return out;
}

class TreeBuilder {
public:
    explicit TreeBuilder(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(int line, const std::string& why) const
    {
        throw CatalogueFileError(source_ + ":" + std::to_string(line) + ": " + why);
    }

    void read_children(const xmlNode* parent, XcuNode& into)
    {
        for (const xmlNode* n = parent->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            const int line = static_cast<int>(xmlGetLineNo(n));
            const auto name = attribute(n, kOor, "name");
            if (is_plain(n, "node")) {
                if (!name)
                    fail(line, core::message("odf.catalogue-node-no-name"));
                const auto op = attribute(n, kOor, "op").value_or("");
                if (op == "remove") {
                    auto& kids = into.children;
                    kids.erase(std::remove_if(kids.begin(), kids.end(),
                                              [&](const auto& c) { return c.first == *name; }),
                               kids.end());
                    continue;
                }
                XcuNode* child = into.child(*name);
                if (op == "replace" && child) {
                    *child = XcuNode{};
                } else if (!child) {
                    into.children.emplace_back(*name, XcuNode{});
                    child = &into.children.back().second;
                }
                child->line = line;
                read_children(n, *child);
            } else if (is_plain(n, "prop")) {
                if (!name)
                    fail(line, core::message("odf.catalogue-prop-no-name"));
                read_prop(n, *name, into);
            } else if (!is_plain(n, "info")) {
                fail(line, core::message("odf.catalogue-unexpected-element",
                                         {std::string(as_view(n->name))}));
            }
        }
    }

private:
    void read_prop(const xmlNode* n, const std::string& name, XcuNode& into)
    {
        auto& values = into.props[name];
        into.prop_lines[name] = static_cast<int>(xmlGetLineNo(n));
        for (const xmlNode* v = n->children; v; v = v->next) {
            if (v->type != XML_ELEMENT_NODE)
                continue;
            if (!is_plain(v, "value"))
                fail(static_cast<int>(xmlGetLineNo(v)),
                     core::message("odf.catalogue-prop-not-value",
                                   {name, std::string(as_view(v->name))}));
            if (attribute(v, kOor, "nil").value_or("false") == "true") {
                values.erase(attribute(v, kXml, "lang").value_or(""));
                continue;
            }
            RawValue raw;
            raw.separator = attribute(v, kOor, "separator");
            for (const xmlNode* it = v->children; it; it = it->next) {
                if (is_plain(it, "it")) {
                    raw.has_items = true;
                    raw.items.push_back(text_of(it));
                }
            }
            if (!raw.has_items)
                raw.text = text_of(v);
            values[attribute(v, kXml, "lang").value_or("")] = std::move(raw);
        }
    }

    std::string source_;
};

std::vector<std::string> split_list(const RawValue& raw)
{
    if (raw.has_items)
        return raw.items;
    std::vector<std::string> out;
    if (raw.separator && !raw.separator->empty()) {
        if (raw.text.empty())
            return out;
        std::size_t start = 0;
        for (;;) {
            const auto at = raw.text.find(*raw.separator, start);
            out.push_back(raw.text.substr(start, at - start));
            if (at == std::string::npos)
                break;
            start = at + raw.separator->size();
        }
        return out;
    }
    std::istringstream words(raw.text);  // without a separator, items are separated by white space
    for (std::string w; words >> w;)
        out.push_back(w);
    return out;
}

// Reads typed property values of one node, naming the node and line in every error.
class PropertyReader {
public:
    PropertyReader(const TreeBuilder& tree, const XcuNode& node, std::string what,
                   std::string_view locale)
        : tree_(tree), node_(node), what_(std::move(what)), locale_(locale)
    {
    }

    std::string text(const std::string& name) const
    {
        const auto* raw = pick(name);
        return raw ? raw->text : std::string();
    }

    std::vector<std::string> list(const std::string& name) const
    {
        const auto* raw = pick(name);
        return raw ? split_list(*raw) : std::vector<std::string>();
    }

    std::optional<long long> integer(const std::string& name) const
    {
        const auto* raw = pick(name);
        if (!raw)
            return std::nullopt;
        std::string_view s = raw->text;
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
            s.remove_prefix(1);
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
            s.remove_suffix(1);
        long long value = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (s.empty() || ec != std::errc() || end != s.data() + s.size())
            tree_.fail(line_of(name),
                       core::message("odf.catalogue-not-whole-number", {what_, name, raw->text}));
        return value;
    }

    int bounded(const std::string& name, long long low, long long high, int fallback) const
    {
        const auto v = integer(name);
        if (!v)
            return fallback;
        if (*v < low || *v > high)
            tree_.fail(line_of(name), core::message("odf.catalogue-out-of-range",
                                                    {what_, name, std::to_string(*v)}));
        return static_cast<int>(*v);
    }

    // Every language's value of a list, by language tag: the terms a heading may use.
    std::map<std::string, std::vector<std::string>> lists_by_language(const std::string& name) const
    {
        std::map<std::string, std::vector<std::string>> out;
        if (const auto it = node_.props.find(name); it != node_.props.end())
            for (const auto& [language, raw] : it->second)
                out[language] = split_list(raw);
        return out;
    }

    std::map<std::string, std::string> texts_by_language(const std::string& name) const
    {
        std::map<std::string, std::string> out;
        if (const auto it = node_.props.find(name); it != node_.props.end())
            for (const auto& [language, raw] : it->second)
                out[language] = raw.text;
        return out;
    }

    // The items of a list in all its languages, once each, the chosen language's first.
    std::vector<std::string> list_in_all_languages(const std::string& name) const
    {
        std::vector<std::string> out = list(name);
        for (const auto& [language, items] : lists_by_language(name))
            for (const auto& item : items)
                if (std::find(out.begin(), out.end(), item) == out.end())
                    out.push_back(item);
        return out;
    }

    void require(const std::string& name) const
    {
        if (!pick(name))
            tree_.fail(node_.line, core::message("odf.catalogue-required", {what_, name}));
    }

private:
    const RawValue* pick(const std::string& name) const
    {
        const auto it = node_.props.find(name);
        if (it == node_.props.end() || it->second.empty())
            return nullptr;
        return pick_localised(it->second, locale_);
    }

    int line_of(const std::string& name) const
    {
        const auto it = node_.prop_lines.find(name);
        return it == node_.prop_lines.end() ? node_.line : it->second;
    }

    const TreeBuilder& tree_;
    const XcuNode& node_;
    std::string what_;
    std::string_view locale_;
};

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

}  // namespace

core::Catalogue parse_catalogue_xcu(std::string_view xml, std::string_view source_name,
                                    std::string_view locale)
{
    const std::string source(source_name);
    std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
    if (!ctxt)
        throw CatalogueFileError(source + ": " + core::message("odf.catalogue-out-of-memory"));
    // No network, no entity substitution, no messages on stderr: errors come back as text.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(
        ctxt.get(), xml.data(), static_cast<int>(xml.size()), source.c_str(), nullptr, options));
    if (!doc) {
        const xmlError* e = xmlCtxtGetLastError(ctxt.get());
        std::string why =
            e && e->message ? std::string(e->message) : core::message("odf.not-well-formed-xml");
        while (!why.empty() && (why.back() == '\n' || why.back() == ' '))
            why.pop_back();
        throw CatalogueFileError(source + ":" + std::to_string(e ? e->line : 0) + ": " +
                                 core::message("odf.catalogue-not-xml", {why}));
    }
    if (doc->intSubset || doc->extSubset)
        throw CatalogueFileError(source + ": " + core::message("odf.catalogue-doctype"));

    TreeBuilder tree(source);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !is(root, kOor, "component-data"))
        tree.fail(root ? static_cast<int>(xmlGetLineNo(root)) : 1,
                  core::message("odf.catalogue-not-configuration"));
    const auto package = attribute(root, kOor, "package").value_or("");
    const auto component = attribute(root, kOor, "name").value_or("");
    if (package != "org.preventtoolkit" || component != "Catalogue")
        tree.fail(static_cast<int>(xmlGetLineNo(root)),
                  core::message("odf.catalogue-other-component", {package, component}));
    XcuNode top;
    top.line = static_cast<int>(xmlGetLineNo(root));
    tree.read_children(root, top);

    std::vector<core::Profile> profiles;
    if (auto* set = top.child("Profiles")) {
        for (const auto& [id, node] : set->children) {
            const PropertyReader p(tree, node, core::message("odf.catalogue-profile", {id}),
                                   locale);
            profiles.push_back({id, p.text("Title"), p.text("Description"),
                                p.bounded("Order", INT32_MIN, INT32_MAX, 0),
                                p.list_in_all_languages("Signals"), p.texts_by_language("Title")});
        }
    }
    std::vector<core::Area> areas;
    if (auto* set = top.child("Areas")) {
        for (const auto& [id, node] : set->children) {
            const PropertyReader p(tree, node, core::message("odf.catalogue-area", {id}), locale);
            core::Area a;
            a.id = id;
            a.title = p.text("Title");
            a.description = p.text("Description");
            a.synonyms = p.list("Synonyms");
            a.keywords = p.list("Keywords");
            a.prompts = p.list("Prompts");
            a.expected_in = p.list("Expected");
            a.recommended_in = p.list("Recommended");
            a.source = p.text("Source");
            a.order = p.bounded("Order", INT32_MIN, INT32_MAX, 0);
            a.terms_by_language = p.lists_by_language("Synonyms");
            for (const auto& [language, title] : p.texts_by_language("Title"))
                a.terms_by_language[language].insert(a.terms_by_language[language].begin(), title);
            a.keywords_by_language = p.lists_by_language("Keywords");
            a.titles_by_language = p.texts_by_language("Title");
            areas.push_back(std::move(a));
        }
    }
    core::RatingScale rating;
    if (auto* node = top.child("Rating")) {
        const PropertyReader p(tree, *node, core::message("odf.catalogue-rating"), locale);
        rating.likelihood_labels = p.list("LikelihoodLabels");
        rating.impact_labels = p.list("ImpactLabels");
        for (auto& [language, labels] : p.lists_by_language("LikelihoodLabels"))
            if (labels != rating.likelihood_labels)
                rating.other_likelihood_labels.push_back(std::move(labels));
        for (auto& [language, labels] : p.lists_by_language("ImpactLabels"))
            if (labels != rating.impact_labels)
                rating.other_impact_labels.push_back(std::move(labels));
        if (auto* bands = node->child("Bands")) {
            for (const auto& [id, band] : bands->children) {
                const PropertyReader b(tree, band, core::message("odf.catalogue-band", {id}),
                                       locale);
                b.require("Minimum");
                b.require("Maximum");
                rating.bands.push_back(
                    {id, b.text("Title"), b.bounded("Minimum", INT32_MIN, INT32_MAX, 0),
                     b.bounded("Maximum", INT32_MIN, INT32_MAX, 0),
                     static_cast<std::uint32_t>(b.bounded("Colour", 0, 0xFFFFFF, 0)),
                     b.bounded("Order", INT32_MIN, INT32_MAX, 0)});
            }
        }
    }
    core::RiskTableStyles styles;
    if (auto* node = top.child("RiskTables")) {
        const PropertyReader p(tree, *node, core::message("odf.catalogue-risk-tables"), locale);
        styles.scored = p.list("ScoredColumns");
        styles.rag = p.list("RagColumns");
        styles.narrative = p.list("NarrativeColumns");
    }
    if (auto* node = top.child("ActionPlan")) {
        const PropertyReader p(tree, *node, core::message("odf.catalogue-action-plan"), locale);
        styles.action_plan = p.list("Columns");
    }
    try {
        return core::Catalogue(std::move(profiles), std::move(areas), std::move(rating),
                               std::move(styles));
    } catch (const core::CatalogueError& e) {
        throw CatalogueFileError(source + ": " + e.what());
    }
}

core::Catalogue read_catalogue_xcu(const std::filesystem::path& file, std::string_view locale)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throw CatalogueFileError(file.string() + ": " +
                                 core::message("odf.catalogue-cannot-be-read", {ec.message()}));
    if (size > kMaxFileBytes)
        throw CatalogueFileError(file.string() + ": " +
                                 core::message("odf.catalogue-too-large", {std::to_string(size)}));
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw CatalogueFileError(file.string() + ": " +
                                 core::message("odf.catalogue-cannot-be-opened"));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        throw CatalogueFileError(file.string() + ": " +
                                 core::message("odf.catalogue-read-incompletely"));
    return parse_catalogue_xcu(text, file.string(), locale);
}

}  // namespace prevent::odf
