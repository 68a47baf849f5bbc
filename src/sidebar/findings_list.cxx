#include "findings_list.hxx"

#include "control_access.hxx"
#include "uno/view/document_locations.hxx"
#include "uno/base/uno_text.hxx"

namespace prevent::sidebar {

void FindingsList::show(const css::uno::Reference<css::awt::XControl>& list,
                        const PanelStrings& strings,
                        const css::uno::Sequence<org::preventtoolkit::Finding>& findings)
{
    locations_.clear();
    std::vector<rtl::OUString> items;
    for (const auto& f : findings) {
        const char* key = f.Severity == "error"     ? "FindingError"
                          : f.Severity == "warning" ? "FindingWarning"
                                                    : "FindingInfo";
        items.push_back(strings.text(key, {f.Message}));
        locations_.push_back(uno::to_utf8(f.Location));
    }
    if (items.empty())
        items.push_back(strings.text("NoFindings"));
    set_items(list, items);
}

void FindingsList::go_to_chosen(const css::uno::Reference<css::awt::XControl>& list,
                                const css::uno::Reference<css::frame::XModel>& document) const
{
    const int i = selected(list);
    if (i >= 0 && static_cast<std::size_t>(i) < locations_.size())
        uno::go_to_location(document, locations_[static_cast<std::size_t>(i)]);
}

}  // namespace prevent::sidebar
