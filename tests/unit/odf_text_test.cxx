// The Writer text read from content.xml and styles.xml by src/odf: the same paragraphs, outline
// levels, weights, tables and canonical pieces the extension reads through UNO (the integration
// test "one answer" compares both on real files; these pin the ODF rules one by one).
#include "odf/odf_text.hxx"
#include "odf/xml_stream.hxx"

#include <gmock/gmock.h>

using namespace prevent;
using ::testing::ElementsAre;

namespace {

std::string content(const std::string& body, const std::string& automatic = "")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
 <office:automatic-styles>)" +
           automatic + R"(</office:automatic-styles>
 <office:body><office:text>)" +
           body + "</office:text></office:body></office:document-content>";
}

// A styles.xml holding these paragraph and text styles.
std::string styles_xml(const std::string& styles)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">
 <office:styles>)" +
           styles + "</office:styles></office:document-styles>";
}

const std::string kStyles = styles_xml(R"(
  <style:default-style style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
  <style:style style:name="Provider_20_Section" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"/>
  <style:style style:name="Secret" style:family="paragraph"><style:text-properties text:display="none"/></style:style>
  <style:style style:name="Strong_20_Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>

)");

std::vector<std::string> lines(const prevent::core::TextModel& text)
{
    std::vector<std::string> out;
    for (const auto& p : text.paragraphs)
        out.push_back(std::to_string(p.outline.outline_level) + (p.outline.bold ? " bold " : " ") +
                      (p.outline.in_table ? "[table] " : "") + p.outline.text);
    return out;
}

}  // namespace

TEST(OdfText, HeadingsByElementAndByStyleThroughItsParents)
{
    const auto text = odf::read_odf_text(
        content(
            R"(<text:h text:outline-level="1">1. Leadership</text:h>
                   <text:p text:style-name="Standard">The board leads.</text:p>
                   <text:p text:style-name="P1">Welfare and chaplaincy</text:p>
                   <text:p text:style-name="Heading_20_2">Prayer rooms</text:p>
                   <text:h>Untitled level</text:h>)",
            R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Provider_20_Section"/>)"),
        kStyles);
    EXPECT_THAT(lines(text),
                ElementsAre("1 1. Leadership", "0 The board leads.", "1 Welfare and chaplaincy",
                            "2 Prayer rooms", "1 Untitled level"));
}

// A heading's language is its paragraph style's (through its parents, else the default style's):
// the matcher reads a heading marked Welsh in Welsh too.
TEST(OdfText, AHeadingsLanguageIsItsStyles)
{
    const std::string styles = styles_xml(R"(
  <style:default-style style:family="paragraph"><style:text-properties fo:language="en" fo:country="GB"/></style:default-style>
  <style:style style:name="Heading_20_1" style:family="paragraph" style:default-outline-level="1"/>
  <style:style style:name="Pennawd" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:text-properties fo:language="cy" fo:country="GB"/></style:style>
)");
    const auto text = odf::read_odf_text(
        content(
            R"(<text:h text:style-name="Heading_20_1">Staff training</text:h>
                   <text:h text:style-name="P1">Hyfforddiant staff</text:h>
                   <text:p>Body text</text:p>)",
            R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Pennawd"/>)"),
        styles);
    ASSERT_EQ(text.paragraphs.size(), 3u);
    EXPECT_EQ(text.paragraphs[0].outline.language, "en-GB");
    EXPECT_EQ(text.paragraphs[1].outline.language, "cy-GB") << "through its parent";
    EXPECT_EQ(text.paragraphs[2].outline.language, "") << "body text: not read";
}

TEST(OdfText, SpacesTabsBreaksSpansAndBoldParagraphs)
{
    const auto text = odf::read_odf_text(
        content(
            R"(<text:p>Our<text:s text:c="3"/>approach<text:tab/>is<text:line-break/>simple</text:p>
                   <text:p><text:span text:style-name="Strong_20_Emphasis">Staff training</text:span></text:p>
                   <text:p><text:span text:style-name="Strong_20_Emphasis">Half</text:span> bold</text:p>
                   <text:p text:style-name="P2">Bold by its automatic style</text:p>)",
            R"(<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="700"/></style:style>)"),
        kStyles);
    EXPECT_THAT(lines(text), ElementsAre("0 Our   approach\tis\nsimple", "0 bold Staff training",
                                         "0 Half bold", "0 bold Bold by its automatic style"));
}

TEST(OdfText, HiddenTextTrackedDeletionsNotesAndCommentsAreNotBodyText)
{
    const auto text = odf::read_odf_text(
        content(R"(<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>
                     <office:change-info><dc:creator>A</dc:creator></office:change-info>
                     <text:p>removed words</text:p></text:deletion></text:changed-region></text:tracked-changes>
                   <text:p>Kept<text:change text:change-id="ct1"/> text</text:p>
                   <text:p text:style-name="Secret">A hidden paragraph</text:p>
                   <text:section text:name="Draft" text:display="none"><text:p>In a hidden section</text:p></text:section>
                   <text:p>Policy<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
                     <text:note-body><text:p>Footnote text</text:p></text:note-body></text:note> reviewed<office:annotation><dc:creator>B</dc:creator><text:p>A comment</text:p></office:annotation></text:p>)"),
        kStyles);
    EXPECT_THAT(lines(text), ElementsAre("0 Kept text", "0 Policy reviewed"));
}

TEST(OdfText, FieldsShowTheirTextAndCountByKindInTheDigest)
{
    const auto text = odf::read_odf_text(
        content(
            R"(<text:p>Reviewed on <text:date text:date-value="2026-11-29">29/11/26</text:date></text:p>
                   <text:p>Page <text:page-number text:select-page="current">3</text:page-number> of <text:page-count>9</text:page-count></text:p>
                   <text:p>Approved by <text:user-defined text:name="Prevent.Approval.Current.ApprovingBody">the Corporation</text:user-defined></text:p>)"),
        kStyles);
    EXPECT_THAT(lines(text), ElementsAre("0 Reviewed on 29/11/26", "0 Page 3 of 9",
                                         "0 Approved by the Corporation"));
    EXPECT_EQ(core::canonical_text(text.canonical()),
              "Reviewed on <field:date>\nPage <field:page-number> of <field:page-count>\nApproved "
              "by <field:custom>\n");
}

TEST(OdfText, APlaceholderIsNeitherTextNorField)
{
    // A prompt of a new assessment: until typed over it is no text for coverage and nothing in
    // the digest, so rewording it changes nothing.
    const auto text = odf::read_odf_text(
        content(
            R"(<text:p><text:placeholder text:placeholder-type="text" text:description="Who leads?">&lt;Who leads?&gt;</text:placeholder></text:p>
                   <text:p>The Principal <text:placeholder text:placeholder-type="text">&lt;role&gt;</text:placeholder>leads.</text:p>)"),
        kStyles);
    EXPECT_THAT(lines(text), ElementsAre("0 ", "0 The Principal leads."));
    EXPECT_EQ(core::canonical_text(text.canonical()), "The Principal leads.\n");
}

TEST(OdfText, TablesAreReadCellByCellWithTheirGridAndHeading)
{
    const auto text =
        odf::read_odf_text(content(R"(<text:h text:outline-level="1">Online safety</text:h>
                   <table:table table:name="PreventRisk_online_1">
                    <table:table-column table:number-columns-repeated="3"/>
                    <table:table-header-rows><table:table-row>
                     <table:table-cell><text:p>Ref</text:p></table:table-cell>
                     <table:table-cell table:number-columns-spanned="2"><text:p>Inherent risk</text:p></table:table-cell>
                     <table:covered-table-cell/>
                    </table:table-row></table:table-header-rows>
                    <table:table-row>
                     <table:table-cell><text:p>R1</text:p></table:table-cell>
                     <table:table-cell><text:p>4</text:p></table:table-cell>
                     <table:table-cell><text:p>Line one</text:p><text:p>Line two</text:p></table:table-cell>
                    </table:table-row>
                   </table:table>
                   <text:p>After the table</text:p>)"),
                           kStyles);
    EXPECT_THAT(lines(text),
                ElementsAre("1 Online safety", "0 [table] Ref", "0 [table] Inherent risk",
                            "0 [table] R1", "0 [table] 4", "0 [table] Line one",
                            "0 [table] Line two", "0 After the table"));
    ASSERT_EQ(text.tables.size(), 1u);
    const auto& t = text.tables[0];
    EXPECT_EQ(t.grid.name, "PreventRisk_online_1");
    EXPECT_EQ(t.heading, "Online safety");
    EXPECT_EQ(t.grid.columns, 3);
    ASSERT_EQ(t.grid.rows.size(), 2u);
    ASSERT_EQ(t.grid.rows[0].size(), 2u);
    EXPECT_EQ(t.grid.rows[0][1].text, "Inherent risk");
    EXPECT_EQ(t.grid.rows[0][1].first_column, 1);
    EXPECT_EQ(t.grid.rows[0][1].span, 2);
    EXPECT_EQ(t.grid.rows[0][1].address, "B1");
    EXPECT_EQ(t.grid.rows[1][2].text, "Line one\nLine two");
    EXPECT_EQ(t.grid.rows[1][2].address, "C2");
    // Each cell's paragraph knows its table; the ones around it stand in none.
    std::vector<int> tables;
    for (const auto& p : text.paragraphs)
        tables.push_back(p.table);
    EXPECT_THAT(tables, ElementsAre(-1, 0, 0, 0, 0, 0, 0, -1));
}

TEST(OdfText, FramesComeAfterTheBodyAndTheApprovalBlockIsNoContent)
{
    const auto text = odf::read_odf_text(
        content(
            R"(<text:p>Before<draw:frame draw:name="Frame1"><draw:text-box><text:p>In the frame</text:p></draw:text-box></draw:frame></text:p>
                   <text:section text:name="PreventApprovalBlock"><text:p>Approved by the Corporation</text:p></text:section>
                   <text:list><text:list-item><text:p>A list item</text:p></text:list-item></text:list>)"),
        kStyles);
    EXPECT_THAT(lines(text), ElementsAre("0 Before", "0 Approved by the Corporation",
                                         "0 A list item", "0 In the frame"));
    EXPECT_EQ(core::canonical_text(text.canonical()), "Before\nA list item\nIn the frame\n");
}

// What LibreOffice writes for the block after a .docx or .doc round trip: its section renamed
// (Word keeps no section names), its fields as user-defined fields.
TEST(OdfText, TheApprovalBlockBackFromWordIsNoContentEither)
{
    const auto text = odf::read_odf_text(content(
                                             R"(<text:p>Before</text:p>
               <text:section text:name="Section1">
                <text:p>Approval of this risk assessment</text:p>
                <text:p>Approving body: <text:user-defined text:name="Prevent.Approval.Current.ApprovingBody">Board of Governors</text:user-defined></text:p>
                <text:p>Date of decision: <text:user-defined text:name="Prevent.Approval.Current.ApprovalDate">10 October 2026</text:user-defined><text:s text:c="4"/>Minute reference: <text:user-defined text:name="Prevent.Approval.Current.MinuteReference">BoG/26/14</text:user-defined></text:p>
                <text:p>Version agreed: <text:user-defined text:name="Prevent.Approval.Current.Version">3.1</text:user-defined></text:p>
               </text:section>
               <text:p>After: <text:user-defined text:name="Owner">Jane</text:user-defined></text:p>)"),
                                         kStyles);
    EXPECT_EQ(core::canonical_text(text.canonical()),
              "Before\nVersion agreed: <field:custom>\nAfter: <field:custom>\n")
        << "a line with words of its own, and another property's field, are content";
}

TEST(OdfText, DamagedXmlIsAnXmlError)
{
    EXPECT_THROW(odf::read_odf_text(content("<text:p>unclosed"), kStyles), odf::XmlError);
    EXPECT_THROW(odf::read_odf_text(content("<text:p/>"), "<broken"), odf::XmlError);
    EXPECT_TRUE(odf::read_odf_text(content(""), "").paragraphs.empty());
}
