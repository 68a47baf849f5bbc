#include "uno/view/new_assessment_making.hxx"

#include "core/clock.hxx"
#include "core/operating_year.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/provider_options.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/view/shown_document.hxx"

#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "core/new_assessment.hxx"
#include "uno/base/made_document.hxx"
#include "uno/base/shown_path.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/PathSettings.hpp>
#include <org/preventtoolkit/NewAssessment.hpp>
#include <rtl/uri.hxx>

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

OUString proposed_assessment_url(const Reference<css::uno::XComponentContext>& context,
                                 const org::preventtoolkit::NewAssessmentOptions& options)
{
    const auto year = core::parse_operating_year(to_utf8(options.OperatingYear.trim()));
    const std::string title = core::document_words(
        "new-title", {to_utf8(options.ProviderName.trim()),
                      year ? year->name() : core::operating_year_of(core::today()).name()});
    OUString work;
    const Reference<css::beans::XPropertySet> paths(css::util::PathSettings::create(context),
                                                    css::uno::UNO_QUERY_THROW);
    paths->getPropertyValue("Work") >>= work;
    if (work.isEmpty())
        return OUString();
    return (work.endsWith("/") ? work : work + "/") +
           rtl::Uri::encode(from_utf8(core::file_name_for(title) + ".odt"), rtl_UriCharClassPchar,
                            rtl_UriEncodeIgnoreEscapes, RTL_TEXTENCODING_UTF8);
}

Reference<css::frame::XModel> make_new_assessment(
    const Reference<css::uno::XComponentContext>& context,
    const org::preventtoolkit::NewAssessmentOptions& options, const OUString& save_url)
{
    const auto maker = org::preventtoolkit::NewAssessment::create(context);
    const auto made = maker->create(options);
    if (!save_url.isEmpty()) {
        making(made, [&] {
            css::uno::Sequence<css::beans::PropertyValue> args(1);
            args[0].Name = "FilterName";
            args[0].Value <<= OUString("writer8");
            try {
                Reference<css::frame::XStorable>(made, css::uno::UNO_QUERY_THROW)
                    ->storeAsURL(save_url, args);
            } catch (const css::io::IOException& e) {
                const std::string where = to_utf8(shown_path(save_url));
                throw css::lang::IllegalArgumentException(
                    from_utf8(e.Message.isEmpty()
                                  ? core::message("uno.assessment-not-saved", {where})
                                  : core::message("uno.assessment-not-saved-because",
                                                  {where, to_utf8(e.Message)})),
                    maker, 0);
            }
            show_document(maker->createActionPlan(made));
        });
    }
    show_document(made);  // in front of its plan
    return made;
}

}  // namespace prevent::uno
