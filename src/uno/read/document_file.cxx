#include "uno/read/document_file.hxx"

#include "core/messages.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/CloseVetoException.hpp>
#include <com/sun/star/util/XCloseable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value)
{
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

}  // namespace

Reference<css::frame::XModel> open_document_at(
    const Reference<css::uno::XComponentContext>& context, const OUString& url)
{
    const auto components = css::frame::Desktop::create(context)->getComponents();
    for (const auto items = components->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::frame::XModel> model(items->nextElement(), UNO_QUERY);
        if (model.is() && !model->getURL().isEmpty() && model->getURL() == url)
            return model;
    }
    return nullptr;
}

void require_file(const Reference<css::uno::XComponentContext>& context, const OUString& url,
                  const Reference<css::uno::XInterface>& source, sal_Int16 argument)
{
    if (url.isEmpty())
        throw css::lang::IllegalArgumentException(from_utf8(core::message("uno.choose-file")),
                                                  source, argument);
    bool exists = false;
    try {
        const auto files = css::ucb::SimpleFileAccess::create(context);
        exists = files->exists(url) && !files->isFolder(url);
    } catch (const css::uno::Exception&) {
        exists = false;  // a URL the office cannot look at is as good as missing
    }
    if (!exists)
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.no-such-file", {to_utf8(shown_path(url))})), source,
            argument);
}

Reference<css::lang::XComponent> load_hidden(const Reference<css::uno::XComponentContext>& context,
                                             const OUString& url,
                                             const Reference<css::uno::XInterface>& source,
                                             sal_Int16 argument)
{
    const css::beans::PropertyValue how_[] = {
        property("Hidden", css::uno::Any(true)),
        property("ReadOnly", css::uno::Any(true)),
        property("AsTemplate", css::uno::Any(false)),  // a template is read as itself
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("Silent", css::uno::Any(true))};
    const css::uno::Sequence<css::beans::PropertyValue> how(how_, SAL_N_ELEMENTS(how_));
    const std::string shown = to_utf8(shown_path(url));
    Reference<css::lang::XComponent> loaded;
    try {
        loaded = css::frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0, how);
    } catch (const css::uno::Exception& e) {
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.file-not-opened-because", {shown, to_utf8(e.Message)})),
            source, argument);
    }
    if (!loaded.is())
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.file-not-opened", {shown})), source, argument);
    return loaded;
}

void close_loaded(const Reference<css::lang::XComponent>& document)
{
    if (!document.is())
        return;
    const Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
    try {
        if (closeable.is()) {
            closeable->close(true);
            return;
        }
    } catch (const css::util::CloseVetoException&) {
        // Someone holds it (a macro listening to every load): close(true) hands it the ownership.
        return;
    }
    document->dispose();
}

DocumentFile::DocumentFile(const Reference<css::uno::XComponentContext>& context,
                           const OUString& url, const Reference<css::uno::XInterface>& source,
                           sal_Int16 argument)
{
    require_file(context, url, source, argument);
    model_ = open_document_at(context, url);
    if (model_.is())
        return;
    loaded_ = load_hidden(context, url, source, argument);
    model_.set(loaded_, UNO_QUERY);
    if (!model_.is()) {
        close_loaded(loaded_);
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.file-not-a-document", {to_utf8(shown_path(url))})), source,
            argument);
    }
}

DocumentFile::~DocumentFile()
{
    try {
        close_loaded(loaded_);
    } catch (const css::uno::Exception&) {  // the office is going: nothing left to close
    }
}

}  // namespace prevent::uno
