// Where problems are written: the office's standard error and prevent-toolkit.log in the user
// profile, where a user or support can find why a panel or a command failed. LibreOffice's own
// SAL_WARN logging is compiled out of release builds.
#pragma once

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <exception>
#include <string>

namespace prevent::uno {

// Finds the log file's place once; every component calls it with its context.
void init_log(const css::uno::Reference<css::uno::XComponentContext>& context);

// One line: time, where, what.
void log_problem(const char* where, const std::string& what);

// Runs a call made from an event (a click, a resize, a document change) where nobody could
// catch an exception: a failure is logged, and the office goes on.
template <typename Call>
void log_if_it_fails(const char* where, Call&& call) noexcept
{
    try {
        call();
    } catch (const std::exception& e) {
        log_problem(where, e.what());
    } catch (const css::uno::Exception& e) {
        log_problem(where, rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
    } catch (...) {
        log_problem(where, "unknown error");
    }
}

}  // namespace prevent::uno
