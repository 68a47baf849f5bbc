#include "board_pack_dialog.hxx"

#include "control_access.hxx"
#include "file_choice.hxx"
#include "modal_dialog.hxx"
#include "panel_strings.hxx"
#include "record_approval_dialog.hxx"
#include "uno/base/log.hxx"
#include "uno/base/shown_path.hxx"
#include "uno/view/board_pack_making.hxx"
#include "uno/view/plan_status.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/weakref.hxx>

#include <vector>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

class BoardPackDialog {
public:
    BoardPackDialog(const Reference<css::uno::XComponentContext>& context,
                    const Reference<css::frame::XModel>& assessment)
        : context_(context),
          assessment_(assessment),
          strings_(context, "BoardPackDialog"),
          dialog_(context, "BoardPackDialog"),
          events_([this](const char* name) { return control(name); })
    {
    }

    std::optional<OUString> run()
    {
        fill();
        events_.on_button("ChoosePlanFile", [this] { choose_plan_file(); });
        events_.on_button("ChoosePdf", [this] { choose_pdf(); });
        events_.on_button("Create", [this] { make(false); });
        events_.on_button("ExportPdf", [this] { make(true); });
        dialog_.execute();
        events_.stop();
        return done_;
    }

private:
    Reference<css::awt::XControl> control(const char* name) const { return dialog_.control(name); }
    OUString text_of(const char* name) const { return dialog_.text_of(name); }
    void set_text(const char* name, const OUString& text) { dialog_.set_text(name, text); }

    // What the pack would say without the user: the proposal, the plan there is.
    void fill()
    {
        set_items(control("Body"), approving_body_choices(context_));
        const auto proposal = uno::propose_board_pack(context_, assessment_);
        set_text("Body", proposal.options.MeetingBody);
        dialog_.set_date("Date", proposal.options.MeetingDate);
        set_text("Version", proposal.options.Version);
        set_text("Lead", proposal.options.PreventLead);
        set_text("PreparedBy", proposal.options.PreparedBy);
        pdf_url_ = proposal.pdf_url;
        show_pdf();
        linked_ = proposal.plan;
        plan_file_ = linked_.file;
        list_plans(true);
    }

    // "(none)", the open spreadsheets, then the chosen file. First time: the one open
    // spreadsheet that holds a plan, when there is exactly one.
    void list_plans(bool first)
    {
        std::vector<OUString> items{strings_.text("NoPlan")};
        sheets_.clear();
        int choose = 0, holding_plans = 0, linked = 0;
        for (const auto& [title, model] : uno::open_spreadsheets(context_)) {
            items.push_back(from_utf8(title));
            sheets_.emplace_back(model);
            bool holds_plan = false;
            uno::log_if_it_fails("Board pack dialog: reading an open spreadsheet",
                                 [&] { holds_plan = uno::plan_counts(model).has_value(); });
            if (holds_plan && ++holding_plans == 1)
                choose = static_cast<int>(sheets_.size());
            if (linked_.document.is() && model == linked_.document)
                linked = static_cast<int>(sheets_.size());
        }
        if (holding_plans != 1)
            choose = 0;
        if (linked > 0) {  // the assessment's own plan, whatever else is open
            choose = linked;
            linked_.document.clear();
        }
        if (!plan_file_.isEmpty()) {
            items.push_back(strings_.text("PlanFileItem", {uno::shown_file_name(plan_file_)}));
            choose = static_cast<int>(items.size()) - 1;
        }
        set_items(control("Plan"), items);
        if (first || !plan_file_.isEmpty())
            set_selected(control("Plan"), choose);
    }

    uno::PlanChoice chosen_plan() const
    {
        const int i = selected(control("Plan"));
        if (i < 1)
            return {};
        if (static_cast<std::size_t>(i) <= sheets_.size())
            return {Reference<css::frame::XModel>(sheets_[static_cast<std::size_t>(i - 1)]),
                    OUString()};
        return {nullptr, plan_file_};
    }

    void choose_plan_file()
    {
        uno::log_if_it_fails("Board pack dialog: choosing the plan's file", [&] {
            const auto url =
                choose_file_to_open(context_, strings_.text("PlanFileDialogTitle"),
                                    {{strings_.text("PlanFileFilter"), "*.ods;*.ots;*.xlsx;*.xls"},
                                     {strings_.text("AllFilesFilter"), "*.*"}});
            if (!url)
                return;
            plan_file_ = *url;
            list_plans(false);
        });
    }

    void show_pdf()
    {
        set_text("Pdf", pdf_url_.isEmpty() ? OUString() : uno::shown_path(pdf_url_));
    }

    void choose_pdf()
    {
        uno::log_if_it_fails("Board pack dialog: choosing the PDF's place", [&] {
            const auto url = choose_file_to_save(context_, strings_.text("PdfDialogTitle"),
                                                 {strings_.text("PdfFilter"), "*.pdf"}, pdf_url_);
            if (!url)
                return;
            pdf_url_ = *url;
            show_pdf();
            set_label(control("Problem"), OUString());
        });
    }

    org::preventtoolkit::BoardPackOptions options() const
    {
        org::preventtoolkit::BoardPackOptions o;
        o.MeetingBody = text_of("Body").trim();
        o.MeetingDate = dialog_.date_of("Date");
        o.Version = text_of("Version").trim();
        o.PreventLead = text_of("Lead").trim();
        o.PreparedBy = text_of("PreparedBy").trim();
        return o;
    }

    void make(bool pdf)
    {
        uno::log_if_it_fails("Board pack dialog", [&] {
            set_label(control("Problem"), OUString());
            if (pdf && pdf_url_.isEmpty()) {
                set_label(control("Problem"), strings_.text("ChoosePdfFirst"));
                return;
            }
            try {
                uno::make_board_pack(context_, assessment_, chosen_plan(), options(),
                                     pdf ? pdf_url_ : OUString());
            } catch (const css::uno::Exception& e) {  // said above the buttons; the dialog stays
                set_label(control("Problem"), strings_.text("CannotMake", {e.Message}));
                return;
            }
            done_ = pdf ? strings_.text("PackWritten", {uno::shown_path(pdf_url_)})
                        : strings_.text("PackOpened");
            dialog_.end();
        });
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XModel> assessment_;
    PanelStrings strings_;
    ModalDialog dialog_;
    ControlEvents events_;
    std::vector<css::uno::WeakReference<css::frame::XModel>> sheets_;  // items after "(none)"
    OUString plan_file_;      // the plan file chosen, last in the list; empty: none
    uno::PlanChoice linked_;  // the assessment's own plan (Prevent.ActionPlan), chosen first
    OUString pdf_url_;
    std::optional<OUString> done_;
};

}  // namespace

std::optional<OUString> run_board_pack_dialog(const Reference<css::uno::XComponentContext>& context,
                                              const Reference<css::frame::XModel>& assessment)
{
    BoardPackDialog dialog(context, assessment);
    return dialog.run();
}

}  // namespace prevent::sidebar
