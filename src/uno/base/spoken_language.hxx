// The language the toolkit's messages are in inside the office: the interface language
// (uno/base/interface_language), made the process's default for src/core's messages.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace prevent::uno {

// Messages of src/core are in the interface language from now on. Every component's creation
// calls it (component_registration.cxx); the first call reads the language.
void speak_the_interface_language(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno
