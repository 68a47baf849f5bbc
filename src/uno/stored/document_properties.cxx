#include "uno/stored/document_properties.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::uno {

namespace {

Reference<css::beans::XPropertyContainer> user_properties(
    const Reference<css::frame::XModel>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

}  // namespace

std::optional<css::uno::Any> read_property(const Reference<css::frame::XModel>& document,
                                           const std::string& name)
{
    fault_point("properties");
    const Reference<css::beans::XPropertySet> set(user_properties(document), UNO_QUERY_THROW);
    const rtl::OUString key = from_utf8(name);
    if (!set->getPropertySetInfo()->hasPropertyByName(key))
        return std::nullopt;
    return set->getPropertyValue(key);
}

std::optional<std::string> read_text_property(const Reference<css::frame::XModel>& document,
                                              const std::string& name)
{
    const auto value = read_property(document, name);
    rtl::OUString text;
    if (!value || !(*value >>= text))
        return std::nullopt;
    return to_utf8(text);
}

void write_property(const Reference<css::frame::XModel>& document, const std::string& name,
                    const css::uno::Any& value)
{
    fault_point("properties");
    const auto container = user_properties(document);
    const Reference<css::beans::XPropertySet> set(container, UNO_QUERY_THROW);
    const rtl::OUString key = from_utf8(name);
    if (set->getPropertySetInfo()->hasPropertyByName(key)) {
        if (set->getPropertyValue(key).getValueType() == value.getValueType()) {
            set->setPropertyValue(key, value);
            return;
        }
        container->removeProperty(key);  // another type (a .docx round trip can do that)
    }
    container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, value);
}

void write_text_property(const Reference<css::frame::XModel>& document, const std::string& name,
                         const std::string& value)
{
    write_property(document, name, css::uno::Any(from_utf8(value)));
}

void remove_property(const Reference<css::frame::XModel>& document, const std::string& name)
{
    const auto container = user_properties(document);
    const Reference<css::beans::XPropertySet> set(container, UNO_QUERY_THROW);
    if (set->getPropertySetInfo()->hasPropertyByName(from_utf8(name)))
        container->removeProperty(from_utf8(name));
}

std::vector<std::pair<std::string, std::string>> text_properties_with_prefix(
    const Reference<css::frame::XModel>& document, const std::string& prefix)
{
    const Reference<css::beans::XPropertySet> set(user_properties(document), UNO_QUERY_THROW);
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& property : set->getPropertySetInfo()->getProperties()) {
        const std::string name = to_utf8(property.Name);
        rtl::OUString value;
        if (name.rfind(prefix, 0) == 0 && (set->getPropertyValue(property.Name) >>= value))
            out.emplace_back(name, to_utf8(value));
    }
    return out;
}

}  // namespace prevent::uno
