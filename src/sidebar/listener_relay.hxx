// A UNO property-change listener that calls a C++ function, so that panel content (plain C++)
// can follow its controls. cut() stops the calls before the content goes away.
#pragma once

#include <com/sun/star/beans/XPropertyChangeListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <functional>

namespace prevent::sidebar {

class PropertyChangeRelay : public cppu::WeakImplHelper1<css::beans::XPropertyChangeListener> {
public:
    explicit PropertyChangeRelay(std::function<void()> call) : call_(std::move(call)) {}
    void cut() { call_ = nullptr; }

    void SAL_CALL propertyChange(const css::beans::PropertyChangeEvent&) override
    {
        if (call_)
            call_();
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override { cut(); }

private:
    std::function<void()> call_;
};

}  // namespace prevent::sidebar
