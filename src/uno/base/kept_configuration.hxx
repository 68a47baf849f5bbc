// A value read from a node of the configuration and kept between calls until the configuration
// says something under that node changed (an administrator's layer, an extension installed or
// removed, a change through the API or an options page); the next call then reads it again.
// For the catalogue (a few hundred values, about 3 ms) and the provider's options, which every
// check and every pause of the sidebar needs.
#pragma once

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XChangesListener.hpp>
#include <com/sun/star/util/XChangesNotifier.hpp>
#include <cppuhelper/implbase1.hxx>

#include <cstdint>
#include <mutex>
#include <optional>

namespace prevent::uno {

template <typename T>
class KeptConfiguration : public cppu::WeakImplHelper1<css::util::XChangesListener> {
public:
    using Reader = T (*)(const css::uno::Reference<css::uno::XComponentContext>&);

    KeptConfiguration(const char* node_path, Reader read) : node_path_(node_path), read_(read) {}

    // Never destroyed: a UNO reference released after the office has gone would crash at exit.
    static KeptConfiguration* make(const char* node_path, Reader read)
    {
        auto* kept = new KeptConfiguration(node_path, read);
        kept->acquire();
        return kept;
    }

    // What read gives, or what it gave before when nothing changed since. What read throws
    // goes on, and nothing is kept then.
    T get(const css::uno::Reference<css::uno::XComponentContext>& context)
    {
        const std::uint64_t changes = listen(context);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (kept_ && kept_at_ == changes_)
                return *kept_;
        }
        T value = read_(context);
        std::lock_guard<std::mutex> lock(mutex_);
        kept_ = value;
        kept_at_ = changes;  // a change heard while reading leaves it behind: read again
        return value;
    }

    void SAL_CALL changesOccurred(const css::util::ChangesEvent&) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ++changes_;
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ++changes_;
        notifier_.clear();  // the configuration is going away (the office closes)
    }

private:
    // The count of changes heard so far, after making sure there is someone to hear them.
    std::uint64_t listen(const css::uno::Reference<css::uno::XComponentContext>& context)
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (notifier_.is())
                return changes_;
        }
        // Outside the mutex: the configuration may call changesOccurred while we ask it.
        css::uno::Sequence<css::uno::Any> args(1);
        args[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString::createFromAscii(node_path_)));
        const css::uno::Reference<css::util::XChangesNotifier> notifier(
            css::configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess", args),
            css::uno::UNO_QUERY_THROW);
        notifier->addChangesListener(this);
        std::lock_guard<std::mutex> lock(mutex_);
        if (notifier_.is()) {  // another thread came first: one listener is enough
            notifier->removeChangesListener(this);
            css::uno::Reference<css::lang::XComponent>(notifier, css::uno::UNO_QUERY_THROW)
                ->dispose();
            return changes_;
        }
        notifier_ = notifier;
        ++changes_;  // what was kept before this listener was heard from nobody
        return changes_;
    }

    const char* const node_path_;
    const Reader read_;
    std::mutex mutex_;
    css::uno::Reference<css::util::XChangesNotifier> notifier_;
    std::uint64_t changes_ = 0;
    std::uint64_t kept_at_ = 0;
    std::optional<T> kept_;
};

}  // namespace prevent::uno
