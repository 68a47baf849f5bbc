// Prevent ▸ New Risk Assessment… in a real Writer window (Xvfb), in an office whose clock says
// 29 November 2026: every field of the dialog reached from the keyboard alone (its mnemonic, or
// Tab from the field before), and Create (the default button, Return) opens the new assessment
// in its own window, made as the fields say. Screenshots: new-assessment-dialog.png (as
// proposed), new-assessment-filled.png, new-assessment-document.png.
#include "ui_helpers.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>
#include <org/preventtoolkit/XNewAssessment.hpp>

#include <gmock/gmock.h>

#include <chrono>
#include <filesystem>
#include <thread>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;
using namespace prevent::ui_testing;

namespace {

const char* const kTitle = "Northbridge College: Prevent duty risk assessment 2027-28";

// The open document whose title (File ▸ Properties) is the one made; null until there.
Reference<css::frame::XModel> made(const char* title = kTitle)
{
    const auto components = css::frame::Desktop::create(office().context())->getComponents();
    for (const auto items = components->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::frame::XModel> model(items->nextElement(), UNO_QUERY);
        const Reference<css::document::XDocumentPropertiesSupplier> properties(model, UNO_QUERY);
        if (properties.is() && utf8(properties->getDocumentProperties()->getTitle()) == title)
            return model;
    }
    return nullptr;
}

void keys(const std::vector<std::string>& names)
{
    std::vector<std::string> arguments{"key", "--delay", "60"};
    arguments.insert(arguments.end(), names.begin(), names.end());
    xdotool(arguments);
    settle();
}

void type(const std::string& text)
{
    keys({"ctrl+a"});
    xdotool({"type", "--delay", "20", text});
    settle();
}

std::string cell(const Reference<css::frame::XModel>& model, const char* table, const char* name)
{
    const Reference<css::text::XTextTable> t(
        Reference<css::text::XTextTablesSupplier>(model, UNO_QUERY_THROW)
            ->getTextTables()
            ->getByName(OUString::createFromAscii(table)),
        UNO_QUERY_THROW);
    return utf8(Reference<css::text::XText>(t->getCellByName(OUString::createFromAscii(name)),
                                            UNO_QUERY_THROW)
                    ->getString());
}

}  // namespace

TEST(NewAssessmentUi, EveryFieldIsReachedFromTheKeyboardAndCreateOpensTheAssessment)
{
    const auto doc = open_window("private:factory/swriter");
    choose_menu_item(*doc, "Prevent", "New Risk Assessment...");
    focus_window("^New Prevent risk assessment$");
    screenshot("new-assessment-dialog");

    // Tab walks every field and button once, in the order they stand, and comes back.
    keys({"alt+p"});
    std::vector<std::string> walked{focused_below(active_window())};
    for (int i = 0; i < 14 && (walked.size() == 1 || walked.back() != walked.front()); ++i) {
        keys({"Tab"});
        walked.push_back(focused_below(active_window()));
    }
    for (auto& w : walked)
        w = w.substr(w.find(':') + 1);  // the name its label gives it
    EXPECT_THAT(walked,
                ::testing::ElementsAre(
                    "Provider:", "Sector:", "Operating year:", "Prevent lead:", "Approving body:",
                    "Risk tables:", "Recommended areas to include:",
                    "Save it, with its action plan beside it", "Create", "Cancel", "Provider:"))
        << "Save as and Change… wait, off, until the box is ticked";

    keys({"alt+p"});  // Provider
    type("Northbridge College");
    keys({"Tab", "Down"});  // Sector, by Tab: higher education, then further education
    keys({"alt+y"});
    type("2027-28");
    keys({"alt+l"});
    type("Sam Patel, Deputy Principal");
    keys({"alt+b"});
    type("Corporation");
    keys({"alt+t", "Down"});  // Risk tables: scored, then RAG only
    keys({"alt+a"});          // the recommended areas, every one chosen as proposed
    screenshot("new-assessment-filled");
    keys({"Return"});  // Create

    Reference<css::frame::XModel> model;
    for (int i = 0; i < 100 && !(model = made()).is(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(model.is()) << "no document titled " << kTitle;
    settle();
    screenshot("new-assessment-document");

    const Reference<css::beans::XPropertySet> user(
        Reference<css::document::XDocumentPropertiesSupplier>(model, UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
    EXPECT_EQ(utf8(user->getPropertyValue("Prevent.Profile").get<OUString>()), "fe");
    EXPECT_EQ(utf8(user->getPropertyValue("Prevent.OperatingYear").get<OUString>()), "2027-28");
    EXPECT_EQ(cell(model, "PreventDocumentControl", "B4"), "Sam Patel, Deputy Principal");
    EXPECT_EQ(cell(model, "PreventDocumentControl", "B5"), "Corporation");
    // RAG only: a RAG column and no likelihood.
    const auto tables =
        Reference<css::text::XTextTablesSupplier>(model, UNO_QUERY_THROW)->getTextTables();
    const Reference<css::text::XTextTable> first(tables->getByName("PreventRisk_leadership_1"),
                                                 UNO_QUERY_THROW);
    std::string header;
    for (const auto& name : first->getCellNames())
        if (name.endsWith("1") && name.getLength() == 2)
            header += cell(model, "PreventRisk_leadership_1", utf8(name).c_str()) + "|";
    EXPECT_EQ(header, "Ref|Risk|Existing controls|Further actions|Owner|RAG|");
    // Every area of further education, the recommended ones kept as proposed.
    const auto areas = Reference<org::preventtoolkit::XCatalogue>(
                           office().create("org.preventtoolkit.Catalogue"), UNO_QUERY_THROW)
                           ->getAreas("fe");
    ASSERT_GT(areas.getLength(), 0);
    for (const auto& a : areas)
        EXPECT_TRUE(tables->hasByName("PreventRisk_" + a.Id + "_1")) << utf8(a.Id);
    Reference<css::util::XCloseable>(model, UNO_QUERY_THROW)->close(true);
}

// Prevent ▸ Begin Annual Review… on an approved assessment saved as "… 2026-27.odt": the save
// dialog proposes "… 2027-28.odt" beside it; Return saves the copy and opens it, not approved
// for the new year. Screenshots: annual-review-save.png, annual-review-copy.png.
TEST(NewAssessmentUi, BeginAnnualReviewSavesTheCopyBesideTheAssessmentAndOpensIt)
{
    const auto folder = office().folder() / "annual-review-ui";
    std::filesystem::create_directories(folder);
    const auto original = folder / "Westfield RA 2026-27.odt";
    const auto copy_path = folder / "Westfield RA 2027-28.odt";
    {
        org::preventtoolkit::NewAssessmentOptions o;
        o.ProviderName = "Westfield Academy";
        o.Profile = "schools";
        o.RiskTableStyle = "narrative";
        const auto made_now =
            Reference<org::preventtoolkit::XNewAssessment>(
                office().create("org.preventtoolkit.NewAssessment"), UNO_QUERY_THROW)
                ->create(o);
        org::preventtoolkit::ApprovalRecord r;
        r.ApprovingBody = "Board of Trustees";
        r.ApprovedBy = "Chair of Trustees";
        r.ApprovalDate = css::util::Date(10, 10, 2026);
        r.Version = "1.0";
        Reference<org::preventtoolkit::XApproval>(office().create("org.preventtoolkit.Approval"),
                                                  UNO_QUERY_THROW)
            ->stamp(made_now, r);
        css::uno::Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "FilterName";
        args[0].Value <<= OUString("writer8");
        Reference<css::frame::XStorable>(made_now, UNO_QUERY_THROW)
            ->storeToURL(prevent::testing::file_url(original), args);
        Reference<css::util::XCloseable>(made_now, UNO_QUERY_THROW)->close(true);
    }
    const auto doc = open_window(utf8(prevent::testing::file_url(original)).c_str());
    choose_menu_item(*doc, "Prevent", "Begin Annual Review...");
    focus_window("^Save the copy for the new operating year$");
    screenshot("annual-review-save");
    keys({"Return"});  // the proposed name, beside the assessment

    const char* const next_title = "Westfield Academy: Prevent duty risk assessment 2027-28";
    Reference<css::frame::XModel> copy;
    for (int i = 0; i < 100 && !(copy = made(next_title)).is(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(copy.is()) << "no document titled " << next_title;
    settle();
    screenshot("annual-review-copy");
    EXPECT_TRUE(std::filesystem::exists(copy_path));
    EXPECT_EQ(utf8(copy->getURL()), utf8(prevent::testing::file_url(copy_path)));
    EXPECT_EQ(utf8(Reference<org::preventtoolkit::XApproval>(
                       office().create("org.preventtoolkit.Approval"), UNO_QUERY_THROW)
                       ->getStatus(copy)
                       .State),
              "not-approved");
    Reference<css::util::XCloseable>(copy, UNO_QUERY_THROW)->close(true);
}

// "Save it, with its action plan beside it" (its mnemonic ticks it), the place chosen with
// Change… in the office's save dialog, Create: the assessment saved there and its plan beside
// it, linked; the plan's Action plan panel checks it against that assessment without being told,
// and the board pack dialog from the assessment takes that plan. Screenshots:
// new-assessment-with-plan.png, plan-panel-linked.png, board-pack-linked-plan.png.
TEST(NewAssessmentUi, TheActionPlanIsMadeBesideTheSavedAssessmentAndEachFindsTheOther)
{
    const auto folder = office().folder() / "with-plan";
    std::filesystem::create_directories(folder);
    const auto saved = folder / "Eastbrook RA.odt";
    const auto plan_file = folder / "Eastbrook RA - action plan.ods";
    {
        const auto doc = open_window("private:factory/swriter");
        choose_menu_item(*doc, "Prevent", "New Risk Assessment...");
        focus_window("^New Prevent risk assessment$");
        keys({"alt+p"});
        type("Eastbrook Sixth Form College");
        keys({"alt+i"});  // Save it, with its action plan beside it
        keys({"alt+n"});  // Change…
        focus_window("^Save the new assessment$");
        keys({"ctrl+a"});
        xdotool({"type", "--delay", "10", saved.string()});
        keys({"Return"});
        focus_window("^New Prevent risk assessment$");
        screenshot("new-assessment-with-plan");
        keys({"alt+c"});  // Create
        wait_until([&] { return std::filesystem::exists(plan_file); });
        settle();
    }
    ASSERT_TRUE(std::filesystem::exists(saved));
    ASSERT_TRUE(std::filesystem::exists(plan_file));
    // Both made and open: closed, to be opened again from their files.
    for (const char* title : {"Eastbrook Sixth Form College: Prevent duty risk assessment 2026-27"})
        if (const auto model = made(title); model.is())
            Reference<css::util::XCloseable>(model, UNO_QUERY_THROW)->close(true);
    {
        const auto components = css::frame::Desktop::create(office().context())->getComponents();
        std::vector<Reference<css::util::XCloseable>> plans;
        for (const auto items = components->createEnumeration(); items->hasMoreElements();) {
            const Reference<css::frame::XModel> model(items->nextElement(), UNO_QUERY);
            if (model.is() && model->getURL() == prevent::testing::file_url(plan_file))
                plans.emplace_back(model, UNO_QUERY);
        }
        ASSERT_EQ(plans.size(), 1u) << "the plan opened with the assessment";
        for (const auto& p : plans)
            p->close(true);
    }
    settle();

    // The plan alone: its panel takes its own assessment, from the file.
    {
        const auto plan = open_window(utf8(prevent::testing::file_url(plan_file)).c_str());
        dispatch(*plan, "org.preventtoolkit:ShowDeck");
        wait_for_the_pause();
        const auto controls = panel_controls(*plan, "org.preventtoolkit.ActionPlanPanel");
        const auto items = items_of(controls, "AssessmentChoice");
        const int chosen = selected_of(controls, "AssessmentChoice");
        ASSERT_GE(chosen, 0);
        EXPECT_EQ(items.at(static_cast<std::size_t>(chosen)), "Eastbrook RA.odt (file)");
        screenshot("plan-panel-linked");
    }
    // The assessment alone: the board pack dialog takes its own plan, from the file.
    {
        const auto doc = open_window(utf8(prevent::testing::file_url(saved)).c_str());
        choose_menu_item(*doc, "Prevent", "Prepare Board Pack...");
        focus_window("^Prepare board pack$");
        EXPECT_THAT(accessible_name_with(active_window(), "File: Eastbrook RA - action plan.ods"),
                    ::testing::Not(""));
        screenshot("board-pack-linked-plan");
        keys({"Escape"});
        settle();
    }
}
