#include "uno/read/document_language.hxx"

#include "core/messages.hxx"
#include "uno/base/locale_tag.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno {

std::string document_language(const Reference<css::frame::XModel>& document)
{
    try {
        const Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY);
        if (!families.is())
            return "";
        const auto all = families->getStyleFamilies();
        // Writer's default paragraph style, or Calc's default cell style.
        for (const auto& [family, style] :
             {std::pair<OUString, OUString>("ParagraphStyles", "Standard"),
              std::pair<OUString, OUString>("CellStyles", "Default")}) {
            if (!all->hasByName(family))
                continue;
            const Reference<css::container::XNameAccess> styles(all->getByName(family), UNO_QUERY);
            if (!styles.is() || !styles->hasByName(style))
                continue;
            const Reference<css::beans::XPropertySet> properties(styles->getByName(style),
                                                                 UNO_QUERY);
            css::lang::Locale locale;
            if (properties.is() && (properties->getPropertyValue("CharLocale") >>= locale) &&
                !locale_tag(locale).empty())
                return locale_tag(locale);
        }
    } catch (const css::uno::Exception&) {
    }
    return "";
}

std::string message_language_of(const Reference<css::frame::XModel>& document)
{
    const std::string tag = document_language(document);
    return tag.empty() ? core::message_language() : core::message_language_for(tag);
}

}  // namespace prevent::uno
