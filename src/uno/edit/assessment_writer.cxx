#include "uno/edit/assessment_writer.hxx"

#include "core/stored_names.hxx"
#include "uno/base/made_document.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/edit/approval_block.hxx"
#include "uno/edit/toolkit_table.hxx"
#include "uno/stored/document_properties.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PlaceholderType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

const char* const kControlTable = "PreventDocumentControl";

class AssessmentWriter {
public:
    explicit AssessmentWriter(const Reference<css::text::XTextDocument>& document)
        : document_(document),
          model_(document, UNO_QUERY_THROW),
          factory_(document, UNO_QUERY_THROW),
          text_(document->getText()),
          cursor_(text_->createTextCursor())
    {
        cursor_->gotoEnd(false);
    }

    void write(const core::NewAssessment& a)
    {
        paragraph("Title");
        if (!a.title_placeholder.empty())
            placeholder(range(), a.title_placeholder);
        text_->insertString(range(), from_utf8(a.title), false);
        paragraph("Text body");
        text_->insertString(range(), from_utf8(a.introduction), false);
        // "Heading" has no outline level: the control table is no section of the assessment.
        paragraph("Heading");
        text_->insertString(range(), from_utf8(a.control_heading), false);
        control_table(a.control);
        for (const auto& section : a.sections) {
            paragraph("Heading 1");
            text_->insertString(range(), from_utf8(section.heading), false);
            for (const auto& prompt : section.prompts) {
                paragraph("Text body");
                placeholder(range(), prompt);
            }
            risk_table(section);
        }
    }

private:
    // A new paragraph of the style at the end (the empty one the cursor stands in, first).
    void paragraph(const char* style)
    {
        if (!empty_)
            text_->insertControlCharacter(range(), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                          false);
        empty_ = false;
        Reference<css::beans::XPropertySet>(cursor_, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(OUString::createFromAscii(style)));
    }

    // A field the user clicks and types over; until then it shows the prompt.
    void placeholder(const Reference<css::text::XTextRange>& at, const std::string& prompt)
    {
        const Reference<css::beans::XPropertySet> field(
            factory_->createInstance("com.sun.star.text.TextField.JumpEdit"), UNO_QUERY_THROW);
        field->setPropertyValue("PlaceHolderType", Any(css::text::PlaceholderType::TEXT));
        field->setPropertyValue("PlaceHolder", Any(from_utf8(prompt)));
        field->setPropertyValue("Hint", Any(from_utf8(prompt)));
        at->getText()->insertTextContent(
            at, Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    }

    void property_field(const Reference<css::text::XTextRange>& at, const std::string& property,
                        bool date)
    {
        const Reference<css::beans::XPropertySet> field(
            factory_->createInstance("com.sun.star.text.textfield.docinfo.Custom"),
            UNO_QUERY_THROW);
        field->setPropertyValue("Name", Any(from_utf8(property)));
        if (date)
            field->setPropertyValue("NumberFormat", Any(long_date_format(document_)));
        at->getText()->insertTextContent(
            at, Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    }

    // A new paragraph for a table to stand in, so that what follows comes after it.
    Reference<css::text::XTextTable> table(sal_Int32 rows, sal_Int32 columns,
                                           const std::string& name, bool header_row = true)
    {
        text_->insertControlCharacter(range(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        auto table = insert_toolkit_table(model_, range(), rows, columns, name, header_row);
        cursor_->gotoEnd(false);
        empty_ = true;  // the paragraph after the table is empty: the next one goes in it
        return table;
    }

    void control_table(const std::vector<core::ControlRow>& rows)
    {
        // Labels down the first column: no header row.
        const auto t = table(static_cast<sal_Int32>(rows.size()), 2, kControlTable, false);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const OUString row = OUString::number(static_cast<sal_Int32>(r + 1));
            const Reference<css::text::XText> label(t->getCellByName("A" + row), UNO_QUERY_THROW);
            label->setString(from_utf8(rows[r].label));
            const Reference<css::text::XTextCursor> words = label->createTextCursor();
            words->gotoEnd(true);
            const Reference<css::beans::XPropertySet> look(words, UNO_QUERY_THROW);
            // Writer makes a new table's first row a centred heading: this one has none.
            look->setPropertyValue("ParaStyleName", Any(OUString("Table Contents")));
            look->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            const Reference<css::text::XText> value(t->getCellByName("B" + row), UNO_QUERY_THROW);
            Reference<css::beans::XPropertySet>(value->createTextCursor(), UNO_QUERY_THROW)
                ->setPropertyValue("ParaStyleName", Any(OUString("Table Contents")));
            const Reference<css::text::XTextRange> end = value->getEnd();
            if (!rows[r].property.empty())
                property_field(end, rows[r].property, rows[r].date);
            else if (!rows[r].placeholder.empty())
                placeholder(end, rows[r].placeholder);
            else
                value->setString(from_utf8(rows[r].text));
        }
    }

    void risk_table(const core::NewSection& section)
    {
        if (section.table.empty())
            return;
        const auto t =
            table(static_cast<sal_Int32>(section.table.size()),
                  static_cast<sal_Int32>(section.table.front().size()), section.table_name);
        fill_table(t, section.table);
    }

    Reference<css::text::XTextRange> range() const
    {
        return Reference<css::text::XTextRange>(cursor_, UNO_QUERY_THROW);
    }

    Reference<css::text::XTextDocument> document_;
    Reference<css::frame::XModel> model_;
    Reference<css::lang::XMultiServiceFactory> factory_;
    Reference<css::text::XText> text_;
    Reference<css::text::XTextCursor> cursor_;
    bool empty_ = true;  // the cursor stands in an empty paragraph to fill
};

}  // namespace

Reference<css::frame::XModel> write_new_assessment(
    const Reference<css::uno::XComponentContext>& context, const core::NewAssessment& assessment)
{
    const auto model = open_hidden(context, "private:factory/swriter");
    const Reference<css::text::XTextDocument> document(model, UNO_QUERY_THROW);
    // Half a document is no use to anyone: it is closed when its making fails.
    making(model, [&] {
        AssessmentWriter(document).write(assessment);
        // The approval block at the end: the view cursor says where it goes.
        const Reference<css::text::XTextViewCursorSupplier> view(model->getCurrentController(),
                                                                 UNO_QUERY_THROW);
        view->getViewCursor()->gotoEnd(false);
        insert_approval_block(document);
        view->getViewCursor()->gotoStart(false);

        const auto properties =
            Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
                ->getDocumentProperties();
        properties->setTitle(from_utf8(assessment.document_title));
        if (!assessment.prevent_lead.empty())
            properties->setAuthor(from_utf8(assessment.prevent_lead));
        write_text_property(model, core::kProfileProperty, assessment.profile);
        if (!assessment.operating_year.empty())
            write_text_property(model, core::kOperatingYearProperty, assessment.operating_year);
        forget_undo(model);  // a new document: nothing to undo
    });
    return model;
}

}  // namespace prevent::uno
