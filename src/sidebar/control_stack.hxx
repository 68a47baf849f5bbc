// Lays the controls of a panel out top to bottom at the panel's width, in their designed order:
// multi-line labels wrap to the width, list boxes show all their rows, other controls keep the
// height they were designed with; controls designed side by side (the same top) share a row in
// equal parts. The same rules for every panel, so panels hold no layout code.
#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <vector>

namespace prevent::sidebar {

class ControlStack {
public:
    explicit ControlStack(const css::uno::Reference<css::awt::XControlContainer>& container);

    // Height needed at this width; places the controls when apply is true.
    int layout(int width, bool apply) const;

private:
    struct Entry {
        css::uno::Reference<css::awt::XControl> control;
        int designed_height;
    };
    struct Row {
        std::vector<Entry> entries;
        int gap_above;
    };
    int height_of(const Entry& entry, int width) const;

    std::vector<Row> rows_;
    int margin_ = 6;
};

}  // namespace prevent::sidebar
