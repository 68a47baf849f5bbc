// A document file read as it is: the office's own document when the file is open in it (unsaved
// edits included), else the file loaded hidden and read-only, macros off, and closed again when
// the reading is done. For the assessment a plan is checked against, and the plan a board pack
// takes, chosen as files.
#pragma once

#include "uno/base/shown_path.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// The office's own document for the URL, when it has it open; else null.
css::uno::Reference<css::frame::XModel> open_document_at(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url);

// IllegalArgumentException (with `source` and `argument`) saying why, when the URL is empty or
// no file is there.
void require_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const rtl::OUString& url, const css::uno::Reference<css::uno::XInterface>& source,
                  sal_Int16 argument);

// Loads the file hidden, read-only, macros off, links not updated; IllegalArgumentException
// ("… could not be opened (is it damaged, or protected by a password?)") when it cannot.
css::uno::Reference<css::lang::XComponent> load_hidden(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
    const css::uno::Reference<css::uno::XInterface>& source, sal_Int16 argument);

// Closes a document this code loaded; one someone else holds is left to them.
void close_loaded(const css::uno::Reference<css::lang::XComponent>& document);

// The document of a file for as long as this lives: the open one, or the file loaded hidden
// (closed at the end). Throws as require_file and load_hidden do.
class DocumentFile {
public:
    DocumentFile(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const rtl::OUString& url, const css::uno::Reference<css::uno::XInterface>& source,
                 sal_Int16 argument);
    ~DocumentFile();
    DocumentFile(const DocumentFile&) = delete;
    DocumentFile& operator=(const DocumentFile&) = delete;

    const css::uno::Reference<css::frame::XModel>& model() const { return model_; }

private:
    css::uno::Reference<css::frame::XModel> model_;
    css::uno::Reference<css::lang::XComponent> loaded_;  // null when the file was open already
};

}  // namespace prevent::uno
