// A new assessment (NewAssessment.create) in real LibreOffice whose clock says 29 November 2026:
// for every profile the document holds the profile's areas with their prompts and risk tables,
// the document-control table and the approval block, and Prevent.Profile; its coverage is all
// "empty" until a prompt is answered; the prompts count for nothing in the digest; prevent-check
// reads the stored file alike; bad options are refused with the reason.
#include "child_process.hxx"
#include "odf/catalogue_xcu.hxx"
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XDocumentTemplates.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XContent.hpp>
#include <com/sun/star/ucb/XContentIdentifier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextSectionsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XNewAssessment.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using css::lang::IllegalArgumentException;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::preventtoolkit::NewAssessmentOptions;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

namespace {

template <typename T>
Reference<T> service(const char* name)
{
    return Reference<T>(office().create(name), UNO_QUERY_THROW);
}

// A made document, closed when the test is done with it.
class Made {
public:
    explicit Made(Reference<css::frame::XModel> model) : model_(std::move(model)) {}
    ~Made()
    {
        try {
            Reference<css::util::XCloseable>(model_, UNO_QUERY_THROW)->close(true);
        } catch (...) {
        }
    }
    Made(const Made&) = delete;
    Made& operator=(const Made&) = delete;
    const Reference<css::frame::XModel>& model() const { return model_; }

private:
    Reference<css::frame::XModel> model_;
};

NewAssessmentOptions options(const char* profile, const char* style = "scored")
{
    NewAssessmentOptions o;
    o.ProviderName = "Northbridge College";
    o.Profile = OUString::createFromAscii(profile);
    o.PreventLead = "Sam Patel, Deputy Principal";
    o.ApprovingBody = "Corporation";
    o.RiskTableStyle = OUString::createFromAscii(style);
    return o;
}

// The catalogue's areas of the profile: (id, title, expectation, prompts).
struct CatalogueArea {
    std::string id, title, expectation;
    std::vector<std::string> prompts;
};
std::vector<CatalogueArea> catalogue_areas(const char* profile)
{
    std::vector<CatalogueArea> out;
    const auto catalogue = service<org::preventtoolkit::XCatalogue>("org.preventtoolkit.Catalogue");
    for (const auto& a : catalogue->getAreas(OUString::createFromAscii(profile)))
        out.push_back({utf8(a.Id), utf8(a.Title), utf8(a.Expectation), utf8(a.Prompts)});
    return out;
}

// The body's paragraphs as "style|text", placeholders written "<prompt>", tables "[table name]".
std::vector<std::string> body(const Reference<css::frame::XModel>& model)
{
    std::vector<std::string> out;
    const Reference<css::text::XTextDocument> text(model, UNO_QUERY_THROW);
    const Reference<css::container::XEnumerationAccess> access(text->getText(), UNO_QUERY_THROW);
    for (const auto items = access->createEnumeration(); items->hasMoreElements();) {
        const auto item = items->nextElement();
        if (const Reference<css::text::XTextTable> table{item, UNO_QUERY}; table.is()) {
            out.push_back(
                "[" + utf8(Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->getName()) +
                "]");
            continue;
        }
        const Reference<css::beans::XPropertySet> paragraph(item, UNO_QUERY);
        if (!paragraph.is())
            continue;
        OUString style;
        paragraph->getPropertyValue("ParaStyleName") >>= style;
        std::string shown;
        const Reference<css::container::XEnumerationAccess> portions(item, UNO_QUERY_THROW);
        for (const auto p = portions->createEnumeration(); p->hasMoreElements();) {
            const Reference<css::beans::XPropertySet> portion(p->nextElement(), UNO_QUERY_THROW);
            OUString type;
            portion->getPropertyValue("TextPortionType") >>= type;
            if (type == "TextField") {
                const Reference<css::beans::XPropertySet> field(
                    portion->getPropertyValue("TextField"), UNO_QUERY_THROW);
                if (Reference<css::lang::XServiceInfo>(field, UNO_QUERY_THROW)
                        ->supportsService("com.sun.star.text.TextField.JumpEdit"))
                    shown +=
                        "<" + utf8(field->getPropertyValue("PlaceHolder").get<OUString>()) + ">";
                else
                    shown += "{field}";
            } else {
                shown +=
                    utf8(Reference<css::text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
            }
        }
        out.push_back(utf8(style) + "|" + shown);
    }
    return out;
}

std::string user_property(const Reference<css::frame::XModel>& model, const char* name)
{
    const Reference<css::beans::XPropertySet> props(
        Reference<css::document::XDocumentPropertiesSupplier>(model, UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
    OUString value;
    props->getPropertyValue(OUString::createFromAscii(name)) >>= value;
    return utf8(value);
}

std::map<std::string, std::string> states(const Reference<css::frame::XModel>& model)
{
    std::map<std::string, std::string> out;
    const auto checker =
        service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker");
    for (const auto& a : checker->check(model, "").Areas)
        out[utf8(a.AreaId)] = utf8(a.State);
    return out;
}

// Types the answer over the n-th placeholder of the document (from 0), as a user who clicks
// the prompt and types does.
void answer_prompt(const Reference<css::frame::XModel>& model, int n, const std::string& answer)
{
    const auto fields = Reference<css::text::XTextFieldsSupplier>(model, UNO_QUERY_THROW)
                            ->getTextFields()
                            ->createEnumeration();
    std::vector<Reference<css::text::XTextField>> prompts;
    while (fields->hasMoreElements()) {
        const Reference<css::text::XTextField> field(fields->nextElement(), UNO_QUERY_THROW);
        if (Reference<css::lang::XServiceInfo>(field, UNO_QUERY_THROW)
                ->supportsService("com.sun.star.text.TextField.JumpEdit"))
            prompts.push_back(field);
    }
    // The fields' enumeration has no order: the document's order is the anchors'.
    std::sort(prompts.begin(), prompts.end(), [&](const auto& a, const auto& b) {
        const Reference<css::text::XTextRangeCompare> compare(
            Reference<css::text::XTextDocument>(model, UNO_QUERY_THROW)->getText(),
            UNO_QUERY_THROW);
        return compare->compareRegionStarts(a->getAnchor(), b->getAnchor()) > 0;
    });
    ASSERT_LT(static_cast<std::size_t>(n), prompts.size());
    const auto anchor = prompts[static_cast<std::size_t>(n)]->getAnchor();
    anchor->getText()->insertString(anchor, OUString::fromUtf8(answer.c_str()), true);
}

}  // namespace

TEST(NewAssessment, EachProfileGetsItsAreasPromptsTablesAndProperties)
{
    for (const char* profile : {"he", "fe", "schools"}) {
        SCOPED_TRACE(profile);
        const auto areas = catalogue_areas(profile);
        auto o = options(profile);
        // Every other recommended area asked for: the rest are left out.
        std::vector<std::string> asked;
        bool take = true;
        for (const auto& a : areas)
            if (a.expectation == "recommended") {
                if (take)
                    asked.push_back(a.id);
                take = !take;
            }
        ASSERT_FALSE(asked.empty());
        o.RecommendedAreas.realloc(static_cast<sal_Int32>(asked.size()));
        for (std::size_t i = 0; i < asked.size(); ++i)
            o.RecommendedAreas[static_cast<sal_Int32>(i)] = OUString::fromUtf8(asked[i].c_str());
        Made made(service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment")
                      ->create(o));

        std::vector<std::string> expected = {
            "Title|Northbridge College: Prevent duty risk assessment 2026-27",
            "Text body|This risk assessment sets out how learners at Northbridge College could be "
            "drawn into terrorism or into supporting it, how likely and how serious each risk "
            "is, and what is done about it. It is kept under review through the year, refreshed "
            "at least once every operating year (1 August to 31 July) and approved by the "
            "Corporation. Answer the questions in each section in your own words, and record "
            "each risk in the table beneath them.",
            "Heading|Document control", "[PreventDocumentControl]"};
        std::vector<std::string> in_document;
        for (const auto& a : areas) {
            if (a.expectation == "recommended" &&
                std::find(asked.begin(), asked.end(), a.id) == asked.end())
                continue;
            in_document.push_back(a.id);
            expected.push_back("Heading 1|" + a.title);
            ASSERT_FALSE(a.prompts.empty()) << a.id;
            for (const auto& p : a.prompts)
                expected.push_back("Text body|<" + p + ">");
            expected.push_back("[PreventRisk_" + a.id + "_1]");
        }
        const auto paragraphs = body(made.model());
        // The approval block's section follows; its lines are checked by the approval tests.
        ASSERT_GE(paragraphs.size(), expected.size());
        const std::vector<std::string> head(
            paragraphs.begin(), paragraphs.begin() + static_cast<long>(expected.size()));
        EXPECT_THAT(head, ElementsAreArray(expected));

        EXPECT_EQ(user_property(made.model(), "Prevent.Profile"), profile);
        EXPECT_EQ(user_property(made.model(), "Prevent.OperatingYear"), "2026-27");
        const auto properties =
            Reference<css::document::XDocumentPropertiesSupplier>(made.model(), UNO_QUERY_THROW)
                ->getDocumentProperties();
        EXPECT_EQ(utf8(properties->getTitle()),
                  "Northbridge College: Prevent duty risk assessment 2026-27");
        EXPECT_EQ(utf8(properties->getAuthor()), "Sam Patel, Deputy Principal");
        EXPECT_TRUE(Reference<css::text::XTextSectionsSupplier>(made.model(), UNO_QUERY_THROW)
                        ->getTextSections()
                        ->hasByName("PreventApprovalBlock"));

        // Nothing written yet: every area of the document is empty, the rest missing.
        const auto now = states(made.model());
        for (const auto& a : areas) {
            const bool in =
                std::find(in_document.begin(), in_document.end(), a.id) != in_document.end();
            EXPECT_EQ(now.at(a.id), in ? "empty" : "missing") << a.id;
        }
    }
}

TEST(NewAssessment, TheControlTableAndRiskTablesHoldWhatTheyShould)
{
    Made made(service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment")
                  ->create(options("fe", "rag")));
    const auto tables =
        Reference<css::text::XTextTablesSupplier>(made.model(), UNO_QUERY_THROW)->getTextTables();
    const Reference<css::text::XTextTable> control(tables->getByName("PreventDocumentControl"),
                                                   UNO_QUERY_THROW);
    const auto cell = [](const Reference<css::text::XTextTable>& t, const char* name) {
        return utf8(Reference<css::text::XText>(t->getCellByName(OUString::createFromAscii(name)),
                                                UNO_QUERY_THROW)
                        ->getString());
    };
    EXPECT_EQ(cell(control, "A1") + "=" + cell(control, "B1"), "Provider=Northbridge College");
    EXPECT_EQ(cell(control, "A2") + "=" + cell(control, "B2"),
              "Sector=Further education and skills");
    EXPECT_EQ(cell(control, "A3") + "=" + cell(control, "B3"), "Operating year=2026-27");
    EXPECT_EQ(cell(control, "A4") + "=" + cell(control, "B4"),
              "Owner (Prevent lead)=Sam Patel, Deputy Principal");
    EXPECT_EQ(cell(control, "A5") + "=" + cell(control, "B5"), "Approving body=Corporation");
    EXPECT_EQ(cell(control, "A6"), "Version approved");
    EXPECT_EQ(cell(control, "A7"), "Date approved");
    EXPECT_EQ(cell(control, "A8"), "Next review due");

    // The RAG style's columns, and the refs R1, R2… down the sections.
    const Reference<css::text::XTextTable> first(tables->getByName("PreventRisk_leadership_1"),
                                                 UNO_QUERY_THROW);
    const Reference<css::container::XIndexAccess> columns(first->getColumns(), UNO_QUERY_THROW);
    std::vector<std::string> header;
    for (sal_Int32 c = 0; c < columns->getCount(); ++c)
        header.push_back(cell(first, (std::string(1, static_cast<char>('A' + c)) + "1").c_str()));
    EXPECT_THAT(header, ::testing::Contains("RAG"));
    EXPECT_THAT(header, ::testing::Not(::testing::Contains("Likelihood")));
    EXPECT_EQ(cell(first, "A2"), "R1");
    const Reference<css::text::XTextTable> second(tables->getByName("PreventRisk_partnership_1"),
                                                  UNO_QUERY_THROW);
    EXPECT_EQ(cell(second, "A2"), "R2");
    // No risk yet: the register reads none.
    EXPECT_EQ(service<org::preventtoolkit::XRiskRegister>("org.preventtoolkit.RiskRegister")
                  ->readRisks(made.model())
                  .getLength(),
              0);
}

TEST(NewAssessment, AnAnsweredPromptCoversItsAreaAndPromptsAreNoContentOfTheDigest)
{
    Made made(service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment")
                  ->create(options("he")));
    const auto approval = service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
    const auto before = utf8(approval->computeDigest(made.model()));

    // The prompts' own text changed (a provider rewording a question): the digest stays.
    const auto fields = Reference<css::text::XTextFieldsSupplier>(made.model(), UNO_QUERY_THROW)
                            ->getTextFields()
                            ->createEnumeration();
    while (fields->hasMoreElements()) {
        const Reference<css::beans::XPropertySet> field(fields->nextElement(), UNO_QUERY_THROW);
        if (Reference<css::lang::XServiceInfo>(field, UNO_QUERY_THROW)
                ->supportsService("com.sun.star.text.TextField.JumpEdit"))
            field->setPropertyValue("PlaceHolder", css::uno::Any(OUString("Reworded?")));
    }
    EXPECT_EQ(utf8(approval->computeDigest(made.model())), before);

    // The first prompt (leadership's) answered: leadership is covered, the rest still empty,
    // and the digest moves.
    answer_prompt(made.model(), 0, "The Vice-Principal (Students) is the Prevent lead.");
    const auto now = states(made.model());
    EXPECT_EQ(now.at("leadership"), "covered");
    EXPECT_EQ(now.at("partnership"), "empty");
    EXPECT_NE(utf8(approval->computeDigest(made.model())), before);
    EXPECT_THAT(
        body(made.model()),
        ::testing::Contains("Text body|The Vice-Principal (Students) is the Prevent lead."));
}

TEST(NewAssessment, PreventCheckReadsTheStoredFileAsTheExtensionDoes)
{
    Made made(service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment")
                  ->create(options("schools", "narrative")));
    answer_prompt(made.model(), 0, "The headteacher is the designated safeguarding lead.");
    const auto path = office().folder() / "new-assessment.odt";
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "FilterName";
    args[0].Value <<= OUString("writer8");
    Reference<css::frame::XStorable>(made.model(), UNO_QUERY_THROW)
        ->storeToURL(prevent::testing::file_url(path), args);
    const auto extension = states(made.model());
    const auto digest = utf8(service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval")
                                 ->computeDigest(made.model()));

    const auto run =
        prevent::testing::run_command({PREVENT_CHECK, "--format", "json", "--fail-on", "never",
                                       "--today", "2026-11-29", path.string()},
                                      std::chrono::seconds(120));
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(run.output);
    const auto& file = json.at("files").at(0);
    EXPECT_EQ(file.at("profile").get<std::string>(), "schools");
    std::map<std::string, std::string> checked;
    for (const auto& a : file.at("areas"))
        checked[a.at("id").get<std::string>()] = a.at("state").get<std::string>();
    EXPECT_EQ(checked, extension);
    EXPECT_EQ(checked.at("leadership"), "covered");
    EXPECT_EQ(file.at("digest").get<std::string>(), digest);
}

TEST(NewAssessment, BadOptionsAreRefusedWithTheReason)
{
    const auto maker =
        service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment");
    const auto refused = [&](NewAssessmentOptions o) {
        try {
            Made made(maker->create(o));
        } catch (const IllegalArgumentException& e) {
            return utf8(e.Message);
        }
        return std::string("(made)");
    };
    auto o = options("he");
    o.ProviderName = "  ";
    EXPECT_EQ(refused(o), "give the provider's name");
    o = options("colleges");
    EXPECT_THAT(refused(o), HasSubstr("unknown profile 'colleges'"));
    o = options("he", "traffic-lights");
    EXPECT_THAT(refused(o), HasSubstr("unknown risk table style 'traffic-lights'"));
    o = options("he");
    o.OperatingYear = "2026";
    EXPECT_THAT(refused(o), HasSubstr("like 2026-27"));
    o = options("he");
    const OUString fire_safety("fire-safety");
    o.RecommendedAreas = css::uno::Sequence<OUString>(&fire_safety, 1);
    EXPECT_THAT(refused(o), HasSubstr("'fire-safety'"));
    // A year of one's own is kept.
    o = options("he");
    o.OperatingYear = "2027-28";
    Made made(maker->create(o));
    EXPECT_EQ(user_property(made.model(), "Prevent.OperatingYear"), "2027-28");
}

namespace {

std::vector<std::string> finding_codes(const Reference<css::frame::XModel>& model)
{
    std::vector<std::string> out;
    const auto checker =
        service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker");
    for (const auto& f : checker->check(model, "").Findings)
        out.push_back(utf8(f.Code));
    return out;
}

std::string first_line(const Reference<css::frame::XModel>& model) { return body(model).front(); }

}  // namespace

// An approved assessment for 2026-27, one section reviewed, begins its review for 2027-28: the
// copy is for the new year and not approved for it, its history, risks and text kept, its marks
// cleared, its version one up; the assessment itself is as it was; prevent-check agrees.
TEST(NewAssessment, BeginAnnualReviewGivesAnUnapprovedCopyForTheNewYear)
{
    const auto maker =
        service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment");
    auto o = options("he");
    o.ProviderName = "Northbridge University";
    Made made(maker->create(o));
    const auto& doc = made.model();
    answer_prompt(doc, 0, "The Registrar is the Prevent lead and reports to Council termly.");
    const auto checker =
        service<org::preventtoolkit::XCoverageChecker>("org.preventtoolkit.CoverageChecker");
    checker->markReviewed(doc, "leadership");
    org::preventtoolkit::ApprovalRecord r;
    r.ApprovingBody = "Council";
    r.ApprovedBy = "Chair of Council";
    r.ApprovalDate = css::util::Date(10, 10, 2026);
    r.Version = "3.1";
    const auto approval = service<org::preventtoolkit::XApproval>("org.preventtoolkit.Approval");
    approval->stamp(doc, r);
    ASSERT_EQ(utf8(approval->getStatus(doc).State), "approved");
    ASSERT_EQ(utf8(approval->getStatus(doc).Current.OperatingYear), "2026-27")
        << "the year the document says it is for";
    const auto folder = office().folder() / "annual-review";
    std::filesystem::create_directories(folder);
    const auto original = folder / "Northbridge Prevent RA 2026-27.odt";
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "FilterName";
    args[0].Value <<= OUString("writer8");
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)
        ->storeAsURL(prevent::testing::file_url(original), args);
    const auto digest_before = utf8(approval->computeDigest(doc));

    const auto next = folder / "Northbridge Prevent RA 2027-28.odt";
    Made copy(maker->beginAnnualReview(doc, prevent::testing::file_url(next)));
    ASSERT_TRUE(std::filesystem::exists(next));
    const auto& c = copy.model();
    EXPECT_EQ(first_line(c), "Title|Northbridge University: Prevent duty risk assessment 2027-28");
    EXPECT_EQ(utf8(Reference<css::document::XDocumentPropertiesSupplier>(c, UNO_QUERY_THROW)
                       ->getDocumentProperties()
                       ->getTitle()),
              "Northbridge University: Prevent duty risk assessment 2027-28");
    EXPECT_EQ(user_property(c, "Prevent.OperatingYear"), "2027-28");
    EXPECT_EQ(user_property(c, "Prevent.NextVersion"), "4.0");
    const Reference<css::text::XTextTable> control(
        Reference<css::text::XTextTablesSupplier>(c, UNO_QUERY_THROW)
            ->getTextTables()
            ->getByName("PreventDocumentControl"),
        UNO_QUERY_THROW);
    EXPECT_EQ(utf8(Reference<css::text::XText>(control->getCellByName("B3"), UNO_QUERY_THROW)
                       ->getString()),
              "2027-28");
    // Not approved for the new year; the history kept.
    const auto status = approval->getStatus(c);
    EXPECT_EQ(utf8(status.State), "not-approved");
    EXPECT_EQ(status.History.getLength(), 1);
    EXPECT_EQ(utf8(status.Current.Version), "3.1");
    EXPECT_THAT(finding_codes(c), ::testing::Contains("approval-other-year"));
    // The text kept (the title aside), the review marks gone.
    const auto report = checker->check(c, "");
    for (const auto& a : report.Areas) {
        EXPECT_EQ(utf8(a.Reviewed), "") << utf8(a.AreaId);
        if (a.AreaId == "leadership")
            EXPECT_EQ(utf8(a.State), "covered");
    }
    EXPECT_FALSE(Reference<css::util::XModifiable>(c, UNO_QUERY_THROW)->isModified()) << "stored";

    // The assessment itself: as it was.
    EXPECT_EQ(first_line(doc),
              "Title|Northbridge University: Prevent duty risk assessment 2026-27");
    EXPECT_EQ(utf8(approval->getStatus(doc).State), "approved");
    EXPECT_EQ(utf8(approval->computeDigest(doc)), digest_before);
    EXPECT_EQ(user_property(doc, "Prevent.OperatingYear"), "2026-27");
    EXPECT_EQ(prevent::testing::utf8(doc->getURL()), utf8(prevent::testing::file_url(original)));

    // prevent-check reads the copy alike.
    const auto run =
        prevent::testing::run_command({PREVENT_CHECK, "--format", "json", "--fail-on", "never",
                                       "--today", "2026-11-29", next.string()},
                                      std::chrono::seconds(120));
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const auto json = nlohmann::json::parse(run.output);
    const auto& file = json.at("files").at(0);
    EXPECT_EQ(file.at("approval").at("state").get<std::string>(), "not-approved") << run.output;
    bool said = false;
    for (const auto& f : file.at("findings"))
        said = said || f.at("code").get<std::string>() == "approval-other-year";
    EXPECT_TRUE(said) << run.output;

    // Refused: no place, the assessment's own place, a place nobody may write.
    for (const OUString& url : {OUString(), prevent::testing::file_url(original),
                                prevent::testing::file_url("/proc/prevent-copy.odt")})
        EXPECT_THROW(Made(maker->beginAnnualReview(doc, url)), IllegalArgumentException)
            << utf8(url);
}

// The templates the build made from the catalogue: File ▸ New ▸ Templates lists them under
// "Prevent Toolkit" (the office's template hierarchy, as the template manager reads it), and a
// document made from one is the profile's assessment, every section empty, prompts as
// placeholders.
TEST(NewAssessment, TheTemplatesAreListedUnderPreventToolkitAndMakeTheProfilesAssessment)
{
    const auto context = office().context();
    const Reference<css::frame::XDocumentTemplates> templates(
        office().create("com.sun.star.frame.DocumentTemplates"), UNO_QUERY_THROW);
    templates->update();
    // The template manager's hierarchy, in the office's language: its categories are folders.
    const auto files = css::ucb::SimpleFileAccess::create(context);
    const OUString category =
        templates->getContent()->getIdentifier()->getContentIdentifier() + "/Prevent%20Toolkit";
    ASSERT_TRUE(files->exists(category)) << "no category Prevent Toolkit";
    std::vector<std::string> listed;
    for (const auto& entry : files->getFolderContents(category, false))
        listed.push_back(utf8(entry.copy(entry.lastIndexOf('/') + 1)));
    std::sort(listed.begin(), listed.end());
    EXPECT_THAT(listed,
                ElementsAreArray({"Asesiad%20risg%20Dyletswydd%20Prevent:%20Addysg%20bellach%20a%20"
                                  "sgiliau",
                                  "Asesiad%20risg%20Dyletswydd%20Prevent:%20Addysg%20uwch",
                                  "Asesiad%20risg%20Dyletswydd%20Prevent:%20Ysgolion",
                                  "Prevent%20duty%20risk%20assessment:%20Further%20"
                                  "education%20and%20skills",
                                  "Prevent%20duty%20risk%20assessment:%20Higher%20"
                                  "education",
                                  "Prevent%20duty%20risk%20assessment:%20Schools"}))
        << "each sector in English and in Welsh";

    // The Welsh templates' words, as the catalogue has them in Welsh.
    const auto welsh =
        prevent::odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu", "cy");
    struct Made_from {
        std::string profile, file, language, title_line;
    };
    for (const auto& t :
         std::vector<Made_from>{{"he", "Prevent risk assessment - Higher education", "en",
                                 "<Name of the provider>: Prevent duty risk assessment"},
                                {"fe", "Prevent risk assessment - Further education and skills",
                                 "en", "<Name of the provider>: Prevent duty risk assessment"},
                                {"schools", "Prevent risk assessment - Schools", "en",
                                 "<Name of the provider>: Prevent duty risk assessment"},
                                {"he", "Asesiad risg Prevent - Addysg uwch", "cy",
                                 "<Enw'r darparwr>: Asesiad risg Dyletswydd Prevent"},
                                {"schools", "Asesiad risg Prevent - Ysgolion", "cy",
                                 "<Enw'r darparwr>: Asesiad risg Dyletswydd Prevent"}}) {
        SCOPED_TRACE(t.file);
        const auto path = std::filesystem::path(PREVENT_TEMPLATES) / (t.file + ".ott");
        css::uno::Sequence<css::beans::PropertyValue> args(2);
        args[0].Name = "Hidden";
        args[0].Value <<= true;
        args[1].Name = "AsTemplate";
        args[1].Value <<= true;
        Made made(Reference<css::frame::XModel>(
            css::frame::Desktop::create(context)->loadComponentFromURL(
                prevent::testing::file_url(path), "_blank", 0, args),
            UNO_QUERY_THROW));
        EXPECT_EQ(utf8(made.model()->getURL()), "") << "a new document, not the template";
        EXPECT_EQ(user_property(made.model(), "Prevent.Profile"), t.profile);
        const auto paragraphs = body(made.model());
        EXPECT_EQ(paragraphs.front(), "Title|" + t.title_line);
        const auto areas = catalogue_areas(t.profile.c_str());
        ASSERT_FALSE(areas.empty());
        // The first area's heading, its first prompt as a placeholder, and its risk table.
        const auto* first = welsh.find_area(areas[0].id);
        ASSERT_NE(first, nullptr);
        const std::string title = t.language == "cy" ? first->title : areas[0].title;
        const std::string prompt =
            t.language == "cy" ? first->prompts_for(t.profile)[0] : areas[0].prompts[0];
        const auto heading = std::find(paragraphs.begin(), paragraphs.end(), "Heading 1|" + title);
        ASSERT_NE(heading, paragraphs.end());
        EXPECT_EQ(*(heading + 1), "Text body|<" + prompt + ">");
        EXPECT_NE(
            std::find(paragraphs.begin(), paragraphs.end(), "[PreventRisk_" + areas[0].id + "_1]"),
            paragraphs.end());
        // Every area of the profile, and every one empty: the Welsh headings read as their
        // areas in this English office.
        for (const auto& [id, state] : states(made.model()))
            EXPECT_EQ(state, "empty") << id;
        EXPECT_TRUE(Reference<css::text::XTextSectionsSupplier>(made.model(), UNO_QUERY_THROW)
                        ->getTextSections()
                        ->hasByName("PreventApprovalBlock"));
        // Its default paragraph language is its words' (spelling; what the toolkit writes in).
        const Reference<css::container::XNameAccess> styles(
            Reference<css::style::XStyleFamiliesSupplier>(made.model(), UNO_QUERY_THROW)
                ->getStyleFamilies()
                ->getByName("ParagraphStyles"),
            UNO_QUERY_THROW);
        css::lang::Locale locale;
        Reference<css::beans::XPropertySet>(styles->getByName("Standard"), UNO_QUERY_THROW)
            ->getPropertyValue("CharLocale") >>= locale;
        EXPECT_EQ(utf8(locale.Language), t.language);
    }
}

// The action plan made beside a saved assessment: saved as "<name> - action plan.ods" in its
// folder (a free name when that one is taken), the plan sheet in it, linked both ways by names
// relative to each file, the assessment stored with its link; asked again, the same plan.
TEST(NewAssessment, TheActionPlanIsMadeBesideTheAssessmentAndLinkedBothWays)
{
    const auto maker =
        service<org::preventtoolkit::XNewAssessment>("org.preventtoolkit.NewAssessment");
    Made made(maker->create(options("fe")));
    const auto& doc = made.model();
    EXPECT_THROW(maker->createActionPlan(doc), IllegalArgumentException) << "not saved yet";

    const auto folder = office().folder() / "plan-beside";
    std::filesystem::create_directories(folder);
    const auto assessment = folder / "Northbridge Prevent RA.odt";
    std::ofstream(folder / "Northbridge Prevent RA - action plan.ods") << "someone's own file";
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "FilterName";
    args[0].Value <<= OUString("writer8");
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)
        ->storeAsURL(prevent::testing::file_url(assessment), args);

    Made plan(maker->createActionPlan(doc));
    const auto plan_path = folder / "Northbridge Prevent RA - action plan (2).ods";
    EXPECT_EQ(utf8(plan.model()->getURL()), utf8(prevent::testing::file_url(plan_path)));
    EXPECT_TRUE(std::filesystem::exists(plan_path));
    EXPECT_THAT(utf8(Reference<css::sheet::XSpreadsheetDocument>(plan.model(), UNO_QUERY_THROW)
                         ->getSheets()
                         ->getElementNames()),
                ElementsAreArray({"Action plan"}))
        << "the plan alone, no empty sheet beside it";
    EXPECT_EQ(user_property(doc, "Prevent.ActionPlan"),
              "Northbridge%20Prevent%20RA%20-%20action%20plan%20(2).ods");
    EXPECT_EQ(user_property(plan.model(), "Prevent.Assessment"), "Northbridge%20Prevent%20RA.odt");
    EXPECT_FALSE(Reference<css::util::XModifiable>(doc, UNO_QUERY_THROW)->isModified())
        << "the assessment stored with its link";
    EXPECT_FALSE(Reference<css::util::XModifiable>(plan.model(), UNO_QUERY_THROW)->isModified());
    Made again(maker->createActionPlan(doc));
    EXPECT_EQ(again.model(), plan.model()) << "the plan already made, not another";
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    prevent::testing::OfficeOptions options;
    options.oxt = PREVENT_OXT;
    options.extra_environment = {"PREVENT_TOOLKIT_TODAY=2026-11-29"};
    ::testing::AddGlobalTestEnvironment(new prevent::testing::OfficeEnvironment(options));
    return RUN_ALL_TESTS();
}
