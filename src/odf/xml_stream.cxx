#include "xml_stream.hxx"

#include "core/messages.hxx"

#include <libxml/xmlreader.h>

namespace prevent::odf {

namespace {

xmlTextReaderPtr as_reader(void* p) { return static_cast<xmlTextReaderPtr>(p); }

std::string_view view(const xmlChar* s)
{
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// Errors are collected, not printed: the reader's caller says what went wrong, once.
void keep_first_error(void* arg, const char* msg, xmlParserSeverities severity,
                      xmlTextReaderLocatorPtr locator)
{
    auto* first = static_cast<std::string*>(arg);
    if (severity != XML_PARSER_SEVERITY_ERROR && severity != XML_PARSER_SEVERITY_VALIDITY_ERROR)
        return;
    if (first->empty() && msg) {
        *first = msg;
        while (!first->empty() && (first->back() == '\n' || first->back() == ' '))
            first->pop_back();
        if (locator && xmlTextReaderLocatorLineNumber(locator) > 0)
            *first =
                core::message("odf.xml-error-line",
                              {*first, std::to_string(xmlTextReaderLocatorLineNumber(locator))});
    }
}

// Whether the prolog (before the first element) declares a document type: checked before
// parsing, so that a DTD's entities are never even declared.
bool declares_doctype(std::string_view xml)
{
    std::size_t at = 0;
    for (;;) {
        while (at < xml.size() &&
               (xml[at] == ' ' || xml[at] == '\t' || xml[at] == '\r' || xml[at] == '\n'))
            ++at;
        const auto rest = xml.substr(at);
        if (rest.rfind("<?", 0) == 0 || rest.rfind("<!--", 0) == 0) {
            const auto end = xml.find(rest[1] == '?' ? "?>" : "-->", at);
            if (end == std::string_view::npos)
                return false;  // not well-formed: the parser says so
            at = end + 2;
            continue;
        }
        if (rest.rfind("\xEF\xBB\xBF", 0) == 0) {  // a byte order mark
            at += 3;
            continue;
        }
        return rest.rfind("<!DOCTYPE", 0) == 0;
    }
}

}  // namespace

XmlStream::XmlStream(std::string_view xml, std::string part) : part_(std::move(part))
{
    // No NOENT (entities stay unexpanded), no DTDLOAD, no network; libxml2's own depth limit
    // (256) stands, as XML_PARSE_HUGE is not given.
    const int options =
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    if (declares_doctype(xml))
        throw XmlError(core::message("odf.xml-doctype", {part_}));
    reader_ = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), part_.c_str(), nullptr,
                                 options);
    if (!reader_)
        throw XmlError(core::message("odf.xml-unreadable", {part_}));
    xmlTextReaderSetErrorHandler(as_reader(reader_), keep_first_error, &first_error_);
}

XmlStream::~XmlStream()
{
    if (reader_)
        xmlFreeTextReader(as_reader(reader_));
}

void XmlStream::fail(const std::string& why) const
{
    throw XmlError(core::message("odf.xml-damaged", {part_, why}));
}

XmlStream::Event XmlStream::next()
{
    if (at_end_)
        return Event::Done;
    if (pending_end_) {
        pending_end_ = false;
        return Event::End;
    }
    for (;;) {
        const int r = xmlTextReaderRead(as_reader(reader_));
        if (r < 0)
            fail(first_error_.empty() ? core::message("odf.not-well-formed-xml") : first_error_);
        if (r == 0) {
            if (!first_error_.empty())
                fail(first_error_);
            at_end_ = true;
            return Event::Done;
        }
        switch (xmlTextReaderNodeType(as_reader(reader_))) {
        case XML_READER_TYPE_DOCUMENT_TYPE:
            throw XmlError(core::message("odf.xml-doctype", {part_}));
        case XML_READER_TYPE_ENTITY_REFERENCE:
            throw XmlError(core::message("odf.xml-entities", {part_}));
        case XML_READER_TYPE_ELEMENT:
            pending_end_ = xmlTextReaderIsEmptyElement(as_reader(reader_)) == 1;
            name_element();
            return Event::Start;
        case XML_READER_TYPE_END_ELEMENT:
            name_element();
            return Event::End;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            return Event::Text;
        default:
            continue;  // comments, processing instructions, insignificant white space
        }
    }
}

// Read once per element, as each is asked about several times (is it a paragraph? a table? a
// section?); libxml2 keeps names in its dictionary while the reader lives.
void XmlStream::name_element()
{
    local_name_ = view(xmlTextReaderConstLocalName(as_reader(reader_)));
    namespace_uri_ = view(xmlTextReaderConstNamespaceUri(as_reader(reader_)));
}

bool XmlStream::is(std::string_view namespace_uri, std::string_view local) const
{
    return local_name_ == local && namespace_uri_ == namespace_uri;
}

std::string_view XmlStream::local_name() const { return local_name_; }

std::string_view XmlStream::namespace_uri() const { return namespace_uri_; }

int XmlStream::depth() const { return xmlTextReaderDepth(as_reader(reader_)); }

// The attributes are walked in place, their names and values read without copies: an element
// has a few, and xmlTextReaderGetAttributeNs would copy the names to terminate them and the value
// to return it, for every attribute asked of every element.
std::optional<std::string_view> XmlStream::find_attribute(std::string_view namespace_uri,
                                                          std::string_view local) const
{
    xmlTextReaderPtr reader = as_reader(reader_);
    std::optional<std::string_view> found;
    for (int more = xmlTextReaderMoveToFirstAttribute(reader); more == 1 && !found;
         more = xmlTextReaderMoveToNextAttribute(reader))
        if (view(xmlTextReaderConstLocalName(reader)) == local &&
            view(xmlTextReaderConstNamespaceUri(reader)) == namespace_uri)
            found = view(xmlTextReaderConstValue(reader));
    xmlTextReaderMoveToElement(reader);
    return found;
}

std::string XmlStream::attribute(std::string_view namespace_uri, std::string_view local) const
{
    const auto value = find_attribute(namespace_uri, local);
    return value ? std::string(*value) : std::string();
}

bool XmlStream::has_attribute(std::string_view namespace_uri, std::string_view local) const
{
    return find_attribute(namespace_uri, local).has_value();
}

std::string_view XmlStream::text() const
{
    return view(xmlTextReaderConstValue(as_reader(reader_)));
}

}  // namespace prevent::odf
