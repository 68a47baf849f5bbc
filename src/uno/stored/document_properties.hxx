// User-defined document properties (File > Properties > Custom Properties), where the toolkit
// keeps what it stores in a document: they travel with .odt, .ods, .docx and .xlsx.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace prevent::uno {

// The property's value when it is set and holds a string.
std::optional<std::string> read_text_property(
    const css::uno::Reference<css::frame::XModel>& document, const std::string& name);

// The property's value, whatever its type, when it is set.
std::optional<css::uno::Any> read_property(const css::uno::Reference<css::frame::XModel>& document,
                                           const std::string& name);

// Sets the property to the value, adding it (removable) when it is missing and replacing a
// value of another type. Marks the document modified.
void write_property(const css::uno::Reference<css::frame::XModel>& document,
                    const std::string& name, const css::uno::Any& value);

// Sets the property to the text, adding it (removable) when it is missing and replacing a
// value of another type. Marks the document modified.
void write_text_property(const css::uno::Reference<css::frame::XModel>& document,
                         const std::string& name, const std::string& value);

// Removes the property if it is there.
void remove_property(const css::uno::Reference<css::frame::XModel>& document,
                     const std::string& name);

// The names and text values of the properties whose names start with the prefix.
std::vector<std::pair<std::string, std::string>> text_properties_with_prefix(
    const css::uno::Reference<css::frame::XModel>& document, const std::string& prefix);

}  // namespace prevent::uno
