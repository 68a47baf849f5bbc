#include "finding_rows.hxx"

#include "control_access.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/view/document_locations.hxx"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

constexpr char kAnchor[] = "FindingsLabel";
constexpr int kTextHeight = 9;     // one line, in the dialog's units; it grows as it wraps
constexpr int kButtonHeight = 14;  // as the panels' designed buttons

Reference<css::container::XNameContainer> dialog_model(const XdlPanelContent& panel)
{
    return Reference<css::container::XNameContainer>(
        Reference<css::awt::XControl>(panel.window(), UNO_QUERY_THROW)->getModel(),
        UNO_QUERY_THROW);
}

const char* mark_of(const org::preventtoolkit::Finding& f)
{
    return f.Severity == "error"     ? "FindingError"
           : f.Severity == "warning" ? "FindingWarning"
                                     : "FindingInfo";
}

// Where Go to can take the user: a place in the document, not the document as a whole.
bool has_place(const org::preventtoolkit::Finding& f)
{
    return !f.Location.isEmpty() && f.Location != "document";
}

}  // namespace

FindingRows::FindingRows(XdlPanelContent& panel,
                         const Reference<css::uno::XComponentContext>& context, Run run)
    : panel_(panel), context_(context), strings_(context, "Sidebar"), run_(std::move(run))
{
    sal_Int16 anchor_tab = 0;
    Reference<css::beans::XPropertySet>(
        panel_.controls()->getControl(OUString::createFromAscii(kAnchor))->getModel(),
        UNO_QUERY_THROW)
        ->getPropertyValue("TabIndex") >>= anchor_tab;
    first_tab_index_ = next_tab_index_ = anchor_tab + 1;
}

FindingRows::~FindingRows() { clear(); }

Reference<css::awt::XControl> FindingRows::add(const char* service, const std::string& name,
                                               const OUString& label, const OUString& help,
                                               int height)
{
    const auto container = dialog_model(panel_);
    const Reference<css::beans::XPropertySet> model(
        Reference<css::lang::XMultiServiceFactory>(container, UNO_QUERY_THROW)
            ->createInstance(OUString::createFromAscii(service)),
        UNO_QUERY_THROW);
    const OUString key = uno::from_utf8(name);
    model->setPropertyValue("Name", Any(key));
    model->setPropertyValue("Label", Any(label));
    model->setPropertyValue("HelpText", Any(help));  // the tooltip: the whole text
    model->setPropertyValue("PositionX", Any(sal_Int32(4)));
    model->setPropertyValue("PositionY", Any(sal_Int32(0)));
    model->setPropertyValue("Width", Any(sal_Int32(60)));
    model->setPropertyValue("Height", Any(sal_Int32(height)));
    model->setPropertyValue("TabIndex", Any(static_cast<sal_Int16>(next_tab_index_++)));
    container->insertByName(key, Any(model));
    names_.push_back(name);
    return panel_.controls()->getControl(key);
}

void FindingRows::on_click(const Reference<css::awt::XControl>& button, const char* what,
                           std::function<void()> call)
{
    rtl::Reference<ListenerRelay> relay(new ListenerRelay([this, what, call = std::move(call)] {
        // After the button's own event: what it does may show new findings, and the rows (the
        // button among them) are then made anew.
        posted_.push_back(PostedCall::post(context_, [this, what, call] { run_(what, call); }));
    }));
    Reference<css::awt::XButton>(button, UNO_QUERY_THROW)->addActionListener(relay.get());
    clicks_.emplace_back(button, relay);
}

void FindingRows::show(const css::uno::Sequence<org::preventtoolkit::Finding>& findings,
                       const Reference<css::frame::XModel>& document, const FixFor& fix_for)
{
    // The same findings after each pause in typing, most often: the rows stay as they are (no
    // flicker, and focus stays on the button the user is on).
    std::vector<OUString> showing;
    for (const auto& f : findings) {
        const auto fix = fix_for ? fix_for(f) : std::nullopt;
        showing.push_back(f.Severity + "\n" + f.Message + "\n" + f.Location + "\n" +
                          (fix ? fix->label : OUString()));
    }
    if (!names_.empty() && showing == shown_)
        return;
    clear();
    shown_ = std::move(showing);
    std::vector<ControlStack::FlowRow> rows;
    if (!findings.hasElements()) {
        rows.push_back({{add("com.sun.star.awt.UnoControlFixedTextModel", "Finding0",
                             strings_.text("NoFindings"), OUString(), kTextHeight)},
                        1,
                        2});
    }
    const sal_Int32 shown = std::min<sal_Int32>(findings.getLength(), kShownFindings);
    for (sal_Int32 i = 0; i < shown; ++i) {
        const auto& f = findings[i];
        const std::string n = std::to_string(i);
        const auto text = add("com.sun.star.awt.UnoControlFixedTextModel", "Finding" + n,
                              strings_.text(mark_of(f), {f.Message}), f.Message, kTextHeight);
        Reference<css::beans::XPropertySet>(text->getModel(), UNO_QUERY_THROW)
            ->setPropertyValue("MultiLine", Any(true));
        rows.push_back({{text}, 1, i == 0 ? 2 : 6});
        ControlStack::FlowRow buttons{{}, 2, 1};
        if (has_place(f)) {
            const auto go =
                add("com.sun.star.awt.UnoControlButtonModel", "GoTo" + n,
                    strings_.text("FindingGoTo"), strings_.text("FindingGoToHelp"), kButtonHeight);
            // The button's own name tells a screen reader which finding it goes to.
            set_accessible_name(go, strings_.text("FindingGoToName", {f.Message}));
            on_click(go, "finding: go to", [document, location = uno::to_utf8(f.Location)] {
                uno::go_to_location(document, location);
            });
            buttons.controls.push_back(go);
        }
        if (auto fix = fix_for ? fix_for(f) : std::nullopt) {
            const auto button = add("com.sun.star.awt.UnoControlButtonModel", "Fix" + n, fix->label,
                                    fix->help, kButtonHeight);
            set_accessible_name(button, strings_.text("FindingFixName", {fix->label, f.Message}));
            on_click(button, "finding: fix", std::move(fix->action));
            buttons.controls.push_back(button);
        }
        if (!buttons.controls.empty())
            rows.push_back(std::move(buttons));
    }
    if (findings.getLength() > shown)
        rows.push_back(
            {{add("com.sun.star.awt.UnoControlFixedTextModel", "FindingsMore",
                  strings_.text("MoreFindings", {OUString::number(findings.getLength() - shown)}),
                  OUString(), kTextHeight)},
             1,
             6});
    panel_.set_flow(kAnchor, std::move(rows));
}

void FindingRows::clear()
{
    for (auto& [button, relay] : clicks_) {
        relay->cut();
        try {
            Reference<css::awt::XButton>(button, UNO_QUERY_THROW)
                ->removeActionListener(relay.get());
        } catch (...) {  // the control is gone already
        }
    }
    clicks_.clear();
    for (auto& posted : posted_)
        posted->cut();
    posted_.clear();
    if (names_.empty() || !panel_.controls().is()) {
        names_.clear();
        return;
    }
    try {
        panel_.set_flow(kAnchor, {});
        const auto container = dialog_model(panel_);
        for (const auto& name : names_) {
            const OUString key = uno::from_utf8(name);
            if (!container->hasByName(key))
                continue;
            // Removed from the dialog, a control and its model are not disposed with it later:
            // each left its window behind (about 150 KB a document, in sidebar_ui_test).
            const Reference<css::lang::XComponent> control(panel_.controls()->getControl(key),
                                                           UNO_QUERY);
            const Reference<css::lang::XComponent> model(container->getByName(key), UNO_QUERY);
            container->removeByName(key);
            if (control.is())
                control->dispose();
            if (model.is())
                model->dispose();
        }
    } catch (...) {  // the panel's dialog is gone already
    }
    names_.clear();
    next_tab_index_ = first_tab_index_;
    shown_.clear();
}

}  // namespace prevent::sidebar
