// org.preventtoolkit.DocumentReview: coverage, risks and the approval's status from one walk of
// the document, for the sidebar's snapshot after each pause.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno::document_review_service {

rtl::OUString implementation_name();
css::uno::Sequence<rtl::OUString> service_names();
css::uno::Reference<css::uno::XInterface> create(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno::document_review_service
