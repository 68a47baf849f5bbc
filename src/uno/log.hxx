// Where problems are written: the office's standard error and prevent-toolkit.log in the user
// profile, where a user or support can find why a panel or a command failed. LibreOffice's own
// SAL_WARN logging is compiled out of release builds.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace prevent::uno {

// Finds the log file's place once; every component calls it with its context.
void init_log(const css::uno::Reference<css::uno::XComponentContext>& context);

// One line: time, where, what.
void log_problem(const char* where, const std::string& what);

}  // namespace prevent::uno
