#include "meta_properties.hxx"

#include "xml_stream.hxx"

namespace prevent::odf {

std::optional<std::string> MetaProperties::text(const std::string& name) const
{
    const auto it = user.find(name);
    if (it == user.end())
        return std::nullopt;
    return it->second.value;
}

std::optional<std::string> MetaProperties::normalised(const std::string& name) const
{
    const auto it = user.find(name);
    if (it == user.end())
        return std::nullopt;
    const auto& [type, value] = it->second;
    if (type == "date")
        return value.size() > 10 && value[10] == 'T' ? value.substr(0, 19) : value.substr(0, 10);
    return value;
}

MetaProperties read_meta_properties(std::string_view meta_xml)
{
    MetaProperties out;
    if (meta_xml.empty())
        return out;  // a package without meta.xml has no properties
    XmlStream xml(meta_xml, "meta.xml");
    std::string name, type, value;
    bool inside = false;
    for (auto event = xml.next(); event != XmlStream::Event::Done; event = xml.next()) {
        if (event == XmlStream::Event::Start && xml.is(ns::meta, "user-defined")) {
            inside = true;
            name = xml.attribute(ns::meta, "name");
            type = xml.attribute(ns::meta, "value-type");
            value.clear();
        } else if (event == XmlStream::Event::Text && inside) {
            value += xml.text();
        } else if (event == XmlStream::Event::End && inside && xml.is(ns::meta, "user-defined")) {
            inside = false;
            // ODF 1.2: no value-type means a string.
            out.user[name] = UserProperty{type.empty() ? "string" : type, value};
        }
    }
    return out;
}

}  // namespace prevent::odf
