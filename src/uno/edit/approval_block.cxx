#include "uno/edit/approval_block.hxx"

#include "uno/stored/approval_properties.hxx"
#include "uno/read/canonical_reader.hxx"
#include "core/approval_block_text.hxx"
#include "core/document_strings.hxx"
#include "core/stored_names.hxx"
#include "uno/edit/undo_step.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XRefreshable.hpp>
#include <com/sun/star/lang/Locale.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

// A long date, "10 October 2026", in the document's number formats.
sal_Int32 long_date_format(const Reference<css::text::XTextDocument>& document)
{
    const Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY_THROW);
    const auto formats = supplier->getNumberFormats();
    const css::lang::Locale uk("en", "GB", "");
    const OUString code("D MMMM YYYY");
    sal_Int32 key = formats->queryKey(code, uk, false);
    if (key < 0)
        key = formats->addNew(code, uk);
    return key;
}

bool has_approval_block(const Reference<css::text::XTextDocument>& document)
{
    fault_point("approval-block");
    const Reference<css::text::XTextSectionsSupplier> sections(document, UNO_QUERY);
    if (sections.is() && sections->getTextSections()->hasByName(
                             OUString::createFromAscii(core::kApprovalBlockSection)))
        return true;
    // A block that came back from Word has lost its section but kept its fields.
    const Reference<css::text::XTextFieldsSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return false;
    const OUString prefix = OUString::createFromAscii(core::kCurrentApprovalPrefix);
    for (const auto fields = supplier->getTextFields()->createEnumeration();
         fields->hasMoreElements();) {
        const Reference<css::lang::XServiceInfo> field(fields->nextElement(), UNO_QUERY);
        if (!field.is() || !field->supportsService("com.sun.star.text.textfield.docinfo.Custom"))
            continue;
        OUString name;
        Reference<css::beans::XPropertySet>(field, UNO_QUERY_THROW)->getPropertyValue("Name") >>=
            name;
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

void insert_approval_block(const Reference<css::text::XTextDocument>& document)
{
    fault_point("approval-block");
    const Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    const Reference<css::text::XTextViewCursorSupplier> view(model->getCurrentController(),
                                                             UNO_QUERY);
    const Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    UndoStep undo(model, core::document_words("undo-insert-approval-block"));
    const sal_Int32 date_format = long_date_format(document);

    // After the paragraph of the view cursor (the end of the document without a view), in the
    // body text: a block inside a table cell or a frame would be easy to lose.
    const auto text = document->getText();
    Reference<css::text::XTextCursor> at = text->createTextCursor();
    at->gotoEnd(false);
    if (view.is()) {
        try {
            const Reference<css::text::XTextCursor> place =
                text->createTextCursorByRange(view->getViewCursor()->getEnd());
            Reference<css::text::XParagraphCursor>(place, UNO_QUERY_THROW)
                ->gotoEndOfParagraph(false);
            at = place;
        } catch (const css::uno::RuntimeException&) {  // the cursor is not in the body text
        }
    }
    const Reference<css::text::XTextRange> at_range(at, UNO_QUERY_THROW);
    text->insertControlCharacter(at_range, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    const Reference<css::text::XTextContent> section(
        factory->createInstance("com.sun.star.text.TextSection"), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(section, UNO_QUERY_THROW)
        ->setName(OUString::createFromAscii(core::kApprovalBlockSection));
    text->insertTextContent(at_range, section, false);

    const Reference<css::text::XTextCursor> inside =
        text->createTextCursorByRange(section->getAnchor()->getStart());
    const Reference<css::text::XTextRange> in(inside, UNO_QUERY_THROW);
    text->insertString(in, from_utf8(core::document_words("approval-block-title")), false);
    for (const auto& line : core::approval_block_lines()) {
        text->insertControlCharacter(in, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        for (const std::string& field : line) {
            if (field != line.front())
                text->insertString(in, "    ", false);
            text->insertString(in, from_utf8(core::document_words("approval-block-" + field)),
                               false);
            const Reference<css::beans::XPropertySet> shown(
                factory->createInstance("com.sun.star.text.textfield.docinfo.Custom"),
                UNO_QUERY_THROW);
            shown->setPropertyValue("Name", Any(from_utf8(core::kCurrentApprovalPrefix + field)));
            if (field == "ApprovalDate" || field == "NextReviewDue")
                shown->setPropertyValue("NumberFormat", Any(date_format));
            text->insertTextContent(in, Reference<css::text::XTextContent>(shown, UNO_QUERY_THROW),
                                    false);
        }
    }
    // The block's paragraphs began as a copy of the one it follows (a title, a heading): make
    // them body text, so the block never reads as a heading of the outline.
    const Reference<css::beans::XPropertySet> block(
        text->createTextCursorByRange(section->getAnchor()), UNO_QUERY_THROW);
    block->setPropertyValue("ParaStyleName", Any(OUString("Text body")));
    block->setPropertyValue("OutlineLevel", Any(sal_Int16(0)));
    refresh_approval_fields(model);
}

void refresh_approval_fields(const Reference<css::frame::XModel>& document)
{
    fault_point("approval-block");
    const Reference<css::text::XTextFieldsSupplier> supplier(document, UNO_QUERY);
    if (supplier.is())
        Reference<css::util::XRefreshable>(supplier->getTextFields(), UNO_QUERY_THROW)->refresh();
}

}  // namespace prevent::uno
