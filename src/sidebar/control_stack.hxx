// Lays the controls of a panel out top to bottom at the panel's width, in their designed order:
// multi-line labels wrap to the width, list boxes show all their rows, other controls keep the
// height they were designed with; controls designed side by side (the same top) share a row in
// equal parts, or in proportion to their words when a part is too narrow for them (a longer
// language, a wider font), or one to a row when even that does not fit. The same rules for every
// panel, so panels hold no layout code.
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

    // Rows made while the panel runs (a finding and its buttons), laid out right after the row
    // of the anchor (a control of the dialog) in place of the ones given before. A row of
    // `columns` parts puts its controls in the first parts: one button in two parts takes half
    // the width, as it would beside another.
    struct FlowRow {
        std::vector<css::uno::Reference<css::awt::XControl>> controls;
        int columns = 1;
        int gap_above = 2;
    };
    void set_flow(const css::uno::Reference<css::awt::XControl>& anchor, std::vector<FlowRow> rows);

private:
    struct Entry {
        css::uno::Reference<css::awt::XControl> control;
        int designed_height;
    };
    struct Row {
        std::vector<Entry> entries;
        int gap_above;
        int columns = 0;                                  // 0: as many as entries
        css::uno::Reference<css::awt::XControl> flow_of;  // set on the rows of a flow: its anchor
    };
    int height_of(const Entry& entry, int width) const;
    // The widths of a row's controls side by side; empty when they must stand one to a row.
    std::vector<int> widths_of(const Row& row, int inner) const;

    static constexpr int kColumnGap = 4;
    static constexpr int kStackedGap = 2;

    std::vector<Row> rows_;
    int margin_ = 6;
};

}  // namespace prevent::sidebar
