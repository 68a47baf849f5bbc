// The argument checks every Writer service makes on the document it is given: a text document,
// and for editing methods one that is not read-only. The refusal is the IllegalArgumentException
// the services' IDL promises, raised on behalf of the service.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

namespace prevent::uno {

css::uno::Reference<css::text::XTextDocument> text_document(
    const css::uno::Reference<css::frame::XModel>& document,
    const css::uno::Reference<css::uno::XInterface>& service);
css::uno::Reference<css::text::XTextDocument> editable_text_document(
    const css::uno::Reference<css::frame::XModel>& document,
    const css::uno::Reference<css::uno::XInterface>& service);

}  // namespace prevent::uno
