// The live Coverage panel in a real Writer window (Xvfb): states from the document's snapshot,
// going to headings and findings, the actions on an area, the menu's Check Coverage, and typing
// that costs one snapshot per pause. Screenshots go to the build folder.
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XPanelCensus.hpp>

#include <gmock/gmock.h>

#include <functional>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

const char* const kCoverage = "org.preventtoolkit.CoveragePanel";

// A new Writer window holding what write puts in it, with the Prevent deck open after the pause.
std::unique_ptr<Document> with_the_deck(const std::function<void(WriterBuilder&)>& write)
{
    auto doc = open_window("private:factory/swriter");
    WriterBuilder builder(doc->model());
    write(builder);
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    wait_for_the_pause();  // the panel may have been open while the document was written
    return doc;
}

// Leadership covered, Welfare empty, Security a possible match for estates; the rest missing.
std::unique_ptr<Document> partly_covered()
{
    return with_the_deck([](WriterBuilder& w) {
        w.heading("1. Leadership and governance")
            .body("The Pro Vice-Chancellor chairs the Prevent Steering Group.")
            .heading("2. Welfare")
            .body("TBC")
            .heading("3. Security")
            .body("Doors are locked at night.");
    });
}

int position_of(const std::vector<std::string>& items, const std::string& start)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].find(start) != std::string::npos)
            return static_cast<int>(i);
    return -1;
}

Reference<org::preventtoolkit::XPanelCensus> census()
{
    return Reference<org::preventtoolkit::XPanelCensus>(
        office().create("org.preventtoolkit.comp.PanelFactory"), UNO_QUERY_THROW);
}

}  // namespace

TEST(CoveragePanelUi, ShowsEachAreasStateAndTheSummary)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    const auto areas = items_of(controls, "AreaList");
    ASSERT_EQ(areas.size(), 17u);
    EXPECT_EQ(areas[0], "\u2611 Leadership and governance oversight");
    EXPECT_THAT(areas, Contains("\u25cb Welfare, pastoral care and chaplaincy (empty)"));
    EXPECT_THAT(
        areas,
        Contains(
            "\u25a1 Estate, premises and lettings (missing; possibly \u201c3. Security\u201d)"));
    EXPECT_THAT(areas, Contains("\u25a1 Working in partnership (missing)"));
    EXPECT_EQ(label_of(controls, "Summary"),
              "1 of 17 areas covered for Higher education: 1 empty, 15 missing, 0 not applicable. "
              "0 of 1 covered areas reviewed in 2026-27.");
    EXPECT_THAT(finding_texts(controls),
                Contains(HasSubstr("\u201c2. Welfare\u201d has no content yet")));
    screenshot("coverage-partly-covered");
}

TEST(CoveragePanelUi, ChoosingAnAreaGoesToItsHeading)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    const auto areas = items_of(controls, "AreaList");
    select(controls, "AreaList", static_cast<sal_Int16>(position_of(areas, "Welfare")));
    EXPECT_EQ(view_selection(*doc), "2. Welfare") << "the view cursor selects the area's heading";
    select(controls, "AreaList", 0);
    EXPECT_EQ(view_selection(*doc), "1. Leadership and governance");
}

// The chosen area's tooltip says why it counts: the heading's words, or the text's; a missing
// area says what to do.
TEST(CoveragePanelUi, TheChosenAreasTooltipShowsItsEvidence)
{
    const auto doc = with_the_deck([](WriterBuilder& w) {
        w.heading("Staff are trained to spot the signs")
            .body("All staff complete the Home Office module in their first term.")
            .heading("Our commitments")
            .body(
                "Every speaker is vetted before a booking is confirmed; each event with a visiting "
                "speaker has a "
                "chair and the organiser keeps the publicity.");
    });
    const auto controls = panel_controls(*doc, kCoverage);
    const auto areas = items_of(controls, "AreaList");
    const auto tip = [&] {
        return utf8(
            model_of(controls, "AreaList")->getPropertyValue("HelpText").get<rtl::OUString>());
    };

    select(controls, "AreaList",
           static_cast<sal_Int16>(position_of(areas, "Working in partnership")));
    EXPECT_THAT(tip(),
                HasSubstr("No heading of the document covers \u201cWorking in partnership\u201d"));

    select(controls, "AreaList", static_cast<sal_Int16>(position_of(areas, "External speakers")));
    EXPECT_THAT(tip(), HasSubstr("\u201cOur commitments\u201d: its text mentions"));
    EXPECT_THAT(tip(), HasSubstr("\u201cvetted\u201d"));

    select(controls, "AreaList", static_cast<sal_Int16>(position_of(areas, "Staff training")));
    EXPECT_THAT(tip(), HasSubstr("\u201cStaff are trained to spot the signs\u201d: its heading "
                                 "says \u201cStaff\u201d and "
                                 "\u201ctrained\u201d."));
    // The tooltip as the user sees it: the mouse rests on the list.
    const auto list = screen_rectangle(controls->getControl("AreaList"));
    xdotool({"mousemove", std::to_string(list.X + list.Width / 3), std::to_string(list.Y + 12)});
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    screenshot("coverage-evidence-tooltip");
    xdotool({"mousemove", "0", "0"});
}

// A school's assessment with no stored profile is shown as a school's, and says why; choosing a
// profile stores it, and the words no longer decide.
TEST(CoveragePanelUi, ADocumentWithoutAProfileShowsTheOneItsFirstPagePointsAt)
{
    const auto doc = with_the_deck([](WriterBuilder& w) {
        w.body("St Anne's Church of England Primary School")
            .body("Prevent risk assessment 2026-27")
            .heading("Leadership")
            .body("The headteacher is the Prevent lead.");
    });
    const auto controls = panel_controls(*doc, kCoverage);
    EXPECT_EQ(selected_of(controls, "ProfileList"), 2) << "Schools";
    EXPECT_THAT(label_of(controls, "Summary"), HasSubstr("for Schools"));
    EXPECT_THAT(finding_texts(controls), Contains(HasSubstr("checked as Schools, going by")));
    screenshot("coverage-profile-inferred");

    select(controls, "ProfileList", 1);
    wait_for_the_pause();
    EXPECT_EQ(selected_of(controls, "ProfileList"), 1) << "the user's choice is stored and kept";
    EXPECT_THAT(label_of(controls, "Summary"), HasSubstr("for Further education and skills"));
}

TEST(CoveragePanelUi, ChoosingAFindingGoesToItsPlace)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    const auto findings = finding_texts(controls);
    const int possible = position_of(findings, "may be about");
    ASSERT_GE(possible, 0);
    go_to_finding(controls, possible);
    EXPECT_EQ(view_selection(*doc), "3. Security");
}

// At the width the deck opens at, every finding shows whole: its row holds the whole message and
// is tall enough for the lines it wraps to, inside the panel.
TEST(CoveragePanelUi, FindingsWrapWholeAtTheDefaultWidth)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    const auto report = Reference<org::preventtoolkit::XCoverageChecker>(
                            office().create("org.preventtoolkit.CoverageChecker"), UNO_QUERY_THROW)
                            ->check(doc->model(), "");
    const auto texts = finding_texts(controls);
    ASSERT_EQ(texts.size(), static_cast<std::size_t>(report.Findings.getLength()));
    const int panel_width =
        Reference<css::awt::XWindow>(controls, UNO_QUERY_THROW)->getPosSize().Width;
    for (sal_Int32 i = 0; i < report.Findings.getLength(); ++i) {
        const std::string name = "Finding" + std::to_string(i);
        SCOPED_TRACE(name);
        const std::string message = utf8(report.Findings[i].Message);
        EXPECT_EQ(texts[static_cast<std::size_t>(i)].substr(
                      texts[static_cast<std::size_t>(i)].find(' ') + 1),
                  message)
            << "the row's text is its mark and the whole message";
        const auto control = controls->getControl(rtl::OUString::fromUtf8(name.c_str()));
        const auto place = Reference<css::awt::XWindow>(control, UNO_QUERY_THROW)->getPosSize();
        EXPECT_LE(place.X + place.Width, panel_width) << "no part of the row is outside the panel";
        const auto needed = Reference<css::awt::XLayoutConstrains>(control, UNO_QUERY_THROW)
                                ->calcAdjustedSize(css::awt::Size(place.Width, place.Height));
        EXPECT_GE(place.Height, needed.Height) << "the row is tall enough for its wrapped lines";
    }
    EXPECT_GT(height_of(controls, "Finding0"), height_of(controls, "FindingsLabel"))
        << "the first finding is longer than one line at this width: it wraps";
    screenshot("coverage-findings-wrapped");
}

TEST(CoveragePanelUi, AMissingAreasFixInsertsItsSection)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    const int missing =
        position_of(finding_texts(controls), "No section covers \u201cWorking in partnership");
    ASSERT_GE(missing, 0);
    EXPECT_EQ(
        utf8(accessible(controls, ("Fix" + std::to_string(missing)).c_str())->getAccessibleName()),
        "Insert section: " + finding_texts(controls)[static_cast<std::size_t>(missing)].substr(4));
    fix_finding(controls, missing);
    wait_for_the_pause();
    EXPECT_THAT(finding_texts(controls),
                Not(Contains(HasSubstr("No section covers \u201cWorking in partnership"))));
    EXPECT_THAT(items_of(controls, "AreaList"),
                Not(Contains("\u25a1 Working in partnership (missing)")));
}

TEST(CoveragePanelUi, InsertSectionAddsTheHeadingAndTheListFollows)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    select(controls, "AreaList",
           static_cast<sal_Int16>(
               position_of(items_of(controls, "AreaList"), "Working in partnership")));
    press(controls, "InsertSection");
    wait_for_the_pause();
    EXPECT_THAT(items_of(controls, "AreaList"), Contains("\u25cb Working in partnership (empty)"));
    EXPECT_EQ(label_of(controls, "Summary"),
              "1 of 17 areas covered for Higher education: 2 empty, 14 missing, 0 not applicable. "
              "0 of 1 covered areas reviewed in 2026-27.");
    screenshot("coverage-section-inserted");
}

TEST(CoveragePanelUi, NotApplicableAsksForTheReasonAndClearMarkTakesItBack)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    select(
        controls, "AreaList",
        static_cast<sal_Int16>(position_of(items_of(controls, "AreaList"), "Security-sensitive")));
    // The dialog is modal: act on it as a user does, with the keyboard.
    Reference<css::awt::XWindow>(controls->getControl("NotApplicable"), UNO_QUERY_THROW)
        ->setFocus();
    settle();
    xdotool({"key", "space"});
    // Xvfb has no window manager to give the new dialog the keyboard: focus it as one would.
    xdotool({"search", "--sync", "--name", "^Not applicable$", "windowfocus", "--sync"});
    xdotool({"type", "--delay", "20", "We do no research."});
    screenshot("coverage-not-applicable-dialog");
    xdotool({"key", "Tab", "key", "Return"});
    wait_for_the_pause();
    EXPECT_THAT(
        items_of(controls, "AreaList"),
        Contains("\u2012 Security-sensitive research (not applicable: We do no research.)"));
    screenshot("coverage-not-applicable");

    press(controls, "ClearMark");
    EXPECT_THAT(
        items_of(controls, "AreaList"),
        Contains("\u25a1 Security-sensitive research (missing; possibly \u201c3. Security\u201d)"));
    EXPECT_EQ(label_of(controls, "Summary"),
              "1 of 17 areas covered for Higher education: 1 empty, 15 missing, 0 not applicable. "
              "0 of 1 covered areas reviewed in 2026-27.");
}

// A section reviewed: its line and the summary say so, the warning goes, and an edit after is said.
TEST(CoveragePanelUi, MarkReviewedSaysWhenAndTheWarningGoes)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    EXPECT_THAT(finding_texts(controls),
                Contains(HasSubstr("\u201cLeadership and governance oversight\u201d has not been "
                                   "marked reviewed since the operating year 2026-27 began.")));
    select(controls, "AreaList", 0);
    press(controls, "MarkReviewed");
    wait_for_the_pause();
    EXPECT_EQ(items_of(controls, "AreaList")[0],
              "\u2611 Leadership and governance oversight (reviewed 29 November 2026)");
    EXPECT_THAT(label_of(controls, "Summary"),
                HasSubstr("1 of 1 covered areas reviewed in 2026-27."));
    EXPECT_THAT(finding_texts(controls), Not(Contains(HasSubstr("has not been marked reviewed"))));
    screenshot("coverage-reviewed");
    prevent::testing::replace_text(doc->model(), "chairs the Prevent Steering Group",
                                   "chairs the Prevent Steering Group termly");
    wait_for_the_pause();
    EXPECT_EQ(items_of(controls, "AreaList")[0],
              "\u2611 Leadership and governance oversight (reviewed 29 November 2026; edited "
              "since)");
    select(controls, "AreaList", 0);
    press(controls, "ClearReviewed");
    wait_for_the_pause();
    EXPECT_EQ(items_of(controls, "AreaList")[0], "\u2611 Leadership and governance oversight");
}

// Prevent ▸ Mark Section Reviewed marks the section the cursor is in; outside any area's section
// a box says why, and nothing is marked.
TEST(CoveragePanelUi, TheMenuMarksTheSectionTheCursorIsIn)
{
    const auto doc = with_the_deck([](WriterBuilder& w) {
        w.body("This assessment covers every campus.")
            .heading("1. Staff training")
            .body("All staff complete the Prevent e-learning.");
    });
    const auto controls = panel_controls(*doc, kCoverage);
    const Reference<css::text::XTextViewCursor> cursor(
        Reference<css::text::XTextViewCursorSupplier>(doc->model()->getCurrentController(),
                                                      UNO_QUERY_THROW)
            ->getViewCursor());
    cursor->gotoStart(false);  // before any heading
    choose_menu_item(*doc, "Prevent", "Mark Section Reviewed");
    xdotool({"search", "--sync", "--name", "^Prevent Toolkit$", "windowfocus", "--sync"});
    screenshot("coverage-mark-reviewed-no-section");
    xdotool({"key", "Return"});
    settle();
    EXPECT_THAT(items_of(controls, "AreaList"), Contains("\u2611 Staff training and awareness"))
        << "nothing marked";

    cursor->gotoEnd(false);  // in "1. Staff training"
    choose_menu_item(*doc, "Prevent", "Mark Section Reviewed");
    wait_for_the_pause();
    EXPECT_THAT(items_of(controls, "AreaList"),
                Contains("\u2611 Staff training and awareness (reviewed 29 November 2026)"));
}

TEST(CoveragePanelUi, CoveredByPicksAHeadingFromTheOutline)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    select(controls, "AreaList",
           static_cast<sal_Int16>(position_of(items_of(controls, "AreaList"), "Students' union")));
    Reference<css::awt::XWindow>(controls->getControl("CoveredBy"), UNO_QUERY_THROW)->setFocus();
    settle();
    xdotool({"key", "space"});
    focus_window("^Covered by$");  // raised and settled: a key sent sooner went astray once
    xdotool({"key", "Down"});      // the first heading: "1. Leadership and governance"
    screenshot("coverage-covered-by-dialog");
    xdotool({"key", "Tab", "key", "Return"});
    wait_for_the_pause();
    EXPECT_THAT(items_of(controls, "AreaList"), Contains("\u2611 Students' union and societies"));
}

TEST(CoveragePanelUi, ControlsAreNamedForScreenReaders)
{
    const auto doc = partly_covered();
    const auto controls = panel_controls(*doc, kCoverage);
    EXPECT_EQ(utf8(accessible(controls, "AreaList")->getAccessibleName()), "Areas to cover:");
    // A finding's Go to button says which finding it goes to.
    const auto findings = finding_texts(controls);
    const int possible = position_of(findings, "may be about");
    ASSERT_GE(possible, 0);
    EXPECT_EQ(
        utf8(
            accessible(controls, ("GoTo" + std::to_string(possible)).c_str())->getAccessibleName()),
        "Go to: " + findings[static_cast<std::size_t>(possible)].substr(4))
        << "the row's text is the severity mark, a space, then the message";
    EXPECT_EQ(utf8(accessible(controls, "InsertSection")->getAccessibleName()), "Insert section");
    EXPECT_EQ(utf8(accessible(controls, "NotApplicable")->getAccessibleName()),
              "Not applicable\u2026");
    EXPECT_EQ(utf8(accessible(controls, "CoveredBy")->getAccessibleName()), "Covered by\u2026");
    EXPECT_EQ(utf8(accessible(controls, "ClearMark")->getAccessibleName()), "Clear mark");
    EXPECT_EQ(utf8(accessible(controls, "MarkReviewed")->getAccessibleName()), "Mark reviewed");
    EXPECT_EQ(utf8(accessible(controls, "ClearReviewed")->getAccessibleName()), "Clear review");
}

TEST(CoveragePanelUi, TheMenusCheckCoverageOpensTheDeckOnThisPanel)
{
    const auto doc = open_window("private:factory/swriter");
    sidebar_of(*doc)->setVisible(false);
    settle();
    dispatch(*doc, "org.preventtoolkit:CheckCoverage");
    EXPECT_TRUE(sidebar_of(*doc)->isVisible());
    EXPECT_TRUE(prevent_deck(*doc)->isActive());
    EXPECT_TRUE(panel(*doc, kCoverage)->isExpanded());
    const Reference<css::accessibility::XAccessible> top(doc->frame()->getContainerWindow(),
                                                         UNO_QUERY_THROW);
    const auto menu = find_accessible(top->getAccessibleContext(),
                                      css::accessibility::AccessibleRole::MENU, "Prevent");
    ASSERT_TRUE(menu.is());
    EXPECT_TRUE(
        find_accessible(menu, css::accessibility::AccessibleRole::MENU_ITEM, "Check Coverage", 2)
            .is());
}

// Typing costs nothing but noting the time: the panel is refreshed once after the pause.
TEST(CoveragePanelUi, TypingIntoA300PageAssessmentRefreshesOnceAfterThePause)
{
    auto doc = open_window("private:factory/swriter");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    WriterBuilder builder(doc->model());
    for (int section = 0; section < 300; ++section) {
        builder.heading(std::to_string(section + 1) + ". " +
                        (section % 2 ? "Staff training" : "External speakers"));
        for (int p = 0; p < 9; ++p)
            builder.body(
                "The Prevent Steering Group reviewed the controls in this area and agreed the "
                "actions.");
    }
    wait_for_the_pause();
    const int before = census()->getSnapshotCount();
    const auto text = Reference<css::text::XTextDocument>(doc->model(), UNO_QUERY_THROW)->getText();
    const auto cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    for (int i = 0; i < 200; ++i)
        text->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), "x", false);
    EXPECT_EQ(census()->getSnapshotCount(), before) << "nothing was read while typing";
    wait_for_the_pause();
    EXPECT_EQ(census()->getSnapshotCount(), before + 1)
        << "one snapshot after the pause, not one per key";
}
