// A UNO listener that calls a C++ function, so that panel content (plain C++) can follow its
// controls (property changes, button presses) and its document (modifications, the selection).
// cut() stops the calls before the content goes away. A call that fails is logged here, at the
// boundary: nothing a listener does may throw back into LibreOffice.
#pragma once

#include "uno/base/log.hxx"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/beans/XPropertyChangeListener.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase4.hxx>

#include <functional>

namespace prevent::sidebar {

class ListenerRelay
    : public cppu::WeakImplHelper4<css::beans::XPropertyChangeListener, css::util::XModifyListener,
                                   css::awt::XActionListener, css::view::XSelectionChangeListener> {
public:
    explicit ListenerRelay(std::function<void()> call) : call_(std::move(call)) {}
    void cut() { call_ = nullptr; }

    void SAL_CALL propertyChange(const css::beans::PropertyChangeEvent&) override { forward(); }
    void SAL_CALL modified(const css::lang::EventObject&) override { forward(); }
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { forward(); }
    void SAL_CALL selectionChanged(const css::lang::EventObject&) override { forward(); }
    void SAL_CALL disposing(const css::lang::EventObject&) override { cut(); }

private:
    void forward()
    {
        if (call_)
            uno::log_if_it_fails("panel listener", [&] { call_(); });
    }

    std::function<void()> call_;
};

}  // namespace prevent::sidebar
