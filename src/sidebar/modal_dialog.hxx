// A modal dialog of the extension (dialogs/<name>.xdl, its strings beside it), its controls by
// name: what the Record approval and Prepare board pack dialogs share.
#pragma once

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/Date.hpp>
#include <rtl/ustring.hxx>

namespace prevent::sidebar {

class ModalDialog {
public:
    ModalDialog(const css::uno::Reference<css::uno::XComponentContext>& context, const char* name);
    ~ModalDialog();  // lets the dialog and its model go
    ModalDialog(const ModalDialog&) = delete;
    ModalDialog& operator=(const ModalDialog&) = delete;

    css::uno::Reference<css::awt::XControl> control(const char* name) const;
    rtl::OUString text_of(const char* name) const;  // a field's text
    void set_text(const char* name, const rtl::OUString& text);
    css::util::Date date_of(const char* name) const;  // a date field's date
    void set_date(const char* name, const css::util::Date& date);

    // Shows the dialog until it ends (end(), Cancel, or closed). Its controls stay until this
    // goes, so that listeners can be taken off them first.
    void execute();
    void end();

private:
    css::uno::Reference<css::awt::XDialog> dialog_;
    css::uno::Reference<css::awt::XControlContainer> controls_;
};

}  // namespace prevent::sidebar
