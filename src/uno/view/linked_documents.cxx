#include "uno/view/linked_documents.hxx"

#include "uno/read/document_file.hxx"
#include "uno/stored/document_links.hxx"

#include <com/sun/star/ucb/SimpleFileAccess.hpp>

using css::uno::Reference;
using rtl::OUString;

namespace prevent::uno {

namespace {

LinkedDocument at(const Reference<css::uno::XComponentContext>& context, const OUString& url)
{
    LinkedDocument out;
    if (url.isEmpty())
        return out;
    out.document = open_document_at(context, url);
    if (!out.document.is() && css::ucb::SimpleFileAccess::create(context)->exists(url))
        out.file = url;
    return out;
}

}  // namespace

LinkedDocument linked_plan(const Reference<css::uno::XComponentContext>& context,
                           const Reference<css::frame::XModel>& assessment)
{
    return at(context, linked_plan_url(assessment));
}

LinkedDocument linked_assessment(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::frame::XModel>& plan)
{
    return at(context, linked_assessment_url(plan));
}

}  // namespace prevent::uno
