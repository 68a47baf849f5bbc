#include "uno/services/catalogue_service.hxx"

#include "uno/base/service_implementation.hxx"

#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <org/preventtoolkit/Area.hpp>
#include <org/preventtoolkit/Profile.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace prevent::uno::catalogue_service {

namespace {

class CatalogueService : public ServiceImplementation<org::preventtoolkit::XCatalogue> {
public:
    explicit CatalogueService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    // Read on every call: an administrator may deploy another catalogue while the office runs,
    // and a read of some dozens of configuration values costs far less than a user notices.
    Sequence<OUString> SAL_CALL getProfiles() override
    {
        return at_uno_boundary("Catalogue.getProfiles", static_cast<cppu::OWeakObject*>(this), [&] {
            return to_sequence(read_catalogue_configuration(context_).profile_ids());
        });
    }

    Sequence<org::preventtoolkit::Area> SAL_CALL getAreas(const OUString& profile) override
    {
        return at_uno_boundary("Catalogue.getAreas", static_cast<cppu::OWeakObject*>(this), [&] {
            const core::Catalogue catalogue = read_catalogue_configuration(context_);
            std::vector<core::ProfileArea> areas;
            try {
                areas = catalogue.areas_for(to_utf8(profile));
            } catch (const core::UnknownProfile& e) {
                throw css::lang::IllegalArgumentException(from_utf8(e.what()),
                                                          static_cast<cppu::OWeakObject*>(this), 0);
            }
            Sequence<org::preventtoolkit::Area> out(static_cast<sal_Int32>(areas.size()));
            for (std::size_t i = 0; i < areas.size(); ++i) {
                const core::Area& a = *areas[i].area;
                auto& o = out[static_cast<sal_Int32>(i)];
                o.Id = from_utf8(a.id);
                o.Title = from_utf8(a.title);
                o.Description = from_utf8(a.description);
                o.Synonyms = to_sequence(a.synonyms);
                o.Keywords = to_sequence(a.keywords);
                o.Expectation = from_utf8(core::expectation_name(areas[i].expectation));
                o.Source = from_utf8(a.source);
                o.Prompts = to_sequence(a.prompts_for(to_utf8(profile)));
            }
            return out;
        });
    }

    Sequence<org::preventtoolkit::Profile> SAL_CALL describeProfiles() override
    {
        return at_uno_boundary(
            "Catalogue.describeProfiles", static_cast<cppu::OWeakObject*>(this), [&] {
                const auto profiles = read_catalogue_configuration(context_).profiles();
                Sequence<org::preventtoolkit::Profile> out(static_cast<sal_Int32>(profiles.size()));
                for (std::size_t i = 0; i < profiles.size(); ++i) {
                    auto& o = out[static_cast<sal_Int32>(i)];
                    o.Id = from_utf8(profiles[i].id);
                    o.Title = from_utf8(profiles[i].title);
                    o.Description = from_utf8(profiles[i].description);
                }
                return out;
            });
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.Catalogue"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.Catalogue");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new CatalogueService(context));
}

}  // namespace prevent::uno::catalogue_service
