// The Approval panel in a real Writer and Calc window (Xvfb), in an office whose clock says
// 29 November 2026: each state in words and colour, the changed section leading to its heading,
// the history newest first, and the Record approval dialog refusing a future date, then
// recording a valid approval. Screenshots go to the build folder.
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <org/preventtoolkit/XApproval.hpp>

#include <gmock/gmock.h>

#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using org::preventtoolkit::ApprovalRecord;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

const char* const kApproval = "org.preventtoolkit.ApprovalPanel";

Reference<org::preventtoolkit::XApproval> approval()
{
    return Reference<org::preventtoolkit::XApproval>(office().create("org.preventtoolkit.Approval"),
                                                     UNO_QUERY_THROW);
}

ApprovalRecord record(sal_uInt16 day, sal_uInt16 month, sal_Int16 year,
                      const css::util::Date& review)
{
    ApprovalRecord r;
    r.ApprovingBody = "Board of Governors";
    r.ApprovedBy = "Jane Smith, Chair of Governors";
    r.ApprovalDate = css::util::Date(day, month, year);
    r.NextReviewDue = review;
    r.MinuteReference = "BoG/25/31";
    r.RecommendedBy = "Audit and Risk Committee";
    r.Version = "2.0";
    return r;
}

// An assessment in a window, the deck open on the Approval panel (the others collapsed).
std::unique_ptr<Document> assessment()
{
    auto doc = open_window("private:factory/swriter");
    WriterBuilder(doc->model())
        .body("This assessment covers all campuses.")
        .heading("1. Leadership")
        .body("The board leads on Prevent.")
        .heading("2. Welfare")
        .body("Chaplaincy and prayer rooms are supervised.");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    panel(*doc, "org.preventtoolkit.CoveragePanel")->collapse();
    panel(*doc, "org.preventtoolkit.RisksPanel")->collapse();
    wait_for_the_pause();
    return doc;
}

// The shipped catalogue's band colours (Rating/Bands: 0x3CB043, 0xFFC000, 0xE0301E), lightened
// to 30 % over white behind the state's words.
constexpr sal_Int32 kLightGreen = 0xC5E7C7;
constexpr sal_Int32 kLightAmber = 0xFFECB3;
constexpr sal_Int32 kLightRed = 0xF6C1BC;

sal_Int32 colour_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    sal_Int32 colour = 0;
    model_of(controls, name)->getPropertyValue("BackgroundColor") >>= colour;
    return colour;
}

void replace_word(const Document& doc, const char* from, const char* to)
{
    const Reference<css::util::XReplaceable> replaceable(doc.model(), UNO_QUERY_THROW);
    const auto descriptor = replaceable->createReplaceDescriptor();
    descriptor->setSearchString(rtl::OUString::createFromAscii(from));
    descriptor->setReplaceString(rtl::OUString::createFromAscii(to));
    replaceable->replaceAll(Reference<css::util::XSearchDescriptor>(descriptor, UNO_QUERY_THROW));
}

}  // namespace

TEST(ApprovalPanelUi, ShowsEachStateInWordsAndColour)
{
    const auto doc = assessment();
    const auto controls = panel_controls(*doc, kApproval);
    EXPECT_THAT(label_of(controls, "State"), StartsWith("Not approved."));
    EXPECT_THAT(lines_of(label_of(controls, "History")), ElementsAre("No approvals yet."));
    EXPECT_THAT(items_of(controls, "ChangedList"), ElementsAre("None yet: no approval recorded."));
    screenshot("approval-not-approved");

    approval()->stamp(doc->model(), record(1, 8, 2025, css::util::Date(31, 12, 2026)));
    wait_for_the_pause();
    EXPECT_THAT(label_of(controls, "State"),
                StartsWith("Approved by the Board of Governors on 1 August 2025."));
    EXPECT_EQ(colour_of(controls, "State"), kLightGreen);
    EXPECT_THAT(label_of(controls, "Record"), HasSubstr("Jane Smith, Chair of Governors"));
    EXPECT_THAT(label_of(controls, "Record"), HasSubstr("minute BoG/25/31"));
    EXPECT_THAT(label_of(controls, "Record"),
                HasSubstr("Operating year 2025-26; next review due 31 December 2026"));
    screenshot("approval-approved");

    replace_word(*doc, "supervised", "unsupervised");
    wait_for_the_pause();
    EXPECT_THAT(label_of(controls, "State"), StartsWith("Changed since approval."));
    EXPECT_EQ(colour_of(controls, "State"), kLightAmber);
    EXPECT_THAT(items_of(controls, "ChangedList"), ElementsAre("2. Welfare"));
    screenshot("approval-changed");
    select(controls, "ChangedList", 0);
    settle();
    EXPECT_EQ(view_selection(*doc), "2. Welfare") << "the changed section's heading is selected";

    auto again = record(10, 10, 2026, css::util::Date());
    again.ApprovalType = "significant-change-approved";
    again.Version = "2.1";
    approval()->stamp(doc->model(), again);
    wait_for_the_pause();
    EXPECT_THAT(label_of(controls, "State"),
                StartsWith("Approved by the Board of Governors on 10 October 2026."));
    EXPECT_THAT(items_of(controls, "ChangedList"), ElementsAre("No changes."));
    EXPECT_THAT(
        lines_of(label_of(controls, "History")),
        ElementsAre("10 October 2026 \u00b7 Board of Governors \u00b7 significant change approved "
                    "\u00b7 version 2.1",
                    "1 August 2025 \u00b7 Board of Governors \u00b7 approved \u00b7 version 2.0"))
        << "newest first";
    screenshot("approval-history");
}

TEST(ApprovalPanelUi, AnOverdueReviewIsRed)
{
    const auto doc = assessment();
    const auto controls = panel_controls(*doc, kApproval);
    approval()->stamp(doc->model(), record(15, 7, 2025, css::util::Date(15, 7, 2026)));
    wait_for_the_pause();
    EXPECT_THAT(label_of(controls, "State"), StartsWith("Review overdue."));
    EXPECT_THAT(label_of(controls, "State"), HasSubstr("15 July 2026"));
    EXPECT_EQ(colour_of(controls, "State"), kLightRed);
    screenshot("approval-review-overdue");
}

TEST(ApprovalPanelUi, CalcShowsTheActionPlanApprovalAndItsChangedSheet)
{
    const auto doc = open_window("private:factory/scalc");
    const Reference<css::container::XIndexAccess> sheets(
        Reference<css::sheet::XSpreadsheetDocument>(doc->model(), UNO_QUERY_THROW)->getSheets(),
        UNO_QUERY_THROW);
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName("Action plan");
    Reference<css::text::XText>(sheet->getCellByPosition(0, 0), UNO_QUERY_THROW)
        ->setString("Train all staff");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    panel(*doc, "org.preventtoolkit.ActionPlanPanel")->collapse();
    approval()->stamp(doc->model(), record(1, 9, 2026, css::util::Date()));
    wait_for_the_pause();
    const auto controls = panel_controls(*doc, kApproval);
    EXPECT_THAT(label_of(controls, "State"),
                StartsWith("Approved by the Board of Governors on 1 September 2026."));
    sheet->getCellByPosition(1, 3)->setValue(42);
    wait_for_the_pause();
    EXPECT_THAT(label_of(controls, "State"), StartsWith("Changed since approval."));
    EXPECT_THAT(items_of(controls, "ChangedList"), ElementsAre("Action plan"));
    screenshot("approval-calc-changed");
}

// The dialog is modal: act on it as a user does, with the keyboard.
TEST(ApprovalPanelUi, TheDialogRefusesAFutureDateThenRecordsAValidApproval)
{
    const auto doc = assessment();
    const auto controls = panel_controls(*doc, kApproval);
    const auto open_dialog = [&] {
        Reference<css::awt::XWindow>(controls->getControl("RecordApproval"), UNO_QUERY_THROW)
            ->setFocus();
        settle();
        xdotool({"key", "space"});
        // Xvfb has no window manager to give the new dialog the keyboard: focus it as one would.
        xdotool({"search", "--sync", "--name", "^Record approval$", "windowfocus", "--sync"});
    };
    open_dialog();
    xdotool({"type", "--delay", "20", "Board of Governors"});
    xdotool({"key", "Tab"});
    xdotool({"type", "--delay", "20", "Jane Smith, Chair of Governors"});
    xdotool({"key", "Tab", "key", "ctrl+a"});
    xdotool({"type", "--delay", "20", "30/11/2026"});
    xdotool({"key", "Return"});
    settle();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    settle();
    EXPECT_THAT(accessible_name_with(active_window(), "in the future"),
                HasSubstr("30 November 2026 is in the future"))
        << "the reason next to the date";
    EXPECT_EQ(utf8(approval()->getStatus(doc->model()).State), "not-approved")
        << "nothing recorded";
    screenshot("approval-dialog-future-date");
    xdotool({"key", "Escape"});
    settle();
    EXPECT_EQ(utf8(approval()->getStatus(doc->model()).State), "not-approved");

    open_dialog();  // the date is today by default: a valid record
    xdotool({"type", "--delay", "20", "Corporation"});
    xdotool({"key", "Tab"});
    xdotool({"type", "--delay", "20", "Sam Patel, Chair of the Corporation"});
    screenshot("approval-dialog-valid");
    xdotool({"key", "Return"});
    settle();
    const auto status = approval()->getStatus(doc->model());
    EXPECT_EQ(utf8(status.State), "approved");
    EXPECT_EQ(utf8(status.Current.ApprovingBody), "Corporation");
    EXPECT_EQ(status.Current.ApprovalDate.Day, 29);
    EXPECT_EQ(utf8(status.Current.OperatingYear), "2026-27");
    EXPECT_EQ(status.Current.NextReviewDue.Year, 2027);
    EXPECT_THAT(label_of(controls, "State"),
                StartsWith("Approved by the Corporation on 29 November 2026."));
    EXPECT_EQ(label_of(controls, "Status"), "Approval recorded.");
    screenshot("approval-recorded");

    Reference<css::accessibility::XAccessibleAction>(accessible(controls, "InsertBlock"),
                                                     UNO_QUERY_THROW)
        ->doAccessibleAction(0);
    settle();
    EXPECT_EQ(label_of(controls, "Status"), "Approval block inserted.");
    EXPECT_EQ(utf8(approval()->getStatus(doc->model()).State), "approved")
        << "the block is not content";
    screenshot("approval-block");
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.visible = true;
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
