// A call run on the main thread once the event being handled is over (css::awt::AsyncCallback):
// for what must not happen inside a control's own event, such as remaking the control or moving
// the focus while the toolkit is giving it. cut() stops a call still waiting, when its owner goes.
#pragma once

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <functional>

namespace prevent::sidebar {

class PostedCall : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit PostedCall(std::function<void()> call) : call_(std::move(call)) {}
    void cut() { call_ = nullptr; }
    void SAL_CALL notify(const css::uno::Any&) override
    {
        auto call = std::move(call_);  // the call may cut this very object
        call_ = nullptr;
        if (call)
            call();
    }

    static rtl::Reference<PostedCall> post(
        const css::uno::Reference<css::uno::XComponentContext>& context, std::function<void()> call)
    {
        rtl::Reference<PostedCall> posted(new PostedCall(std::move(call)));
        css::awt::AsyncCallback::create(context)->addCallback(posted.get(), css::uno::Any());
        return posted;
    }

private:
    std::function<void()> call_;
};

}  // namespace prevent::sidebar
