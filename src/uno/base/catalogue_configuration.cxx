#include "uno/base/catalogue_configuration.hxx"

#include "uno/base/configuration_node.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"
#include "uno/base/kept_configuration.hxx"

#include <com/sun/star/container/XNameAccess.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

const char* const kNodePath = "/org.preventtoolkit.Catalogue";

// Typed reads of one configuration node; a value that is not set reads as empty.
class ConfigNode {
public:
    explicit ConfigNode(Reference<css::container::XNameAccess> node) : node_(std::move(node)) {}

    std::string text(const char* name) const
    {
        OUString s;
        value(name) >>= s;
        return to_utf8(s);
    }

    std::vector<std::string> list(const char* name) const
    {
        css::uno::Sequence<OUString> items;
        value(name) >>= items;
        return to_vector(items);
    }

    int integer(const char* name) const
    {
        sal_Int32 n = 0;
        value(name) >>= n;
        return n;
    }

    // A localised property read through an access of all locales ("*"): each language's value.
    std::map<std::string, std::vector<std::string>> lists_by_language(const char* name) const
    {
        std::map<std::string, std::vector<std::string>> out;
        const Reference<css::container::XNameAccess> languages(value(name), UNO_QUERY);
        if (!languages.is())
            return out;
        for (const auto& language : languages->getElementNames()) {
            css::uno::Sequence<OUString> items;
            OUString text;
            const Any v = languages->getByName(language);
            if (v >>= items)
                out[to_utf8(language)] = to_vector(items);
            else if (v >>= text)
                out[to_utf8(language)] = {to_utf8(text)};
        }
        return out;
    }

    ConfigNode child(const char* name) const
    {
        return ConfigNode(Reference<css::container::XNameAccess>(value(name), UNO_QUERY_THROW));
    }

    // The members of a set, as (node name, node) pairs.
    std::vector<std::pair<std::string, ConfigNode>> members() const
    {
        std::vector<std::pair<std::string, ConfigNode>> out;
        for (const auto& name : node_->getElementNames())
            out.emplace_back(to_utf8(name), ConfigNode(Reference<css::container::XNameAccess>(
                                                node_->getByName(name), UNO_QUERY_THROW)));
        return out;
    }

private:
    Any value(const char* name) const
    {
        const OUString key = OUString::createFromAscii(name);
        return node_->hasByName(key) ? node_->getByName(key) : Any();
    }

    Reference<css::container::XNameAccess> node_;
};

core::Catalogue read_from(const Reference<css::uno::XComponentContext>& context)
{
    const ConfigurationNode access(context, kNodePath);
    // The terms of every language: a Welsh heading is read in an English office.
    const ConfigurationNode all_languages(context, kNodePath, false, "*");
    const ConfigNode every_language(all_languages.values());
    const ConfigNode root(access.values());

    std::vector<core::Profile> profiles;
    const ConfigNode all_profiles = every_language.child("Profiles");
    for (const auto& [id, node] : root.child("Profiles").members()) {
        core::Profile profile{id,
                              node.text("Title"),
                              node.text("Description"),
                              node.integer("Order"),
                              node.list("Signals"),
                              {}};
        for (const auto& [language, titles] :
             all_profiles.child(id.c_str()).lists_by_language("Title"))
            if (!titles.empty())
                profile.titles_by_language[language] = titles.front();
        for (const auto& [language, signals] :
             all_profiles.child(id.c_str()).lists_by_language("Signals"))
            for (const auto& signal : signals)
                if (std::find(profile.signals.begin(), profile.signals.end(), signal) ==
                    profile.signals.end())
                    profile.signals.push_back(signal);
        profiles.push_back(std::move(profile));
    }
    const ConfigNode all_areas = every_language.child("Areas");

    std::vector<core::Area> areas;
    for (const auto& [id, node] : root.child("Areas").members()) {
        core::Area a;
        a.id = id;
        a.title = node.text("Title");
        a.description = node.text("Description");
        a.synonyms = node.list("Synonyms");
        a.keywords = node.list("Keywords");
        a.prompts = node.list("Prompts");
        a.expected_in = node.list("Expected");
        a.recommended_in = node.list("Recommended");
        a.source = node.text("Source");
        a.order = node.integer("Order");
        const ConfigNode languages = all_areas.child(id.c_str());
        a.terms_by_language = languages.lists_by_language("Synonyms");
        for (const auto& [language, title] : languages.lists_by_language("Title"))
            a.terms_by_language[language].insert(a.terms_by_language[language].begin(),
                                                 title.begin(), title.end());
        a.keywords_by_language = languages.lists_by_language("Keywords");
        for (const auto& [language, titles] : languages.lists_by_language("Title"))
            if (!titles.empty())
                a.titles_by_language[language] = titles.front();
        areas.push_back(std::move(a));
    }

    core::RatingScale rating;
    const ConfigNode scale = root.child("Rating");
    rating.likelihood_labels = scale.list("LikelihoodLabels");
    rating.impact_labels = scale.list("ImpactLabels");
    const ConfigNode all_scales = every_language.child("Rating");
    for (auto& [language, labels] : all_scales.lists_by_language("LikelihoodLabels"))
        if (labels != rating.likelihood_labels)
            rating.other_likelihood_labels.push_back(std::move(labels));
    for (auto& [language, labels] : all_scales.lists_by_language("ImpactLabels"))
        if (labels != rating.impact_labels)
            rating.other_impact_labels.push_back(std::move(labels));
    for (const auto& [id, node] : scale.child("Bands").members())
        rating.bands.push_back(
            {id, node.text("Title"), node.integer("Minimum"), node.integer("Maximum"),
             static_cast<std::uint32_t>(node.integer("Colour")), node.integer("Order")});

    core::RiskTableStyles styles;
    const ConfigNode tables = root.child("RiskTables");
    styles.scored = tables.list("ScoredColumns");
    styles.rag = tables.list("RagColumns");
    styles.narrative = tables.list("NarrativeColumns");
    styles.action_plan = root.child("ActionPlan").list("Columns");
    return core::Catalogue(std::move(profiles), std::move(areas), std::move(rating),
                           std::move(styles));
}

}  // namespace

core::Catalogue read_catalogue_configuration(const Reference<css::uno::XComponentContext>& context)
{
    fault_point("catalogue");
    // Kept between calls (uno/base/kept_configuration.hxx); read_from throws CatalogueError.
    static auto* const kept = KeptConfiguration<core::Catalogue>::make(kNodePath, read_from);
    return kept->get(context);
}

}  // namespace prevent::uno
