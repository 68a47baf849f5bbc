#include "uno/base/catalogue_configuration.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesListener.hpp>
#include <com/sun/star/util/XChangesNotifier.hpp>
#include <cppuhelper/implbase1.hxx>

#include <cstdint>
#include <limits>
#include <mutex>
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

// The catalogue kept between calls: reading it walks a few hundred configuration values (about
// 3 ms), and every check, every read of the risks and every pause of the sidebar needs it. The
// configuration tells its listeners when the catalogue changes (an administrator's layer, an
// extension installed or removed, a change through the API); the next call then reads it again.
class KeptCatalogue : public cppu::WeakImplHelper1<css::util::XChangesListener> {
public:
    core::Catalogue get(const Reference<css::uno::XComponentContext>& context)
    {
        const std::uint64_t changes = listen(context);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (kept_ && kept_at_ == changes_)
                return *kept_;
        }
        auto catalogue = read_from(context);  // throws CatalogueError: nothing kept then
        std::lock_guard<std::mutex> lock(mutex_);
        kept_ = catalogue;
        kept_at_ = changes;  // a change heard while reading leaves it behind: read again
        return catalogue;
    }

    void SAL_CALL changesOccurred(const css::util::ChangesEvent&) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ++changes_;
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ++changes_;
        notifier_.clear();  // the configuration is going away (the office closes)
    }

private:
    // The count of changes heard so far, after making sure there is someone to hear them.
    std::uint64_t listen(const Reference<css::uno::XComponentContext>& context)
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (notifier_.is())
                return changes_;
        }
        // Outside the mutex: the configuration may call changesOccurred while we ask it.
        css::uno::Sequence<Any> args(1);
        args[0] <<= css::beans::NamedValue("nodepath", Any(OUString::createFromAscii(kNodePath)));
        const Reference<css::util::XChangesNotifier> notifier(
            css::configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess", args),
            UNO_QUERY_THROW);
        notifier->addChangesListener(this);
        std::lock_guard<std::mutex> lock(mutex_);
        if (notifier_.is()) {  // another thread came first: one listener is enough
            notifier->removeChangesListener(this);
            Reference<css::lang::XComponent>(notifier, UNO_QUERY_THROW)->dispose();
            return changes_;
        }
        notifier_ = notifier;
        ++changes_;  // what was kept before this listener was heard from nobody
        return changes_;
    }

    std::mutex mutex_;
    Reference<css::util::XChangesNotifier> notifier_;
    std::uint64_t changes_ = 0;
    std::uint64_t kept_at_ = 0;
    std::optional<core::Catalogue> kept_;
};

}  // namespace

core::Catalogue read_catalogue_configuration(const Reference<css::uno::XComponentContext>& context)
{
    fault_point("catalogue");
    // Never destroyed: a UNO reference released after the office has gone would crash at exit.
    static KeptCatalogue* const kept = [] {
        auto* k = new KeptCatalogue;
        k->acquire();
        return k;
    }();
    return kept->get(context);
}

}  // namespace prevent::uno
