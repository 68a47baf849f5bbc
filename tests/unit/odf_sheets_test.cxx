// The Calc sheets read from content.xml by src/odf: the digest's vector 3 (docs/digest.md) from
// a file's XML, dates and date-times told by their number format, formulas in the API's form,
// the null date, repeated rows and columns, and the action plan found as the extension finds it.
#include "odf/odf_sheets.hxx"

#include <gmock/gmock.h>

using namespace prevent;
using ::testing::ElementsAre;

namespace {

std::string content(const std::string& tables, const std::string& automatic = "",
                    const std::string& settings = "")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3">
 <office:automatic-styles>
  <number:date-style style:name="N36"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/></number:date-style>
  <number:date-style style:name="N50"><number:year/><number:text>-</number:text><number:month/><number:text>-</number:text><number:day/><number:text> </number:text><number:hours/><number:text>:</number:text><number:minutes/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N36"/>
  <style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N50"/>
  )" + automatic +
           R"(
 </office:automatic-styles>
 <office:body><office:spreadsheet>)" +
           settings + tables + "</office:spreadsheet></office:body></office:document-content>";
}

std::string cell_text(const std::string& t)
{
    return "<table:table-cell office:value-type=\"string\"><text:p>" + t +
           "</text:p></table:table-cell>";
}
std::string cell_number(const std::string& v)
{
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + v + "\"><text:p>" + v +
           "</text:p></table:table-cell>";
}

}  // namespace

TEST(OdsSheets, TheDigestVectorFromAFilesXml)
{
    const auto doc = odf::read_ods(
        content(
            R"(<table:table table:name="Action plan"><table:table-column table:number-columns-repeated="7"/>
          <table:table-row>)" +
            cell_text("Action") + cell_text("Due") +
            R"(<table:table-cell table:number-columns-repeated="5"/></table:table-row>
          <table:table-row>)" +
            cell_text("<text:s/>Train<text:s text:c=\"2\"/>staff<text:s/>") +
            R"(<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-07-31"><text:p>31/07/2026</text:p></table:table-cell>)" +
            cell_number("2.5") +
            R"(<table:table-cell table:formula="of:=[.C2]*2" office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell>)" +
            cell_number("3") + cell_number("-0.0001") +
            R"(<table:table-cell table:style-name="ce2" office:value-type="date" office:date-value="2026-07-31T13:30:00"><text:p>2026-07-31 13:30</text:p></table:table-cell>
          </table:table-row>
          <table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
        </table:table>)"),
        "");
    const auto sheets = doc.canonical();
    ASSERT_EQ(sheets.size(), 1u);
    EXPECT_EQ(core::canonical_text(sheets),
              "sheet\tAction plan\nA1\tAction\nB1\tDue\nA2\tTrain "
              "staff\nB2\t2026-07-31\nC2\t2.5\nD2\t=C2*2\nE2\t3\n"
              "F2\t-1e-04\nG2\t2026-07-31T13:30:00\n");
    EXPECT_EQ(core::digest_of(core::canonical_text(sheets)),
              "79032bc38cb433bb8a8c729774fa055408f06b4d6e6b424397e5bed801a7234d");
}

TEST(OdsSheets, FormulasInTheApisForm)
{
    EXPECT_EQ(odf::api_formula("of:=SUM([.A1:.A3])"), "=SUM(A1:A3)");
    EXPECT_EQ(odf::api_formula("of:=[.C2]*2"), "=C2*2");
    EXPECT_EQ(odf::api_formula("of:=IF([.I2]=\"Complete\";\"[done]\";[$Sheet2.B$4])"),
              "=IF(I2=\"Complete\";\"[done]\";$Sheet2.B$4)");
    EXPECT_EQ(odf::api_formula("of:=['Action plan'.H2]-TODAY()"), "='Action plan'.H2-TODAY()");
}

TEST(OdsSheets, DatesCountFromTheDocumentsNullDate)
{
    const auto doc = odf::read_ods(
        content(
            R"(<table:table table:name="Plan"><table:table-row>
              <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-07-31"><text:p>31/07/2026</text:p></table:table-cell>
              <table:table-cell table:style-name="ce1" office:value-type="float" office:value="3"><text:p>04/01/1904</text:p></table:table-cell>
            </table:table-row></table:table>)",
            "",
            R"(<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>)"),
        "");
    ASSERT_EQ(doc.sheets.at(0).cells.size(), 2u);
    const auto& date = doc.sheets[0].cells[0];
    EXPECT_EQ(date.canonical.kind, core::CellKind::Date);
    EXPECT_EQ(date.canonical.number, 46234) << "days from 1899-12-30, whatever the null date";
    EXPECT_EQ(date.value.number, 46234 - 1462) << "as the sheet gives it: days from its null date";
    EXPECT_EQ(doc.sheets[0].cells[1].canonical.number, 1465)
        << "a number shown as a date: 4 January 1904";
}

TEST(OdsSheets, TheActionPlanIsFoundAsTheExtensionFindsIt)
{
    const auto doc = odf::read_ods(
        content(
            R"(<table:table table:name="Overview"><table:table-row>)" +
            cell_text("Prevent action plan 2026-27") + R"(</table:table-row></table:table>
          <table:table table:name="Action plan">
           <table:table-row>)" +
            cell_text("Prevent action plan") + R"(</table:table-row>
           <table:table-row>)" +
            cell_text("Action ID") + cell_text("Action") + cell_text("Person responsible") +
            cell_text("By when") + cell_text("Status") + R"(</table:table-row>
           <table:table-row>)" +
            cell_text("A001") + cell_text("Refresher training") + cell_text("HR lead") +
            R"(<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-11-01"><text:p>01/11/2026</text:p></table:table-cell>)" +
            cell_text("In progress") + R"(</table:table-row>
           <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="5"/></table:table-row>
           <table:table-row table:number-rows-repeated="2">)" +
            cell_text("A002") + cell_text("Same action twice") + R"(</table:table-row>
          </table:table>)"),
        "");
    const auto plans = doc.plans();
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].name, "Action plan");
    EXPECT_EQ(plans[0].header_row, 1);
    ASSERT_EQ(plans[0].rows.size(), 3u);
    EXPECT_THAT(plans[0].rows[0].cells,
                ElementsAre("A001", "Refresher training", "HR lead", "2026-11-01", "In progress"));
    EXPECT_EQ(plans[0].rows[1].row, 5) << "the repeated empty rows count";
    EXPECT_EQ(plans[0].rows[2].row, 6) << "a repeated row with content is each of its copies";
    EXPECT_EQ(plans[0].rows[2].cells[0], "A002");
}

// A damaged date value must not make the whole file unreadable: a date cell whose value is no
// date is read as the text it shows; a damaged null date is ignored (LibreOffice's 1899-12-30
// stays).
TEST(OdsSheets, ADamagedDateValueIsReadAsItsText)
{
    const auto doc = odf::read_ods(
        content(
            R"(<table:table table:name="Plan"><table:table-row>)"
            R"(<table:table-cell office:value-type="date" office:date-value="20x6-07-31"><text:p>31/07/2026</text:p></table:table-cell>)"
            R"(<table:table-cell office:value-type="date" office:date-value="2026-02-31"><text:p>31/02/2026</text:p></table:table-cell>)"
            R"(</table:table-row></table:table>)",
            "",
            R"(<table:calculation-settings><table:null-date table:date-value="1899-13-45"/></table:calculation-settings>)"),
        "");
    EXPECT_EQ(core::canonical_text(doc.canonical()),
              "sheet\tPlan\nA1\t31/07/2026\nB1\t31/02/2026\n");
    EXPECT_EQ(doc.null_date, boost::gregorian::date(1899, 12, 30));
}
