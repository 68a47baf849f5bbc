// Documents the toolkit makes or opens for its own work (a new assessment, a board pack, an
// action plan, a year's copy): opened hidden and editable, their making's undo steps forgotten,
// and closed again when the making fails, so that no half-made document is left in the office.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// A new document of a kind ("private:factory/swriter", "private:factory/scalc") or a file,
// hidden and editable.
css::uno::Reference<css::frame::XModel> open_hidden(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url);

// Closes the document whatever it holds; nothing is thrown.
void close_quietly(const css::uno::Reference<css::frame::XModel>& document);

// Forgets the undo steps: the document starts as made.
void forget_undo(const css::uno::Reference<css::frame::XModel>& document);

// Runs make(); when it throws, closes the document and throws on.
template <typename Make>
void making(const css::uno::Reference<css::frame::XModel>& document, Make make)
{
    try {
        make();
    } catch (...) {
        close_quietly(document);
        throw;
    }
}

}  // namespace prevent::uno
