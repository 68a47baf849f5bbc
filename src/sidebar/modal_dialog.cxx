#include "modal_dialog.hxx"

#include "control_access.hxx"
#include "extension_files.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XDialog2.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::sidebar {

ModalDialog::ModalDialog(const Reference<css::uno::XComponentContext>& context, const char* name)
{
    dialog_ = css::awt::DialogProvider2::create(context)->createDialog(dialog_url(context, name));
    controls_.set(dialog_, UNO_QUERY_THROW);
}

Reference<css::awt::XControl> ModalDialog::control(const char* name) const
{
    return controls_->getControl(OUString::createFromAscii(name));
}

OUString ModalDialog::text_of(const char* name) const
{
    return Reference<css::awt::XTextComponent>(control(name), UNO_QUERY_THROW)->getText();
}

void ModalDialog::set_text(const char* name, const OUString& text)
{
    Reference<css::awt::XTextComponent>(control(name), UNO_QUERY_THROW)->setText(text);
}

css::util::Date ModalDialog::date_of(const char* name) const
{
    css::util::Date d;
    model_of(control(name))->getPropertyValue("Date") >>= d;
    return d;
}

void ModalDialog::set_date(const char* name, const css::util::Date& date)
{
    model_of(control(name))->setPropertyValue("Date", Any(date));
}

ModalDialog::~ModalDialog()
{
    try {
        dispose_with_model(dialog_);
    } catch (const css::uno::Exception&) {  // the office is closing: nothing left to free
    }
}

void ModalDialog::execute() { dialog_->execute(); }

void ModalDialog::end() { Reference<css::awt::XDialog2>(dialog_, UNO_QUERY_THROW)->endDialog(1); }

}  // namespace prevent::sidebar
