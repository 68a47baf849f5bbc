#include "uno/base/catalogue_configuration.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"
#include "uno/base/kept_configuration.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdint>
#include <limits>
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
    const Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    css::uno::Sequence<Any> args(1);
    args[0] <<= css::beans::NamedValue("nodepath", Any(OUString::createFromAscii(kNodePath)));
    const Reference<css::container::XNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              args),
        UNO_QUERY_THROW);
    // The access holds a listener registration in the configuration: release it on every path.
    struct DisposeOnExit {
        Reference<css::lang::XComponent> component;
        ~DisposeOnExit()
        {
            try {
                if (component.is())
                    component->dispose();
            } catch (...) {
            }
        }
    } dispose_on_exit{Reference<css::lang::XComponent>(access, UNO_QUERY)};
    const ConfigNode root(access);

    std::vector<core::Profile> profiles;
    for (const auto& [id, node] : root.child("Profiles").members())
        profiles.push_back({id, node.text("Title"), node.text("Description"), node.integer("Order"),
                            node.list("Signals")});

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
        areas.push_back(std::move(a));
    }

    core::RatingScale rating;
    const ConfigNode scale = root.child("Rating");
    rating.likelihood_labels = scale.list("LikelihoodLabels");
    rating.impact_labels = scale.list("ImpactLabels");
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
