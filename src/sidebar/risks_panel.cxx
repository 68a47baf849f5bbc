#include "risks_panel.hxx"

#include "uno/base/catalogue_configuration.hxx"
#include "uno/view/cursor_place.hxx"
#include "uno/view/document_locations.hxx"
#include "uno/base/fault_point.hxx"
#include "uno/base/log.hxx"
#include "uno/view/risk_rows.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/document_state.hxx"

#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <org/preventtoolkit/RiskRegister.hpp>

#include <algorithm>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::uno::from_utf8;
using prevent::uno::to_utf8;
using rtl::OUString;

namespace prevent::sidebar {

namespace {

std::string cell_name(int likelihood, int impact)
{
    return "Cell" + std::to_string(likelihood) + std::to_string(impact);
}

// The style keys of the strings, in the order the list offers the styles.
const std::pair<const char*, const char*> kStyles[] = {
    {"scored", "StyleScored"}, {"rag", "StyleRag"}, {"narrative", "StyleNarrative"}};

}  // namespace

RisksPanel::RisksPanel(const PanelArguments& arguments)
    : SnapshotPanel(arguments, "RisksPanel"), findings_(*this, context_, guard())
{
    try {
        catalogue_.emplace(uno::read_catalogue_configuration(context_));
    } catch (const core::CatalogueError& e) {
        uno::log_problem("Risks panel", e.what());
        say(strings_.text("CatalogueInvalid"));
        for (const char* name :
             {"AreaChoice", "StyleChoice", "InsertTable", "AddRow", "Recalculate", "InsertHeatMap"})
            enable(control(name), false);
        return;
    }
    std::vector<OUString> styles;
    for (const auto& [id, key] : kStyles) {
        const auto* columns = catalogue_->table_styles().columns(id);
        if (columns && !columns->empty()) {
            style_ids_.push_back(id);
            styles.push_back(strings_.text(key));
        }
    }
    set_items(control("StyleChoice"), styles);
    set_selected(control("StyleChoice"), styles.empty() ? -1 : 0);
    std::vector<OUString> areas;
    for (const auto& area : catalogue_->areas()) {
        area_ids_.push_back(area.id);
        areas.push_back(from_utf8(area.title));
    }
    set_items(control("AreaChoice"), areas);
    set_selected(control("AreaChoice"), areas.empty() ? -1 : 0);

    events_.on_button("InsertTable", [this] {
        act("insert a risk table", [this] {
            if (!area_chosen_)
                follow_cursor_area();
            const int style = selected(control("StyleChoice"));
            const std::string area = chosen_area();
            if (style < 0 || area.empty())
                return OUString();
            const OUString name = register_service()->insertRiskTable(
                document_, from_utf8(area), from_utf8(style_ids_[static_cast<std::size_t>(style)]));
            return strings_.text("Inserted", {name});
        });
    });
    events_.on_button("AddRow", [this] {
        act("add a risk row", [this] {
            return strings_.text("AddedRow", {register_service()->addRiskRow(
                                                 document_, from_utf8(table_at_cursor_))});
        });
    });
    events_.on_button("Recalculate", [this] { recalculate(); });
    // Its label is the area list's, which stands before both.
    set_accessible_name(control("StyleChoice"), strings_.text("StyleChoiceName"));
    events_.on_button("InsertHeatMap", [this] {
        act("insert a heat map", [this] {
            return strings_.text("Inserted", {register_service()->insertHeatMap(document_)});
        });
    });
    for (int l = 1; l <= core::kScaleSteps; ++l)
        for (int i = 1; i <= core::kScaleSteps; ++i)
            events_.on_button(cell_name(l, i).c_str(), [this, l, i] { cell_chosen(l, i); });
    events_.on_property("CellRiskList", "SelectedItems", [this] { risk_chosen(); });
    events_.on_property("AreaChoice", "SelectedItems", [this] {
        if (!refilling())
            area_chosen_ = true;
    });

    if (!document_.is())
        return;
    selection_.set(document_->getCurrentController(), UNO_QUERY);
    if (selection_.is()) {
        selection_relay_ = new ListenerRelay([this] { cursor_moved(); });
        selection_->addSelectionChangeListener(selection_relay_.get());
    }
    follow_cursor_area();
    cursor_moved();
    follow_document();
}

Reference<org::preventtoolkit::XRiskRegister> RisksPanel::register_service() const
{
    return org::preventtoolkit::RiskRegister::create(context_);
}

const css::uno::Sequence<org::preventtoolkit::RiskRow>& RisksPanel::shown_risks() const
{
    static const css::uno::Sequence<org::preventtoolkit::RiskRow> none;
    return snapshot_.risks ? snapshot_.risks->Risks : none;
}

bool RisksPanel::editable() const
{
    return document_.is() && snapshot_.risks.has_value() && !uno::is_read_only(document_);
}

void RisksPanel::snapshot_ready(const DocumentSnapshot& snapshot)
{
    guarded("showing a snapshot", [&] {
        snapshot_ = snapshot;
        if (!area_chosen_)
            follow_cursor_area();  // a pause: cheap enough now, never while typing
        show();
    });
}

void RisksPanel::show()
{
    if (!catalogue_)
        return;
    {
        const Refill refill(*this);
        uno::fault_point("panel-show");  // tests: a failure while the lists are filled
        show_heat_map();
        show_cell_risks();
        findings_.show(snapshot_.risks ? snapshot_.risks->Findings
                                       : css::uno::Sequence<org::preventtoolkit::Finding>(),
                       document_, [this](const auto& f) { return fix_for(f); });
    }

    const bool can_edit = editable();
    enable(control("InsertTable"), can_edit && !style_ids_.empty());
    enable(control("AddRow"), can_edit && !table_at_cursor_.empty());
    enable(control("Recalculate"), can_edit && shown_risks().getLength() > 0);
    enable(control("InsertHeatMap"), can_edit);
    if (document_.is() && snapshot_.risks.has_value() && uno::is_read_only(document_))
        say(strings_.text("ReadOnly"));
    else if (!snapshot_.risks.has_value())
        say(strings_.text("NotTextDocument"));
    height_changed();
}

void RisksPanel::show_heat_map()
{
    const auto& scale = catalogue_->rating();
    const auto summary = uno::summarise_risks(shown_risks(), *catalogue_);
    for (int l = 1; l <= core::kScaleSteps; ++l) {
        for (int i = 1; i <= core::kScaleSteps; ++i) {
            const auto model = model_of(control(cell_name(l, i).c_str()));
            const int count = summary.count_at(l, i);
            OUString label = count ? OUString::number(count) : OUString();
            if (l == chosen_likelihood_ && i == chosen_impact_)
                label = "[" + label + "]";  // the chosen cell, whose risks are listed below
            model->setPropertyValue("Label", Any(label));
            if (const auto* band = scale.band_for_score(l * i))
                model->setPropertyValue("BackgroundColor",
                                        Any(static_cast<sal_Int32>(band->colour)));
            // The cell's name for screen readers and its tooltip: where it is and what it holds.
            const OUString describe =
                strings_.text(count == 1 ? "CellHelpOne" : "CellHelp",
                              {OUString::number(l),
                               from_utf8(scale.likelihood_labels[static_cast<std::size_t>(l - 1)]),
                               OUString::number(i),
                               from_utf8(scale.impact_labels[static_cast<std::size_t>(i - 1)]),
                               OUString::number(count)});
            model->setPropertyValue("HelpText", Any(describe));
            if (const Reference<css::awt::XVclWindowPeer> peer{
                    control(cell_name(l, i).c_str())->getPeer(), UNO_QUERY};
                peer.is()) {
                // The SDK marks setProperty deprecated, yet it is the toolkit's one way to name a
                // control apart from its label; a cell's label is only its count.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
                peer->setProperty("AccessibleName", Any(describe));
#pragma GCC diagnostic pop
            }
        }
    }
    OUString legend;
    for (const auto& b : summary.by_band) {
        OUString part;
        if (b.band_id.empty()) {
            part = strings_.text("LegendUnrated", {OUString::number(b.count)});
        } else {
            const auto band =
                std::find_if(scale.bands.begin(), scale.bands.end(),
                             [&](const core::RiskBand& r) { return r.id == b.band_id; });
            part = strings_.text("LegendBand",
                                 {from_utf8(band->title), OUString::number(band->minimum),
                                  OUString::number(band->maximum), OUString::number(b.count)});
        }
        legend += (legend.isEmpty() ? OUString() : strings_.text("LegendSeparator")) + part;
    }
    set_label(control("Legend"), legend);

    std::vector<OUString> areas;
    for (const auto& a : summary.by_area) {
        const auto* area = a.area_id.empty() ? nullptr : catalogue_->find_area(a.area_id);
        areas.push_back(strings_.text("AreaCount",
                                      {area ? from_utf8(area->title) : strings_.text("UnknownArea"),
                                       OUString::number(a.count)}));
    }
    if (areas.empty())
        areas.push_back(strings_.text("NoRisks"));
    set_items(control("AreaCountList"), areas);
}

void RisksPanel::show_cell_risks()
{
    listed_risks_.clear();
    std::vector<OUString> items;
    if (chosen_likelihood_ == 0) {
        items.push_back(strings_.text("ChooseACell"));
    } else {
        const auto summary = uno::summarise_risks(shown_risks(), *catalogue_);
        for (const std::size_t index : summary.at(chosen_likelihood_, chosen_impact_)) {
            const auto& r = shown_risks()[static_cast<sal_Int32>(index)];
            items.push_back(r.Owner.isEmpty()
                                ? strings_.text("RiskItemNoOwner", {r.Ref, r.Risk})
                                : strings_.text("RiskItem", {r.Ref, r.Risk, r.Owner}));
            listed_risks_.push_back(static_cast<int>(index));
        }
        if (items.empty())
            items.push_back(strings_.text("NoRisksInCell"));
    }
    set_items(control("CellRiskList"), items);
    // A risk's text may be wider than the list: the tooltip carries every item whole.
    OUString tip = strings_.text("RisksPanel.CellRiskList.HelpText");
    for (const auto& item : items)
        tip += "\n" + item;
    set_tooltip(control("CellRiskList"), tip);
}

void RisksPanel::cell_chosen(int likelihood, int impact)
{
    guarded("choosing a heat map cell", [&] {
        chosen_likelihood_ = likelihood;
        chosen_impact_ = impact;
        {
            const Refill refill(*this);
            show_heat_map();
            show_cell_risks();
        }
        height_changed();
    });
}

void RisksPanel::risk_chosen()
{
    if (refilling())
        return;
    guarded("going to a risk", [&] {
        const int i = selected(control("CellRiskList"));
        if (i < 0 || static_cast<std::size_t>(i) >= listed_risks_.size())
            return;
        const auto& r = shown_risks()[listed_risks_[static_cast<std::size_t>(i)]];
        uno::go_to_risk(document_, to_utf8(r.Table), r.Row);
    });
}

std::optional<FindingRows::Fix> RisksPanel::fix_for(const org::preventtoolkit::Finding& f)
{
    if ((f.Code != "risk-score-mismatch" && f.Code != "risk-rag-mismatch") || !editable())
        return std::nullopt;
    // Recalculating puts every such cell right, as the panel's Recalculate button does.
    return FindingRows::Fix{strings_.text("FixRecalculate"), strings_.text("FixRecalculateHelp"),
                            [this] { recalculate(); }};
}

// Called for every move of the cursor, typing included: only a change of table costs a read
// (the new table's two header rows).
void RisksPanel::cursor_moved()
{
    guarded("following the cursor", [&] {
        area_chosen_ = false;
        const Reference<css::text::XTextViewCursorSupplier> supplier(
            document_->getCurrentController(), UNO_QUERY);
        const Reference<css::beans::XPropertySet> cursor(
            supplier.is() ? supplier->getViewCursor() : nullptr, UNO_QUERY);
        Reference<css::text::XTextTable> table;
        if (cursor.is())
            cursor->getPropertyValue("TextTable") >>= table;
        const Reference<css::uno::XInterface> now(table, UNO_QUERY);
        if (now == cursor_table_)
            return;
        cursor_table_ = now;
        table_at_cursor_ = now.is() ? uno::risk_table_at_cursor(document_) : std::string();
        enable(control("AddRow"), editable() && !table_at_cursor_.empty());
    });
}

void RisksPanel::follow_cursor_area()
{
    guarded("finding the cursor's section", [&] {
        const std::string area = uno::area_at_cursor(document_, *catalogue_);
        const auto at = std::find(area_ids_.begin(), area_ids_.end(), area);
        if (area.empty() || at == area_ids_.end())
            return;
        const Refill refill(*this);
        set_selected(control("AreaChoice"), static_cast<int>(at - area_ids_.begin()));
    });
}

std::string RisksPanel::chosen_area() const
{
    const int i = selected(control("AreaChoice"));
    return i >= 0 && static_cast<std::size_t>(i) < area_ids_.size()
               ? area_ids_[static_cast<std::size_t>(i)]
               : "";
}

// After an action of the user's through RiskRegister: an inserted table may now hold the cursor,
// and the panel shows the new state at once.
void RisksPanel::after_action()
{
    cursor_table_.clear();
    cursor_moved();
    refresh_now();
}

void RisksPanel::recalculate()
{
    act("recalculate", [this] {
        const sal_Int32 changed = register_service()->recalculate(document_);
        return changed == 0   ? strings_.text("RecalculatedNone")
               : changed == 1 ? strings_.text("RecalculatedOne")
                              : strings_.text("Recalculated", {OUString::number(changed)});
    });
}

void RisksPanel::release()
{
    findings_.clear();
    if (selection_relay_.is()) {
        selection_relay_->cut();
        try {
            selection_->removeSelectionChangeListener(selection_relay_.get());
        } catch (...) {
        }
        selection_relay_.clear();
    }
    selection_.clear();
}

}  // namespace prevent::sidebar
