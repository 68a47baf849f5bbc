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
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed& a, const Placed& b) { return a.rect.Y < b.rect.Y; });
    int bottom = 0;
    for (const auto& p : placed) {
        if (entries_.empty() && p.rect.X > 0)
            margin_ = p.rect.X;
        const int gap = entries_.empty() ? std::max(p.rect.Y, margin_) : std::max(p.rect.Y - bottom, 2);
        entries_.push_back({p.control, std::max(p.rect.Height, 1), gap});
        bottom = p.rect.Y + p.rect.Height;
    }
}

int ControlStack::height_of(const Entry& entry, int width) const
{
    const auto& control = entry.control;
    if (model_is(control, "com.sun.star.awt.UnoControlFixedTextModel") && model_flag(control, "MultiLine")) {
        const Reference<css::awt::XLayoutConstrains> constrains(control, UNO_QUERY);
        if (constrains.is())
            return std::max(constrains->calcAdjustedSize(css::awt::Size(width, entry.designed_height)).Height,
                            constrains->getPreferredSize().Height);
    }
    if (model_is(control, "com.sun.star.awt.UnoControlListBoxModel") && !model_flag(control, "Dropdown")) {
        const Reference<css::awt::XListBox> list(control, UNO_QUERY);
        const Reference<css::awt::XTextLayoutConstrains> lines(control, UNO_QUERY);
        const Reference<css::awt::XLayoutConstrains> constrains(control, UNO_QUERY);
        if (list.is() && lines.is() && constrains.is()) {
            const sal_Int16 rows = std::max<sal_Int16>(list->getItemCount(), kMinimumListRows);
            // A longest item wider than the list brings a horizontal scroll bar, about a row high.
            const bool scrolls = constrains->getPreferredSize().Width > width;
            return lines->getMinimumSize(0, static_cast<sal_Int16>(rows + (scrolls ? 1 : 0))).Height;
        }
    }
    return entry.designed_height;
}

int ControlStack::layout(int width, bool apply) const
{
    const int inner = std::max(width - 2 * margin_, 1);
    int y = 0;
    for (const auto& entry : entries_) {
        y += entry.gap_above;
        const int height = height_of(entry, inner);
        if (apply) {
            const Reference<css::awt::XWindow> window(entry.control, UNO_QUERY);
            window->setPosSize(margin_, y, inner, height, css::awt::PosSize::POSSIZE);
        }
        y += height;
    }
    return y + margin_;
}

}  // namespace prevent::sidebar
