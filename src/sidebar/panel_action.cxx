#include "panel_action.hxx"

#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/uno/Exception.hpp>

#include <exception>

namespace prevent::sidebar {

rtl::OUString status_of_action(const char* what, const PanelStrings& strings,
                               const std::function<rtl::OUString()>& action)
{
    try {
        return action();
    } catch (const css::uno::Exception& e) {
        uno::log_problem(what, uno::to_utf8(e.Message));
        return strings.text("ActionFailed", {e.Message});
    } catch (const std::exception& e) {
        uno::log_problem(what, e.what());
        return strings.text("ActionFailed", {rtl::OUString::fromUtf8(e.what())});
    }
}

}  // namespace prevent::sidebar
