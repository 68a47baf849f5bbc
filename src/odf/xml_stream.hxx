// A forward-only reader over one XML part of a package (libxml2's xmlTextReader): elements,
// their attributes and text in document order, without building a tree — content.xml of a
// 300-page assessment is read in one pass. No network, no DTD, no entities: a part that declares
// a document type is refused (ODF parts never do; a DTD is how entity bombs get in).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace prevent::odf {

class XmlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Namespace URIs of the ODF vocabularies the readers use.
namespace ns {
inline constexpr std::string_view office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
inline constexpr std::string_view text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr std::string_view table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr std::string_view style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr std::string_view fo =
    "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr std::string_view draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
}  // namespace ns

class XmlStream {
public:
    enum class Event { Start, End, Text, Done };

    // part: the name used in messages ("content.xml").
    XmlStream(std::string_view xml, std::string part);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    // The next event. An empty element gives Start then End. XmlError when the XML is not well
    // formed or declares a document type.
    Event next();

    // Of the current Start or End element.
    bool is(std::string_view namespace_uri, std::string_view local_name) const;
    std::string_view local_name() const;
    std::string_view namespace_uri() const;
    int depth() const;
    // An attribute of the current Start element; "" when it has none of that name.
    std::string attribute(std::string_view namespace_uri, std::string_view local_name) const;
    bool has_attribute(std::string_view namespace_uri, std::string_view local_name) const;
    // The text of the current Text event (character data, CDATA and significant white space).
    std::string_view text() const;

private:
    [[noreturn]] void fail(const std::string& why) const;
    void name_element();
    std::optional<std::string_view> find_attribute(std::string_view namespace_uri,
                                                   std::string_view local_name) const;

    void* reader_ = nullptr;  // xmlTextReaderPtr; kept out of the header
    std::string part_;
    std::string first_error_;   // libxml2's first error message, for the one XmlError
    bool pending_end_ = false;  // the empty element just started ends next
    bool at_end_ = false;
    std::string_view local_name_, namespace_uri_;  // of the element just started or ended
};

}  // namespace prevent::odf
