#include "uno/base/spoken_language.hxx"

#include "core/messages.hxx"
#include "uno/base/interface_language.hxx"

#include <mutex>

namespace prevent::uno {

void speak_the_interface_language(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    static std::once_flag once;
    std::call_once(once, [&] {
        core::set_default_message_language(
            core::message_language_for(interface_language_tag(context)));
    });
}

}  // namespace prevent::uno
