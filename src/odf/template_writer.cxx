#include "template_writer.hxx"

#include "core/messages.hxx"

#include "core/approval_block_text.hxx"
#include "core/document_strings.hxx"
#include "core/stored_names.hxx"

#include <libxml/xmlwriter.h>

#include <memory>
#include <stdexcept>

namespace prevent::odf {

namespace {

const char* const kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

// libxml2's writer into a memory buffer, its calls checked once each.
class Writer {
public:
    Writer() : buffer_(xmlBufferCreate(), xmlBufferFree)
    {
        writer_ = xmlNewTextWriterMemory(buffer_.get(), 0);
        if (!writer_)
            throw std::runtime_error("cannot write XML");
        check(xmlTextWriterStartDocument(writer_, nullptr, "UTF-8", nullptr));
    }
    ~Writer()
    {
        if (writer_)
            xmlFreeTextWriter(writer_);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    Writer& start(const char* name)
    {
        check(xmlTextWriterStartElement(writer_, x(name)));
        return *this;
    }
    Writer& attribute(const char* name, const std::string& value)
    {
        check(xmlTextWriterWriteAttribute(writer_, x(name), x(value.c_str())));
        return *this;
    }
    Writer& text(const std::string& value)
    {
        check(xmlTextWriterWriteString(writer_, x(value.c_str())));
        return *this;
    }
    Writer& end()
    {
        check(xmlTextWriterEndElement(writer_));
        return *this;
    }
    std::string finish()
    {
        check(xmlTextWriterEndDocument(writer_));
        xmlFreeTextWriter(writer_);
        writer_ = nullptr;
        return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                           static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
    }

private:
    static const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
    static void check(int result)
    {
        if (result < 0)
            throw std::runtime_error("cannot write XML");
    }

    std::unique_ptr<xmlBuffer, void (*)(xmlBufferPtr)> buffer_;
    xmlTextWriterPtr writer_ = nullptr;
};

void namespaces(Writer& w)
{
    w.attribute("xmlns:office", kOffice)
        .attribute("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
        .attribute("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
        .attribute("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
        .attribute("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
        .attribute("xmlns:number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0")
        .attribute("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
        .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        .attribute("office:version", "1.3");
}

// A prompt to type over: Writer shows it in angle brackets and takes them off when it reads it.
void placeholder(Writer& w, const std::string& prompt)
{
    w.start("text:placeholder")
        .attribute("text:placeholder-type", "text")
        .attribute("text:description", prompt)
        .text("<" + prompt + ">")
        .end();
}

void property_field(Writer& w, const std::string& property, bool date)
{
    w.start("text:user-defined").attribute("text:name", property);
    if (date)
        w.attribute("style:data-style-name", "LongDate");
    w.end();
}

void paragraph(Writer& w, const char* style, const std::string& text)
{
    w.start("text:p").attribute("text:style-name", style).text(text).end();
}

// A table: columns, then rows; header=true puts the first row in the repeated header rows.
void table_start(Writer& w, const std::string& name, std::size_t columns)
{
    w.start("table:table").attribute("table:name", name);
    w.start("table:table-column")
        .attribute("table:number-columns-repeated", std::to_string(columns))
        .end();
}

void automatic_styles(Writer& w)
{
    w.start("office:automatic-styles");
    // Bold words: the labels of the control table and the risk tables' column titles.
    w.start("style:style").attribute("style:name", "Bold").attribute("style:family", "text");
    w.start("style:text-properties").attribute("fo:font-weight", "bold").end();
    w.end();
    // A long date, "10 October 2026", for the approval's dates.
    w.start("number:date-style").attribute("style:name", "LongDate");
    w.start("number:day").end();
    w.start("number:text").text(" ").end();
    w.start("number:month")
        .attribute("number:textual", "true")
        .attribute("number:style", "long")
        .end();
    w.start("number:text").text(" ").end();
    w.start("number:year").attribute("number:style", "long").end();
    w.end();
    w.end();
}

void control_table(Writer& w, const std::vector<core::ControlRow>& rows)
{
    table_start(w, "PreventDocumentControl", 2);
    for (const auto& r : rows) {
        w.start("table:table-row");
        w.start("table:table-cell").attribute("office:value-type", "string");
        w.start("text:p").attribute("text:style-name", "Table_20_Contents");
        w.start("text:span").attribute("text:style-name", "Bold").text(r.label).end();
        w.end().end();
        w.start("table:table-cell").attribute("office:value-type", "string");
        w.start("text:p").attribute("text:style-name", "Table_20_Contents");
        if (!r.property.empty())
            property_field(w, r.property, r.date);
        else if (!r.placeholder.empty())
            placeholder(w, r.placeholder);
        else
            w.text(r.text);
        w.end().end();
        w.end();
    }
    w.end();
}

void risk_table(Writer& w, const core::NewSection& s)
{
    if (s.table.empty())
        return;
    table_start(w, s.table_name, s.table.front().size());
    for (std::size_t r = 0; r < s.table.size(); ++r) {
        if (r == 0)
            w.start("table:table-header-rows");
        w.start("table:table-row");
        for (const auto& cell : s.table[r]) {
            w.start("table:table-cell").attribute("office:value-type", "string");
            w.start("text:p").attribute("text:style-name",
                                        r == 0 ? "Table_20_Heading" : "Table_20_Contents");
            w.text(cell).end().end();
        }
        w.end();
        if (r == 0)
            w.end();
    }
    w.end();
}

// The approval block, as uno/edit/approval_block writes it: a section whose lines are labels
// and fields of the current approval.
void approval_block(Writer& w)
{
    w.start("text:section").attribute("text:name", core::kApprovalBlockSection);
    paragraph(w, "Text_20_body", core::document_words("approval-block-title"));
    for (const auto& line : core::approval_block_lines()) {
        w.start("text:p").attribute("text:style-name", "Text_20_body");
        for (const std::string& field : line) {
            if (field != line.front())
                w.text("    ");
            w.text(core::document_words("approval-block-" + field));
            property_field(w, core::kCurrentApprovalPrefix + field,
                           field == "ApprovalDate" || field == "NextReviewDue");
        }
        w.end();
    }
    w.end();
}

}  // namespace

std::string template_content_xml(const core::NewAssessment& a)
{
    Writer w;
    w.start("office:document-content");
    namespaces(w);
    automatic_styles(w);
    w.start("office:body").start("office:text");
    w.start("text:p").attribute("text:style-name", "Title");
    if (!a.title_placeholder.empty())
        placeholder(w, a.title_placeholder);
    w.text(a.title).end();
    paragraph(w, "Text_20_body", a.introduction);
    // "Heading" has no outline level: the control table is no section of the assessment.
    paragraph(w, "Heading", a.control_heading);
    control_table(w, a.control);
    for (const auto& s : a.sections) {
        w.start("text:h")
            .attribute("text:style-name", "Heading_20_1")
            .attribute("text:outline-level", "1")
            .text(s.heading)
            .end();
        for (const auto& prompt : s.prompts) {
            w.start("text:p").attribute("text:style-name", "Text_20_body");
            placeholder(w, prompt);
            w.end();
        }
        risk_table(w, s);
    }
    approval_block(w);
    w.end().end();  // office:text, office:body
    w.end();
    return w.finish();
}

std::string template_meta_xml(const core::NewAssessment& a)
{
    Writer w;
    w.start("office:document-meta");
    namespaces(w);
    w.start("office:meta");
    w.start("dc:title").text(a.document_title).end();
    w.start("dc:language").text(core::message_language()).end();  // the words' language
    w.start("meta:user-defined")
        .attribute("meta:name", core::kProfileProperty)
        .attribute("meta:value-type", "string")
        .text(a.profile)
        .end();
    w.end().end();
    return w.finish();
}

std::string template_manifest_xml()
{
    Writer w;
    w.start("manifest:manifest")
        .attribute("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")
        .attribute("manifest:version", "1.3");
    const auto entry = [&](const char* path, const char* type) {
        w.start("manifest:file-entry")
            .attribute("manifest:full-path", path)
            .attribute("manifest:media-type", type);
        if (std::string(path) == "/")
            w.attribute("manifest:version", "1.3");
        w.end();
    };
    entry("/", "application/vnd.oasis.opendocument.text-template");
    entry("content.xml", "text/xml");
    entry("styles.xml", "text/xml");
    entry("meta.xml", "text/xml");
    w.end();
    return w.finish();
}

}  // namespace prevent::odf
