#include "coverage_panel.hxx"

#include "uno/catalogue_configuration.hxx"
#include "uno/document_profile.hxx"
#include "uno/log.hxx"
#include "uno/uno_text.hxx"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

Reference<css::beans::XPropertySet> model_of(const Reference<css::awt::XControl>& control)
{
    return Reference<css::beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW);
}

void set_items(const Reference<css::awt::XControl>& list, const Sequence<OUString>& items)
{
    model_of(list)->setPropertyValue("StringItemList", Any(items));
}

}  // namespace

CoveragePanel::CoveragePanel(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::awt::XWindowPeer>& parent,
                             const Reference<css::frame::XModel>& document, std::function<void()> height_changed)
    : XdlPanelContent(context, parent, "CoveragePanel"),
      context_(context),
      document_(document),
      height_changed_(std::move(height_changed)),
      strings_(context, "CoveragePanel")
{
    try {
        catalogue_.emplace(uno::read_catalogue_configuration(context_));
    } catch (const core::CatalogueError& e) {
        // The panel stays, saying what is wrong; the administrator finds the details in the log.
        uno::log_problem("Coverage panel", e.what());
        set_summary(strings_.text("CatalogueInvalid"));
        model_of(control("ProfileList"))->setPropertyValue("Enabled", Any(false));
        return;
    }
    const auto& profiles = catalogue_->profiles();
    Sequence<OUString> titles(static_cast<sal_Int32>(profiles.size()));
    for (std::size_t i = 0; i < profiles.size(); ++i)
        titles[static_cast<sal_Int32>(i)] = from_utf8(profiles[i].title);
    set_items(control("ProfileList"), titles);

    select_profile(document_.is() ? uno::document_profile(*catalogue_, document_) : profiles.front().id);

    // Follow the model, not the control's item events: a choice made with the mouse, the
    // keyboard or by a macro on the model all end there.
    choice_relay_ = new ListenerRelay([this] { profile_chosen(); });
    model_of(control("ProfileList"))->addPropertyChangeListener("SelectedItems", choice_relay_.get());
    // And follow the document: a macro, DocumentProfile or File > Properties may change the profile.
    if (document_.is()) {
        document_properties_.set(
            Reference<css::document::XDocumentPropertiesSupplier>(document_, UNO_QUERY_THROW)->getDocumentProperties(),
            css::uno::UNO_QUERY);
        if (document_properties_.is()) {
            document_relay_ = new ListenerRelay([this] { document_properties_changed(); });
            document_properties_->addModifyListener(document_relay_.get());
        }
    }
}

// Shows the profile as chosen; the selection's own listener then finds nothing to do.
void CoveragePanel::select_profile(const std::string& profile)
{
    profile_ = profile;
    const auto& profiles = catalogue_->profiles();
    const auto chosen =
        std::find_if(profiles.begin(), profiles.end(), [&](const core::Profile& p) { return p.id == profile_; });
    const sal_Int16 position = static_cast<sal_Int16>(chosen - profiles.begin());
    model_of(control("ProfileList"))->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&position, 1)));
    show_areas(profile_);
}

void CoveragePanel::document_properties_changed()
{
    uno::log_if_it_fails("Coverage panel: following the document's profile", [&] {
        const std::string stored = uno::document_profile(*catalogue_, document_);
        if (stored == profile_)
            return;
        select_profile(stored);
        if (height_changed_)
            height_changed_();
    });
}

void CoveragePanel::profile_chosen()
{
    uno::log_if_it_fails("Coverage panel: choosing a profile", [&] {
        Sequence<sal_Int16> selected;
        model_of(control("ProfileList"))->getPropertyValue("SelectedItems") >>= selected;
        const auto& profiles = catalogue_->profiles();
        if (selected.getLength() != 1 || selected[0] < 0 || static_cast<std::size_t>(selected[0]) >= profiles.size())
            return;
        const std::string chosen = profiles[static_cast<std::size_t>(selected[0])].id;
        if (chosen == profile_)
            return;
        profile_ = chosen;
        show_areas(profile_);
        if (document_.is()) {
            try {
                uno::store_document_profile(*catalogue_, document_, profile_);
            } catch (const uno::ReadOnlyDocument&) {
                set_summary(strings_.text("ReadOnly"));
            }
        }
        if (height_changed_)
            height_changed_();
    });
}

void CoveragePanel::show_areas(const std::string& profile)
{
    const auto areas = catalogue_->areas_for(profile);
    Sequence<OUString> items(static_cast<sal_Int32>(areas.size()));
    int expected = 0;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const bool is_expected = areas[i].expectation == core::Expectation::Expected;
        expected += is_expected ? 1 : 0;
        items[static_cast<sal_Int32>(i)] =
            strings_.text(is_expected ? "AreaItem" : "AreaItemRecommended", {from_utf8(areas[i].area->title)});
    }
    set_items(control("AreaList"), items);
    const auto& profiles = catalogue_->profiles();
    const auto p = std::find_if(profiles.begin(), profiles.end(), [&](const core::Profile& x) { return x.id == profile; });
    set_summary(strings_.text("Summary", {OUString::number(static_cast<sal_Int32>(areas.size())),
                                          from_utf8(p->title), OUString::number(expected),
                                          OUString::number(static_cast<sal_Int32>(areas.size()) - expected)}));
}

void CoveragePanel::set_summary(const OUString& text)
{
    model_of(control("Summary"))->setPropertyValue("Label", Any(text));
}

void CoveragePanel::dispose()
{
    if (choice_relay_.is()) {
        choice_relay_->cut();
        try {
            model_of(control("ProfileList"))->removePropertyChangeListener("SelectedItems", choice_relay_.get());
        } catch (...) {
        }
        choice_relay_.clear();
    }
    if (document_relay_.is()) {
        document_relay_->cut();
        try {
            document_properties_->removeModifyListener(document_relay_.get());
        } catch (...) {
        }
        document_relay_.clear();
    }
    document_properties_.clear();
    document_.clear();
    XdlPanelContent::dispose();
}

}  // namespace prevent::sidebar
