// What every service of the toolkit shares: the UNO helper base over its interfaces and
// XServiceInfo, answered from the two names its registration gives (implementation_name() and
// service_names() of its namespace), and self() for the exceptions it raises.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ustring.hxx>

#include <utility>

namespace prevent::uno {

// The SDK's helper base for one or two interfaces and XServiceInfo (Debian's SDK has no variadic
// cppu::WeakImplHelper).
template <typename... Interfaces>
struct HelperFor;
template <typename A>
struct HelperFor<A> {
    using type = cppu::WeakImplHelper2<A, css::lang::XServiceInfo>;
};
template <typename A, typename B>
struct HelperFor<A, B> {
    using type = cppu::WeakImplHelper3<A, B, css::lang::XServiceInfo>;
};

template <typename... Interfaces>
class ServiceImplementation : public HelperFor<Interfaces...>::type {
public:
    ServiceImplementation(rtl::OUString implementation, css::uno::Sequence<rtl::OUString> services)
        : implementation_(std::move(implementation)), services_(std::move(services))
    {
    }

    rtl::OUString SAL_CALL getImplementationName() override { return implementation_; }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override
    {
        return cppu::supportsService(this, name);
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override
    {
        return services_;
    }

protected:
    css::uno::Reference<css::uno::XInterface> self()
    {
        return static_cast<cppu::OWeakObject*>(this);
    }

private:
    rtl::OUString implementation_;
    css::uno::Sequence<rtl::OUString> services_;
};

}  // namespace prevent::uno
