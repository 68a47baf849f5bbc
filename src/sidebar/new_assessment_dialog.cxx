#include "new_assessment_dialog.hxx"

#include "control_access.hxx"
#include "file_choice.hxx"
#include "modal_dialog.hxx"
#include "panel_strings.hxx"
#include "record_approval_dialog.hxx"
#include "uno/base/log.hxx"
#include "uno/base/shown_path.hxx"
#include "uno/view/new_assessment_making.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <algorithm>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

class NewAssessmentDialog {
public:
    explicit NewAssessmentDialog(const Reference<css::uno::XComponentContext>& context)
        : context_(context),
          strings_(context, "NewAssessmentDialog"),
          dialog_(context, "NewAssessmentDialog"),
          events_([this](const char* name) { return dialog_.control(name); })
    {
    }

    void run()
    {
        fill();
        events_.on_property("Profile", "SelectedItems", [this] { list_areas(true); });
        events_.on_property("SavePlan", "State", [this] { show_save_place(); });
        events_.on_property("Provider", "Text", [this] { show_save_place(); });
        events_.on_property("Year", "Text", [this] { show_save_place(); });
        events_.on_button("ChooseSaveAs", [this] { choose_save_place(); });
        events_.on_button("Create", [this] { make(); });
        dialog_.execute();
        events_.stop();
    }

private:
    void fill()
    {
        proposal_ = uno::propose_new_assessment(context_);
        const auto& o = proposal_.options;
        dialog_.set_text("Provider", o.ProviderName);
        std::vector<OUString> profiles;
        int chosen = 0;
        for (std::size_t i = 0; i < proposal_.profiles.size(); ++i) {
            profiles.push_back(proposal_.profiles[i].profile.title);
            if (proposal_.profiles[i].profile.id == o.Profile)
                chosen = static_cast<int>(i);
        }
        set_items(dialog_.control("Profile"), profiles);
        set_selected(dialog_.control("Profile"), chosen);
        dialog_.set_text("Year", o.OperatingYear);
        dialog_.set_text("Lead", o.PreventLead);
        set_items(dialog_.control("Body"), approving_body_choices(context_));
        dialog_.set_text("Body", o.ApprovingBody);
        const char* const words[] = {"StyleScored", "StyleRag", "StyleNarrative"};
        std::vector<OUString> styles;
        int style = 0;
        for (std::size_t i = 0; i < proposal_.styles.size() && i < 3; ++i) {
            styles.push_back(strings_.text(words[i]));
            if (proposal_.styles[i] == o.RiskTableStyle)
                style = static_cast<int>(i);
        }
        set_items(dialog_.control("Style"), styles);
        set_selected(dialog_.control("Style"), style);
        list_areas(true);
        show_save_place();
    }

    bool saving() const
    {
        sal_Int16 state = 0;
        model_of(dialog_.control("SavePlan"))->getPropertyValue("State") >>= state;
        return state == 1;
    }

    // Where the assessment goes when it is saved with its plan: as chosen, else named after its
    // title in the work folder (following the provider's name and year as they are typed).
    OUString save_url() const
    {
        return chosen_save_url_.isEmpty() ? uno::proposed_assessment_url(context_, options())
                                          : chosen_save_url_;
    }

    void show_save_place()
    {
        uno::log_if_it_fails("New assessment dialog: the place to save", [&] {
            const bool on = saving();
            enable(dialog_.control("SaveAs"), on);
            enable(dialog_.control("ChooseSaveAs"), on);
            const OUString url = on ? save_url() : OUString();
            dialog_.set_text("SaveAs", url.isEmpty() ? OUString() : uno::shown_path(url));
        });
    }

    void choose_save_place()
    {
        uno::log_if_it_fails("New assessment dialog: choosing the place to save", [&] {
            const auto url =
                choose_file_to_save(context_, strings_.text("SaveAsDialogTitle"),
                                    {strings_.text("SaveAsFilter"), "*.odt"}, save_url());
            if (!url)
                return;
            chosen_save_url_ = *url;
            show_save_place();
            set_label(dialog_.control("Problem"), OUString());
        });
    }

    const uno::ProfileChoice* chosen_profile() const
    {
        const int i = selected(dialog_.control("Profile"));
        return i >= 0 && static_cast<std::size_t>(i) < proposal_.profiles.size()
                   ? &proposal_.profiles[static_cast<std::size_t>(i)]
                   : nullptr;
    }

    // The chosen sector's recommended areas, all chosen: the guidance recommends them.
    void list_areas(bool all)
    {
        const auto* profile = chosen_profile();
        std::vector<OUString> titles;
        if (profile)
            for (const auto& a : profile->recommended)
                titles.push_back(a.title);
        set_items(dialog_.control("Areas"), titles);
        Sequence<sal_Int16> chosen(all ? static_cast<sal_Int32>(titles.size()) : 0);
        for (sal_Int32 i = 0; i < chosen.getLength(); ++i)
            chosen[i] = static_cast<sal_Int16>(i);
        model_of(dialog_.control("Areas"))->setPropertyValue("SelectedItems", Any(chosen));
    }

    org::preventtoolkit::NewAssessmentOptions options() const
    {
        org::preventtoolkit::NewAssessmentOptions o;
        o.ProviderName = dialog_.text_of("Provider").trim();
        const auto* profile = chosen_profile();
        if (profile)
            o.Profile = profile->profile.id;
        o.OperatingYear = dialog_.text_of("Year").trim();
        o.PreventLead = dialog_.text_of("Lead").trim();
        o.ApprovingBody = dialog_.text_of("Body").trim();
        const int style = selected(dialog_.control("Style"));
        if (style >= 0 && static_cast<std::size_t>(style) < proposal_.styles.size())
            o.RiskTableStyle = proposal_.styles[static_cast<std::size_t>(style)];
        Sequence<sal_Int16> chosen;
        model_of(dialog_.control("Areas"))->getPropertyValue("SelectedItems") >>= chosen;
        std::vector<OUString> areas;
        for (const sal_Int16 i : chosen)
            if (profile && i >= 0 && static_cast<std::size_t>(i) < profile->recommended.size())
                areas.push_back(profile->recommended[static_cast<std::size_t>(i)].id);
        o.RecommendedAreas = Sequence<OUString>(areas.data(), static_cast<sal_Int32>(areas.size()));
        return o;
    }

    void make()
    {
        uno::log_if_it_fails("New assessment dialog", [&] {
            set_label(dialog_.control("Problem"), OUString());
            const OUString place = saving() ? save_url() : OUString();
            if (saving() && place.isEmpty()) {
                set_label(dialog_.control("Problem"), strings_.text("ChooseSaveAsFirst"));
                return;
            }
            try {
                uno::make_new_assessment(context_, options(), place);
            } catch (const css::uno::Exception& e) {  // said above the buttons; the dialog stays
                set_label(dialog_.control("Problem"), strings_.text("CannotMake", {e.Message}));
                return;
            }
            dialog_.end();
        });
    }

    Reference<css::uno::XComponentContext> context_;
    PanelStrings strings_;
    ModalDialog dialog_;
    ControlEvents events_;
    uno::NewAssessmentProposal proposal_;
    OUString chosen_save_url_;  // where the user chose to save the assessment; empty: proposed
};

}  // namespace

void run_new_assessment_dialog(const Reference<css::uno::XComponentContext>& context)
{
    NewAssessmentDialog dialog(context);
    dialog.run();
}

}  // namespace prevent::sidebar
