#include "control_stack.hxx"

#include <com/sun/star/awt/PosSize.hpp>
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

int ControlStack::layout(int width, bool apply) const
{
    constexpr int kColumnGap = 4;
    const int inner = std::max(width - 2 * margin_, 1);
    int y = 0;
    for (const auto& row : rows_) {
        y += row.gap_above;
        const int count = static_cast<int>(row.entries.size());
        const int parts = std::max(row.columns, count);
        const int each = std::max((inner - kColumnGap * (parts - 1)) / parts, 1);
        int height = 0;
        for (int i = 0; i < count; ++i) {
            const auto& entry = row.entries[static_cast<std::size_t>(i)];
            const int h = height_of(entry, each);
            height = std::max(height, h);
            if (apply) {
                const Reference<css::awt::XWindow> window(entry.control, UNO_QUERY);
                const int x = margin_ + i * (each + kColumnGap);
                const bool last = i == count - 1 && parts == count;  // takes what is left
                window->setPosSize(x, y, last ? inner - (x - margin_) : each, h,
                                   css::awt::PosSize::POSSIZE);
            }
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
