#include "control_stack.hxx"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

#include <algorithm>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace prevent::sidebar {

namespace {

constexpr int kMinimumListRows = 3;
constexpr int kMaximumListRows = 18;  // longer lists scroll

bool model_is(const Reference<css::awt::XControl>& control, const char* service)
{
    const Reference<css::lang::XServiceInfo> info(control->getModel(), UNO_QUERY);
    return info.is() && info->supportsService(rtl::OUString::createFromAscii(service));
}

bool model_flag(const Reference<css::awt::XControl>& control, const char* name)
{
    const Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY);
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    bool value = false;
    if (model.is() && model->getPropertySetInfo()->hasPropertyByName(key))
        model->getPropertyValue(key) >>= value;
    return value;
}

// The width a control needs to show its words whole, or 0 when it takes whatever width it is
// given (lists, fields, labels that wrap). A button's words are measured in its own font (the
// window's: an empty descriptor keeps it), so a wider font or longer words (Welsh) get room;
// a check box or a one-line label is as wide as VCL says it must be.
int needed_width(const Reference<css::awt::XControl>& control)
{
    constexpr int kButtonRoom = 14;  // the frame and a little air at each side of the words
    if (model_is(control, "com.sun.star.awt.UnoControlButtonModel")) {
        const Reference<css::awt::XVclWindowPeer> peer(control->getPeer(), UNO_QUERY);
        const Reference<css::awt::XDevice> device(control->getPeer(), UNO_QUERY);
        rtl::OUString words;
        css::awt::FontDescriptor font;
        if (!peer.is() || !device.is() || !(peer->getProperty("Label") >>= words) ||
            words.isEmpty())
            return 0;
        peer->getProperty("FontDescriptor") >>= font;
        const Reference<css::awt::XFont> measure = device->getFont(font);
        return measure.is() ? measure->getStringWidth(words.replaceAll("~", "")) + kButtonRoom : 0;
    }
    const bool one_line_label = model_is(control, "com.sun.star.awt.UnoControlFixedTextModel") &&
                                !model_flag(control, "MultiLine");
    if (one_line_label || model_is(control, "com.sun.star.awt.UnoControlCheckBoxModel") ||
        model_is(control, "com.sun.star.awt.UnoControlRadioButtonModel")) {
        const Reference<css::awt::XLayoutConstrains> constrains(control, UNO_QUERY);
        return constrains.is() ? constrains->getMinimumSize().Width : 0;
    }
    return 0;
}

}  // namespace

ControlStack::ControlStack(const Reference<css::awt::XControlContainer>& container)
{
    struct Placed {
        Reference<css::awt::XControl> control;
        css::awt::Rectangle rect;
    };
    std::vector<Placed> placed;
    for (const auto& control : container->getControls()) {
        const Reference<css::awt::XWindow> window(control, UNO_QUERY);
        if (window.is())
            placed.push_back({control, window->getPosSize()});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.rect.Y != b.rect.Y ? a.rect.Y < b.rect.Y : a.rect.X < b.rect.X;
    });
    int bottom = 0;
    int row_top = -1;
    for (const auto& p : placed) {
        if (rows_.empty() && p.rect.X > 0)
            margin_ = p.rect.X;
        if (p.rect.Y != row_top) {
            const int gap =
                rows_.empty() ? std::max(p.rect.Y, margin_) : std::max(p.rect.Y - bottom, 2);
            rows_.push_back({{}, gap});
            row_top = p.rect.Y;
        }
        rows_.back().entries.push_back({p.control, std::max(p.rect.Height, 1)});
        bottom = std::max(bottom, p.rect.Y + p.rect.Height);
    }
}

int ControlStack::height_of(const Entry& entry, int width) const
{
    const auto& control = entry.control;
    if (model_is(control, "com.sun.star.awt.UnoControlFixedTextModel") &&
        model_flag(control, "MultiLine")) {
        const Reference<css::awt::XLayoutConstrains> constrains(control, UNO_QUERY);
        if (constrains.is())
            return std::max(
                constrains->calcAdjustedSize(css::awt::Size(width, entry.designed_height)).Height,
                constrains->getPreferredSize().Height);
    }
    if (model_is(control, "com.sun.star.awt.UnoControlListBoxModel") &&
        !model_flag(control, "Dropdown")) {
        const Reference<css::awt::XListBox> list(control, UNO_QUERY);
        const Reference<css::awt::XTextLayoutConstrains> lines(control, UNO_QUERY);
        const Reference<css::awt::XLayoutConstrains> constrains(control, UNO_QUERY);
        if (list.is() && lines.is() && constrains.is()) {
            const sal_Int16 rows =
                std::clamp<sal_Int16>(list->getItemCount(), kMinimumListRows, kMaximumListRows);
            // A longest item wider than the list brings a horizontal scroll bar, about a row high.
            const bool scrolls = constrains->getPreferredSize().Width > width;
            return lines->getMinimumSize(0, static_cast<sal_Int16>(rows + (scrolls ? 1 : 0)))
                .Height;
        }
    }
    return entry.designed_height;
}

std::vector<int> ControlStack::widths_of(const Row& row, int inner) const
{
    const int count = static_cast<int>(row.entries.size());
    const int parts = std::max(row.columns, count);
    const int each = std::max((inner - kColumnGap * (parts - 1)) / parts, 1);
    std::vector<int> widths(row.entries.size(), each);
    if (parts == 1)
        return {inner};
    std::vector<int> needed;
    int total = kColumnGap * (count - 1);
    for (const auto& entry : row.entries) {
        needed.push_back(needed_width(entry.control));
        total += needed.back();
    }
    if (std::all_of(needed.begin(), needed.end(), [&](int n) { return n <= each; })) {
        if (parts == count)  // the last takes what the division left
            widths.back() = inner - (each + kColumnGap) * (count - 1);
        return widths;
    }
    if (count == 1)  // a lone button too long for its part takes the row
        return {inner};
    if (total > inner)
        return {};  // no room side by side: one control to a row
    // Side by side in proportion to their words: each its need, the room left shared out.
    const int spare = inner - total;
    for (int i = 0; i < count; ++i)
        widths[static_cast<std::size_t>(i)] = needed[static_cast<std::size_t>(i)] + spare / count +
                                              (i == count - 1 ? spare % count : 0);
    return widths;
}

int ControlStack::layout(int width, bool apply) const
{
    const int inner = std::max(width - 2 * margin_, 1);
    int y = 0;
    const auto place = [&](const Entry& entry, int x, int w, int h) {
        if (!apply)
            return;
        const Reference<css::awt::XWindow> window(entry.control, UNO_QUERY);
        window->setPosSize(x, y, w, h, css::awt::PosSize::POSSIZE);
    };
    for (const auto& row : rows_) {
        y += row.gap_above;
        const auto widths = widths_of(row, inner);
        if (widths.empty()) {  // stacked
            for (std::size_t i = 0; i < row.entries.size(); ++i) {
                const int h = height_of(row.entries[i], inner);
                y += i == 0 ? 0 : kStackedGap;
                place(row.entries[i], margin_, inner, h);
                y += h;
            }
            continue;
        }
        int height = 0;
        int x = margin_;
        for (std::size_t i = 0; i < row.entries.size(); ++i) {
            const int h = height_of(row.entries[i], widths[i]);
            height = std::max(height, h);
            place(row.entries[i], x, widths[i], h);
            x += widths[i] + kColumnGap;
        }
        y += height;
    }
    return y + margin_;
}

void ControlStack::set_flow(const Reference<css::awt::XControl>& anchor, std::vector<FlowRow> rows)
{
    rows_.erase(std::remove_if(rows_.begin(), rows_.end(),
                               [&](const Row& r) { return r.flow_of == anchor; }),
                rows_.end());
    const auto at = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) {
        return std::any_of(r.entries.begin(), r.entries.end(),
                           [&](const Entry& e) { return e.control == anchor; });
    });
    if (at == rows_.end())
        return;
    std::vector<Row> flow;
    for (auto& r : rows) {
        Row row{{}, r.gap_above, r.columns, anchor};
        for (auto& control : r.controls) {
            const Reference<css::awt::XWindow> window(control, UNO_QUERY);
            const int designed = window.is() ? window->getPosSize().Height : 1;
            row.entries.push_back({std::move(control), std::max(designed, 1)});
        }
        if (!row.entries.empty())
            flow.push_back(std::move(row));
    }
    rows_.insert(at + 1, std::make_move_iterator(flow.begin()),
                 std::make_move_iterator(flow.end()));
}

}  // namespace prevent::sidebar
