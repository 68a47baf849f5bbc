#include "uno/base/interface_language.hxx"

#include "uno/base/configuration_node.hxx"
#include "uno/base/uno_text.hxx"

#include <cstdlib>
#include <mutex>

using css::uno::Reference;
using rtl::OUString;

namespace prevent::uno {

namespace {

std::string read_tag(const Reference<css::uno::XComponentContext>& context)
{
    try {
        OUString configured;
        ConfigurationNode(context, "/org.openoffice.Setup/L10N").values()->getByName("ooLocale") >>=
            configured;
        if (!configured.isEmpty())
            return to_utf8(configured);
    } catch (const css::uno::Exception&) {
    }
    // "The system's": POSIX's order, as LibreOffice reads it ("cy_GB.UTF-8" -> "cy-GB").
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (const char* value = std::getenv(name); value && *value) {
            std::string tag(value);
            tag = tag.substr(0, tag.find_first_of(".@"));
            for (char& c : tag)
                c = c == '_' ? '-' : c;
            if (tag != "C" && tag != "POSIX")
                return tag;
            break;
        }
    }
    return "en-US";
}

}  // namespace

std::string interface_language_tag(const Reference<css::uno::XComponentContext>& context)
{
    static std::once_flag once;
    static std::string tag;
    std::call_once(once, [&] { tag = read_tag(context); });
    return tag;
}

css::lang::Locale interface_locale(const Reference<css::uno::XComponentContext>& context)
{
    const OUString tag = from_utf8(interface_language_tag(context));
    const sal_Int32 dash = tag.indexOf('-');
    return dash < 0 ? css::lang::Locale(tag, OUString(), OUString())
                    : css::lang::Locale(tag.copy(0, dash), tag.copy(dash + 1), OUString());
}

}  // namespace prevent::uno
