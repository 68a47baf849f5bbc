#include "uno/view/new_assessment_making.hxx"

#include "core/clock.hxx"
#include "core/operating_year.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/provider_options.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/view/shown_document.hxx"

#include <org/preventtoolkit/NewAssessment.hpp>

using css::uno::Reference;
using rtl::OUString;

namespace prevent::uno {

NewAssessmentProposal propose_new_assessment(const Reference<css::uno::XComponentContext>& context)
{
    NewAssessmentProposal out;
    const auto catalogue = read_catalogue_configuration(context);
    const auto options = read_provider_options(context);
    for (const auto& profile : catalogue.profiles()) {
        ProfileChoice choice{{from_utf8(profile.id), from_utf8(profile.title)}, {}};
        for (const auto& pa : catalogue.areas_for(profile.id))
            if (pa.expectation == core::Expectation::Recommended)
                choice.recommended.push_back({from_utf8(pa.area->id), from_utf8(pa.area->title)});
        out.profiles.push_back(std::move(choice));
    }
    for (const char* style : {"scored", "rag", "narrative"})
        out.styles.push_back(OUString::createFromAscii(style));
    auto& o = out.options;
    o.ProviderName = from_utf8(options.provider_name);
    o.Profile =
        from_utf8(catalogue.has_profile(options.default_profile) ? options.default_profile
                                                                 : catalogue.profiles().front().id);
    o.OperatingYear = from_utf8(core::operating_year_of(core::today()).name());
    o.PreventLead = from_utf8(options.prevent_lead);
    o.ApprovingBody = from_utf8(options.approving_body);
    o.RiskTableStyle = from_utf8(options.risk_table_style);
    for (const auto& p : out.profiles)
        if (p.profile.id == o.Profile) {
            o.RecommendedAreas.realloc(static_cast<sal_Int32>(p.recommended.size()));
            for (std::size_t i = 0; i < p.recommended.size(); ++i)
                o.RecommendedAreas[static_cast<sal_Int32>(i)] = p.recommended[i].id;
        }
    return out;
}

Reference<css::frame::XModel> make_new_assessment(
    const Reference<css::uno::XComponentContext>& context,
    const org::preventtoolkit::NewAssessmentOptions& options)
{
    const auto made = org::preventtoolkit::NewAssessment::create(context)->create(options);
    show_document(made);
    return made;
}

}  // namespace prevent::uno
