#include "uno/base/document_arguments.hxx"

#include "core/messages.hxx"
#include "uno/base/document_state.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace prevent::uno {

Reference<css::text::XTextDocument> text_document(const Reference<css::frame::XModel>& document,
                                                  const Reference<css::uno::XInterface>& service)
{
    const Reference<css::text::XTextDocument> text(document, UNO_QUERY);
    const Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
    if (!text.is() || !info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.not-a-writer-document")), service, 0);
    return text;
}

Reference<css::text::XTextDocument> editable_text_document(
    const Reference<css::frame::XModel>& document, const Reference<css::uno::XInterface>& service)
{
    const auto text = text_document(document, service);
    if (is_read_only(document))
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.document-read-only")), service, 0);
    return text;
}

}  // namespace prevent::uno
