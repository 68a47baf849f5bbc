// Every method LibreOffice or a macro calls runs inside at_uno_boundary: a C++ exception that
// escaped into the office would take it down with every open document. UNO runtime exceptions
// (IllegalArgumentException among them) pass unchanged; anything else is logged and becomes a
// RuntimeException.
#pragma once

#include "core/messages.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include <exception>
#include <string>

namespace prevent::uno {

template <typename Call>
auto at_uno_boundary(const char* where, const css::uno::Reference<css::uno::XInterface>& source,
                     Call&& call) -> decltype(call())
{
    try {
        return call();
    } catch (const css::uno::RuntimeException&) {
        throw;  // IllegalArgumentException, the declared refusal, is one of these
    } catch (const css::uno::Exception& e) {
        log_problem(where, to_utf8(e.Message));
        throw css::uno::RuntimeException(e.Message, source);
    } catch (const std::exception& e) {
        log_problem(where, e.what());
        throw css::uno::RuntimeException(from_utf8(e.what()), source);
    } catch (...) {
        log_problem(where, "unknown error");
        throw css::uno::RuntimeException(from_utf8(core::message("uno.unexpected-error", {where})),
                                         source);
    }
}

}  // namespace prevent::uno
