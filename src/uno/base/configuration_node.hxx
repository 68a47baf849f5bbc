// One node of LibreOffice's configuration ("/org.preventtoolkit.Options/Provider"), to read or to
// update, let go when this goes: an access holds a registration in the configuration until it is
// disposed, on every path out.
#pragma once

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace prevent::uno {

class ConfigurationNode {
public:
    // Throws css::uno::Exception when the node is not there. locale: the language of localised
    // values ("*": every language, each localised property then a node of its languages);
    // nullptr: the office's interface language.
    ConfigurationNode(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const char* path, bool for_update = false, const char* locale = nullptr);
    ~ConfigurationNode();
    ConfigurationNode(const ConfigurationNode&) = delete;
    ConfigurationNode& operator=(const ConfigurationNode&) = delete;

    const css::uno::Reference<css::container::XNameAccess>& values() const { return node_; }
    // For update: sets one value; commit() writes them all to the user's layer.
    void set(const char* name, const css::uno::Any& value);
    void commit();

private:
    css::uno::Reference<css::container::XNameAccess> node_;
};

}  // namespace prevent::uno
