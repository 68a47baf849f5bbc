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

// Where the assessment is proposed to be saved when its action plan is made with it: the user's
// work folder (Tools ▸ Options ▸ Paths: My Documents), named after its title.
rtl::OUString proposed_assessment_url(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const org::preventtoolkit::NewAssessmentOptions& options);

// The new assessment, shown; with save_url, also saved there and its action plan made, saved
// beside it and linked (NewAssessment.createActionPlan), and shown too. IllegalArgumentException
// saying why, as the service says it, or where the file could not be saved.
css::uno::Reference<css::frame::XModel> make_new_assessment(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const org::preventtoolkit::NewAssessmentOptions& options, const rtl::OUString& save_url);

}  // namespace prevent::uno
