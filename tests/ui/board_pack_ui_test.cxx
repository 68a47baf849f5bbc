// The Prepare board pack dialog in a real Writer window (Xvfb), in an office whose clock says
// 29 November 2026: opened from the Prevent menu with the keyboard and from the Approval panel's
// button; it proposes the meeting's body and the version; it takes the one open action plan, or
// a plan file chosen in the office's file dialog; Export PDF writes the PDF beside the
// assessment, and an unsaved assessment is asked where. The PDF's pages are rendered with
// pdftoppm as screenshots (build/tests/ui/screenshots/board-pack-page-<n>.png) to look at.
#include "child_process.hxx"
#include "ui_helpers.hxx"
#include "uno_values.hxx"
#include "writer_builder.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XApproval.hpp>

#include <gmock/gmock.h>

#include <chrono>
#include <filesystem>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using prevent::testing::WriterBuilder;
using namespace prevent::ui_testing;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

namespace {

const char* const kApproval = "org.preventtoolkit.ApprovalPanel";

template <typename T>
Reference<T> service(const char* name)
{
    return Reference<T>(office().create(name), UNO_QUERY_THROW);
}

// An assessment approved as version 2.0 by the Board of Governors on 10 October 2026, then
// changed (a risk rose), in a window with the deck open on the Approval panel.
std::unique_ptr<Document> changed_assessment()
{
    auto doc = open_window("private:factory/swriter");
    WriterBuilder(doc->model())
        .heading("1. Leadership")
        .body("The board leads on Prevent; the Registrar is the Prevent lead.")
        .heading("2. Online safety")
        .body("Filtering on every network.")
        .table({{"Ref", "Risk", "Net L", "Net I", "Net score", "RAG", "Owner", "Controls",
                 "Further actions"},
                {"R1", "Extremist sites reached", "2", "4", "8", "Amber", "IT manager",
                 "Web filter", "Review categories"}});
    org::preventtoolkit::ApprovalRecord r;
    r.ApprovingBody = "Board of Governors";
    r.ApprovedBy = "Jane Smith, Chair of Governors";
    r.ApprovalDate = css::util::Date(10, 10, 2026);
    r.MinuteReference = "BoG/26/14";
    r.Version = "2.0";
    service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")->stamp(doc->model(), r);
    prevent::testing::set_table_cell(doc->model(), 0, "C2", "4");  // R1: 4 x 4 = 16, red
    prevent::testing::set_table_cell(doc->model(), 0, "E2", "16");
    prevent::testing::set_table_cell(doc->model(), 0, "F2", "Red");
    dispatch(*doc, "org.preventtoolkit:ShowDeck");
    panel(*doc, "org.preventtoolkit.CoveragePanel")->collapse();
    panel(*doc, "org.preventtoolkit.RisksPanel")->collapse();
    wait_for_the_pause();
    return doc;
}

// A spreadsheet holding the plan made from the assessment (R1's further action).
void fill_plan(const Document& plan, const Document& assessment)
{
    const auto plans = service<org::preventtoolkit::XActionPlan>("org.preventtoolkit.ActionPlan");
    plans->createSheet(plan.model());
    ASSERT_EQ(plans->importActions(plan.model(), assessment.model()), 1);
}

std::string title_of(const Reference<css::frame::XModel>& model)
{
    const Reference<css::frame::XTitle> title(model, UNO_QUERY);
    return title.is() ? utf8(title->getTitle()) : "";
}

// The packs the dialog opened, taken out of the office (closed) and returned as their text.
std::vector<std::string> close_packs()
{
    std::vector<std::string> texts;
    std::vector<Reference<css::frame::XModel>> packs;
    const auto components = css::frame::Desktop::create(office().context())->getComponents();
    for (const auto items = components->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::frame::XModel> model(items->nextElement(), UNO_QUERY);
        const Reference<css::document::XDocumentPropertiesSupplier> properties(model, UNO_QUERY);
        if (properties.is() &&
            utf8(properties->getDocumentProperties()->getTitle()).rfind("Board pack: ", 0) == 0)
            packs.push_back(model);
    }
    for (const auto& pack : packs) {
        texts.push_back(utf8(
            Reference<css::text::XTextDocument>(pack, UNO_QUERY_THROW)->getText()->getString()));
        Reference<css::util::XCloseable>(pack, UNO_QUERY_THROW)->close(true);
    }
    settle();
    return texts;
}

}  // namespace

// Prevent ▸ Prepare Board Pack… from the keyboard, the one open plan taken, Export PDF.
TEST(BoardPackUi, TheMenuItemOpensTheDialogAndExportPdfWritesThePackBesideTheAssessment)
{
    const auto doc = changed_assessment();
    const auto saved = office().folder() / "Northbridge assessment.odt";
    std::filesystem::remove(saved);
    Reference<css::frame::XStorable>(doc->model(), UNO_QUERY_THROW)
        ->storeAsURL(prevent::testing::file_url(saved), {});
    const auto plan = open_window("private:factory/scalc");
    fill_plan(*plan, *doc);
    const auto pdf = office().folder() / "Northbridge assessment - board pack.pdf";
    std::filesystem::remove(pdf);

    focus_window("^Northbridge assessment.odt - LibreOffice Writer$");  // the plan is in front
    choose_menu_item(*doc, "Prevent", "Prepare Board Pack...");
    focus_window("^Prepare board pack$");
    screenshot("board-pack-dialog");
    xdotool({"key", "Return"});  // Export PDF, the default button
    wait_until([&] { return std::filesystem::exists(pdf); });
    settle();
    ASSERT_TRUE(std::filesystem::exists(pdf)) << pdf;

    const auto texts = close_packs();
    ASSERT_EQ(texts.size(), 1u) << "the pack opened in its window";
    EXPECT_THAT(texts[0], HasSubstr("The Board of Governors is asked to approve version 2.1 of "
                                    "the Prevent risk assessment."))
        << "the approved version one up: the text changed";
    EXPECT_THAT(texts[0], HasSubstr("Action plan progress")) << "the one open plan";
    EXPECT_THAT(texts[0], HasSubstr("Paper for the Board of Governors, 29 November 2026."))
        << "the body of the last approval, and today";

    using prevent::testing::run_command;
    const auto info = run_command({PREVENT_PDFINFO, pdf.string()}, std::chrono::seconds(60));
    EXPECT_THAT(info.output, HasSubstr("Tagged:          yes"));
    // Each page as a governor sees it, to look at (the note of the issue describes them).
    const auto pages = run_command({PREVENT_PDFTOPPM, "-r", "70", "-png", pdf.string(),
                                    std::string(PREVENT_SCREENSHOT_DIR) + "/board-pack-page"},
                                   std::chrono::seconds(120));
    EXPECT_EQ(pages.exit_code, 0) << pages.output;
    EXPECT_TRUE(
        std::filesystem::exists(std::string(PREVENT_SCREENSHOT_DIR) + "/board-pack-page-1.png"));
}

// The Approval panel's button; an unsaved assessment has nowhere to put the PDF, so the dialog
// asks; a plan file chosen in the office's file dialog is read; Create opens the pack.
TEST(BoardPackUi, ThePanelsButtonOpensTheDialogWhichTakesAPlanFileAndCreates)
{
    const auto doc = changed_assessment();
    const auto plan_file = office().folder() / "action plan.ods";
    {
        Document plan(office(), "private:factory/scalc");
        fill_plan(plan, *doc);
        plan.store_as(plan_file, "calc8");
    }
    const auto controls = panel_controls(*doc, kApproval);
    Reference<css::awt::XWindow>(controls->getControl("BoardPack"), UNO_QUERY_THROW)->setFocus();
    settle();
    xdotool({"key", "space"});
    focus_window("^Prepare board pack$");
    xdotool({"key", "Return"});  // Export PDF: but where?
    settle();
    EXPECT_THAT(accessible_name_with(active_window(), "Choose where to write the PDF first"),
                HasSubstr("the assessment has not been saved"));
    screenshot("board-pack-dialog-where");

    xdotool({"key", "alt+f"});  // Choose file…
    focus_window("^Choose the action plan$");
    xdotool({"type", "--delay", "10", plan_file.string()});
    xdotool({"key", "Return"});
    focus_window("^Prepare board pack$");
    EXPECT_THAT(accessible_name_with(active_window(), "File: action plan.ods"), Not(""));
    screenshot("board-pack-dialog-plan-file");
    xdotool({"key", "alt+c"});  // Create
    settle();
    wait_until([&] { return label_of(controls, "Status") == "Board pack opened."; });
    EXPECT_EQ(label_of(controls, "Status"), "Board pack opened.");
    screenshot("board-pack-created");

    const auto texts = close_packs();
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_THAT(texts[0], HasSubstr("Action plan progress")) << "from the file";
    EXPECT_EQ(title_of(doc->model()).rfind("Untitled", 0), 0u) << "the assessment unsaved";
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
