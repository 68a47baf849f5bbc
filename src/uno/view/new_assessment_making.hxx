// What the New Risk Assessment dialog offers and proposes, and what it does: the catalogue's
// profiles and each one's recommended areas; the provider's options (Tools ▸ Options) and the
// operating year today is in as the starting values; then the new assessment made by the
// NewAssessment service and shown in a window of its own.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/preventtoolkit/NewAssessmentOptions.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace prevent::uno {

struct Choice {
    rtl::OUString id;
    rtl::OUString title;
};

struct ProfileChoice {
    Choice profile;
    std::vector<Choice> recommended;  // the profile's recommended areas, in catalogue order
};

struct NewAssessmentProposal {
    std::vector<ProfileChoice> profiles;
    std::vector<rtl::OUString> styles;  // "scored", "rag", "narrative"
    // From the options; the operating year today is in; every recommended area.
    org::preventtoolkit::NewAssessmentOptions options;
};

NewAssessmentProposal propose_new_assessment(
    const css::uno::Reference<css::uno::XComponentContext>& context);

// The new assessment, shown. IllegalArgumentException saying why, as the service says it.
css::uno::Reference<css::frame::XModel> make_new_assessment(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const org::preventtoolkit::NewAssessmentOptions& options);

}  // namespace prevent::uno
