// The streaming XML reader of src/odf and the meta.xml properties read with it: events in
// document order, attributes by namespace, and refusals — not well-formed, a DTD, an entity
// bomb, nesting beyond any real document — as an XmlError, never a crash.
#include "core/approval_storage.hxx"
#include "odf/meta_properties.hxx"
#include "odf/xml_stream.hxx"

#include <gmock/gmock.h>

using namespace prevent::odf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

const std::string kText = R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")";

// Every event as a line: "+h level=1", "-h", "'Online safety'".
std::vector<std::string> events(const std::string& xml)
{
    XmlStream stream(xml, "content.xml");
    std::vector<std::string> out;
    for (auto e = stream.next(); e != XmlStream::Event::Done; e = stream.next()) {
        if (e == XmlStream::Event::Start) {
            std::string line = "+" + std::string(stream.local_name());
            if (stream.has_attribute(ns::text, "outline-level"))
                line += " level=" + stream.attribute(ns::text, "outline-level");
            out.push_back(line);
        } else if (e == XmlStream::Event::End) {
            out.push_back("-" + std::string(stream.local_name()));
        } else {
            out.push_back("'" + std::string(stream.text()) + "'");
        }
    }
    return out;
}

std::string refusal(const std::string& xml)
{
    try {
        events(xml);
    } catch (const XmlError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(XmlStream, GivesElementsAttributesAndTextInOrder)
{
    EXPECT_THAT(events("<text:body " + kText +
                       "><text:h text:outline-level=\"1\">Online <text:s/>safety</text:h>"
                       "<text:p>Filtering &amp; monitoring</text:p></text:body>"),
                ElementsAre("+body", "+h level=1", "'Online '", "+s", "-s", "'safety'", "-h", "+p",
                            "'Filtering & monitoring'", "-p", "-body"));
}

TEST(XmlStream, AttributesAreReadByNamespaceNotByPrefix)
{
    EXPECT_THAT(
        events(
            R"(<t:h xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" t:outline-level="2">x</t:h>)"),
        ElementsAre("+h level=2", "'x'", "-h"));
    EXPECT_THAT(events(R"(<t:h xmlns:t="urn:example:not-odf" t:outline-level="2">x</t:h>)"),
                ElementsAre("+h", "'x'", "-h"))
        << "same local name, another vocabulary";
}

TEST(XmlStream, RefusesWhatIsNotPlainWellFormedXml)
{
    EXPECT_THAT(refusal("<text:p " + kText + ">unclosed"), HasSubstr("content.xml is damaged"));
    EXPECT_THAT(refusal("<a></b>"), HasSubstr("content.xml is damaged"));
    const std::string bomb =
        R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)"
        R"(<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)"
        R"(<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>)"
        R"(<lolz>&lol3;</lolz>)";
    EXPECT_THAT(refusal(bomb), HasSubstr("document type"));
    EXPECT_THAT(refusal(R"(<!DOCTYPE x SYSTEM "http://example.org/x.dtd"><x/>)"),
                HasSubstr("document type"));
    std::string deep;
    for (int i = 0; i < 10000; ++i)
        deep += "<a>";
    for (int i = 0; i < 10000; ++i)
        deep += "</a>";
    EXPECT_THAT(refusal(deep), HasSubstr("content.xml is damaged"))
        << "10,000 levels: refused, not a crash";
}

TEST(MetaProperties, ReadsTheCustomPropertiesWithTheirTypes)
{
    const auto meta = read_meta_properties(
        R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">
 <office:meta>
  <meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>
  <meta:user-defined meta:name="Prevent.Profile">fe</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.Count" meta:value-type="string">1</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.1.ApprovalDate" meta:value-type="date">2026-09-01</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.1.StampedAt" meta:value-type="date">2026-09-01T10:15:00Z</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.1.ApprovingBody" meta:value-type="string">Corporation &amp; its Audit Committee</meta:user-defined>
  <meta:user-defined meta:name="Score" meta:value-type="float">12.5</meta:user-defined>
 </office:meta>
</office:document-meta>)");
    EXPECT_EQ(meta.user.size(), 6u);
    EXPECT_EQ(meta.text("Prevent.Profile"), "fe");
    EXPECT_EQ(meta.user.at("Prevent.Profile").type, "string") << "no value-type: a string";
    EXPECT_EQ(meta.user.at("Prevent.Approval.1.ApprovalDate").type, "date");
    EXPECT_EQ(meta.text("Prevent.Approval.1.StampedAt"), "2026-09-01T10:15:00Z");
    EXPECT_EQ(meta.text("Prevent.Approval.1.ApprovingBody"), "Corporation & its Audit Committee");
    EXPECT_EQ(meta.user.at("Score").type, "float");
    EXPECT_EQ(meta.text("Prevent.Nothing"), std::nullopt);
    EXPECT_TRUE(read_meta_properties("").user.empty()) << "no meta.xml: no properties";
    EXPECT_THROW(read_meta_properties("<office:document-meta"), XmlError);
}

// The approval history read from meta.xml by the rule the extension uses for live properties.
TEST(MetaProperties, GiveTheApprovalHistoryByTheSharedRule)
{
    const auto meta = read_meta_properties(
        R"(<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>
  <meta:user-defined meta:name="Prevent.Approval.Count" meta:value-type="string">2</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.1.ApprovingBody" meta:value-type="string">Board of Governors</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.1.ApprovalDate" meta:value-type="date">2025-09-10</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.2.ApprovingBody" meta:value-type="string">Board of Governors</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.2.ApprovalDate" meta:value-type="date">2026-09-01</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.2.NextReviewDue" meta:value-type="date">2027-09-01T00:00:00</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.2.StampedAt" meta:value-type="date">2026-09-01T10:15:00.123Z</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.2.Digest" meta:value-type="string">ab12</meta:user-defined>
  <meta:user-defined meta:name="Prevent.Approval.2.SectionDigests" meta:value-type="string">=aa;1. Leadership=bb</meta:user-defined>
 </office:meta></office:document-meta>)");
    const auto history = prevent::core::approvals_from_properties(
        [&](const std::string& name) { return meta.normalised(name); });
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].approving_body, "Board of Governors");
    EXPECT_EQ(history[1].approval_date, boost::gregorian::date(2026, 9, 1));
    EXPECT_EQ(history[1].next_review_due, boost::gregorian::date(2027, 9, 1));
    EXPECT_EQ(history[1].stamped_at, "2026-09-01T10:15:00");
    EXPECT_EQ(history[1].digest, "ab12");
    ASSERT_EQ(history[1].sections.size(), 2u);
    EXPECT_EQ(history[1].sections[1].key, "1. Leadership");
}
