#include "prevent_commands.hxx"

#include "board_pack_dialog.hxx"
#include "document_snapshot.hxx"
#include "file_choice.hxx"
#include "message_box.hxx"
#include "new_assessment_dialog.hxx"
#include "panel_strings.hxx"
#include "prevent_deck.hxx"
#include "record_approval_dialog.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/log.hxx"
#include "uno/view/annual_review_making.hxx"
#include "uno/view/cursor_place.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <org/preventtoolkit/CoverageChecker.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>

#include <functional>

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::sidebar::prevent_commands {

namespace {

const char* const kProtocol = "org.preventtoolkit:";

using Command = void (*)(const Reference<css::uno::XComponentContext>&,
                         const Reference<css::frame::XFrame>&);

Reference<css::frame::XModel> model_of_frame(const Reference<css::frame::XFrame>& frame)
{
    const Reference<css::frame::XController> controller(frame.is() ? frame->getController()
                                                                   : nullptr);
    if (!controller.is() || !controller->getModel().is())
        throw std::runtime_error("this window has no document");
    return controller->getModel();
}

void record_approval(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::frame::XFrame>& frame)
{
    open_panel(frame, "org.preventtoolkit.ApprovalPanel");
    const auto document = model_of_frame(frame);
    run_record_approval_dialog(context, document);
    DocumentWatch::refresh_document(document);
}

void insert_approval_block(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XFrame>& frame)
{
    open_panel(frame, "org.preventtoolkit.ApprovalPanel");
    const auto document = model_of_frame(frame);
    Reference<org::preventtoolkit::XApproval>(
        context->getServiceManager()->createInstanceWithContext("org.preventtoolkit.Approval",
                                                                context),
        UNO_QUERY_THROW)
        ->insertApprovalBlock(
            document);  // a refusal is logged: the panel's button says why it is off
    DocumentWatch::refresh_document(document);
}

// From the assessment; the Approval panel beside it, whose button does the same.
void prepare_board_pack(const Reference<css::uno::XComponentContext>& context,
                        const Reference<css::frame::XFrame>& frame)
{
    const auto document = model_of_frame(frame);
    open_panel(frame, "org.preventtoolkit.ApprovalPanel");
    run_board_pack_dialog(context, document);
}

// The section the cursor is in, marked reviewed (the Coverage panel beside it shows it); when it
// cannot be, a box says why: a menu has nowhere else to say it.
void mark_section_reviewed(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XFrame>& frame)
{
    const auto document = model_of_frame(frame);
    open_coverage_panel(frame);
    const PanelStrings strings(context, "Sidebar");
    const std::string area =
        uno::area_at_cursor(document, uno::read_catalogue_configuration(context));
    if (area.empty()) {
        show_message(context, frame, strings.text("MessageTitle"), strings.text("NoAreaAtCursor"));
        return;
    }
    try {
        org::preventtoolkit::CoverageChecker::create(context)->markReviewed(document,
                                                                            uno::from_utf8(area));
    } catch (const css::lang::IllegalArgumentException& e) {
        show_message(context, frame, strings.text("MessageTitle"),
                     strings.text("CannotMarkReviewed", {e.Message}));
        return;
    }
    DocumentWatch::refresh_document(document);
}

// From any Writer or Calc window: the new assessment opens in a window of its own.
void new_assessment(const Reference<css::uno::XComponentContext>& context,
                    const Reference<css::frame::XFrame>&)
{
    run_new_assessment_dialog(context);
}

// A copy of the assessment for the next operating year, saved where the user says (beside it,
// the new year in its name, proposed) and opened; a box says why when it cannot be.
void begin_annual_review(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::frame::XFrame>& frame)
{
    const auto document = model_of_frame(frame);
    const PanelStrings strings(context, "Sidebar");
    const auto url = choose_file_to_save(context, strings.text("AnnualReviewSaveTitle"),
                                         {strings.text("AnnualReviewFilter"), "*.odt"},
                                         uno::proposed_annual_review_url(document));
    if (!url)
        return;
    try {
        uno::make_annual_review(context, document, *url);
    } catch (const css::lang::IllegalArgumentException& e) {
        show_message(context, frame, strings.text("MessageTitle"),
                     strings.text("CannotBeginAnnualReview", {e.Message}));
    }
}

// The commands, by the path of their URL. The menu and later panels add theirs here.
const struct {
    const char* path;
    Command run;
} kCommands[] = {
    {"ShowDeck", [](const Reference<css::uno::XComponentContext>&,
                    const Reference<css::frame::XFrame>& f) { open_prevent_deck(f); }},
    {"CheckCoverage", [](const Reference<css::uno::XComponentContext>&,
                         const Reference<css::frame::XFrame>& f) { open_coverage_panel(f); }},
    {"NewAssessment", new_assessment},
    {"RecordApproval", record_approval},
    {"InsertApprovalBlock", insert_approval_block},
    {"PrepareBoardPack", prepare_board_pack},
    {"MarkSectionReviewed", mark_section_reviewed},
    {"BeginAnnualReview", begin_annual_review},
};

Command find_command(const css::util::URL& url)
{
    if (url.Protocol != OUString::createFromAscii(kProtocol))
        return nullptr;
    for (const auto& c : kCommands)
        if (url.Path == OUString::createFromAscii(c.path))
            return c.run;
    return nullptr;
}

class PreventCommands
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit PreventCommands(const Reference<css::uno::XComponentContext>& context)
        : context_(context)
    {
        uno::init_log(context);
    }

    void SAL_CALL initialize(const Sequence<css::uno::Any>& args) override
    {
        if (args.getLength() > 0) {
            Reference<css::frame::XFrame> frame;
            args[0] >>= frame;
            frame_ = frame;
        }
    }

    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                            const OUString&, sal_Int32) override
    {
        return find_command(url) ? this : nullptr;
    }

    Sequence<Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) override
    {
        Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            out[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                   requests[i].SearchFlags);
        return out;
    }

    // A failed command is logged: the menu has no way to show an exception.
    void SAL_CALL dispatch(const css::util::URL& url,
                           const Sequence<css::beans::PropertyValue>&) override
    {
        try {
            uno::at_uno_boundary("PreventCommands.dispatch", static_cast<cppu::OWeakObject*>(this),
                                 [&] {
                                     if (const Command run = find_command(url))
                                         run(context_, Reference<css::frame::XFrame>(frame_));
                                 });
        } catch (const css::uno::RuntimeException& e) {
            uno::log_problem(uno::to_utf8(url.Complete).c_str(), uno::to_utf8(e.Message));
        }
    }

    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override
    {
        if (!listener.is())
            return;
        css::frame::FeatureStateEvent state;
        state.FeatureURL = url;
        state.IsEnabled = find_command(url) != nullptr;
        state.Source = static_cast<cppu::OWeakObject*>(this);
        try {
            listener->statusChanged(state);
        } catch (const css::uno::Exception&) {
        }
    }

    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override
    {
    }

    OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }

private:
    // Weak: the frame caches its dispatchers, and a strong reference would keep it alive.
    css::uno::WeakReference<css::frame::XFrame> frame_;
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.PreventCommands"; }

Sequence<OUString> service_names()
{
    const OUString name("com.sun.star.frame.ProtocolHandler");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new PreventCommands(context));
}

}  // namespace prevent::sidebar::prevent_commands
