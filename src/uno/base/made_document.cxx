#include "uno/base/made_document.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/util/XCloseable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

Reference<css::frame::XModel> open_hidden(const Reference<css::uno::XComponentContext>& context,
                                          const OUString& url)
{
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    const Reference<css::frame::XComponentLoader> loader(css::frame::Desktop::create(context),
                                                         UNO_QUERY_THROW);
    return Reference<css::frame::XModel>(loader->loadComponentFromURL(url, "_blank", 0, args),
                                         UNO_QUERY_THROW);
}

void close_quietly(const Reference<css::frame::XModel>& document)
{
    try {
        const Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (...) {
    }
}

void forget_undo(const Reference<css::frame::XModel>& document)
{
    Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)
        ->getUndoManager()
        ->reset();
}

}  // namespace prevent::uno
