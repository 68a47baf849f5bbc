#include "service_calls.hxx"

#include <com/sun/star/util/Date.hpp>
#include <org/preventtoolkit/ApprovalRecord.hpp>
#include <org/preventtoolkit/XActionPlan.hpp>
#include <org/preventtoolkit/XActionPlanFiles.hpp>
#include <org/preventtoolkit/XApproval.hpp>
#include <org/preventtoolkit/XCatalogue.hpp>
#include <org/preventtoolkit/XCoverageChecker.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>
#include <org/preventtoolkit/XDocumentReview.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>

namespace prevent::testing {

using css::frame::XModel;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

template <typename T>
Reference<T> service(const Office& office, const char* name)
{
    return Reference<T>(office.create(name), UNO_QUERY_THROW);
}

// The first risk table's name, so that addRiskRow has one to grow where the document has any.
OUString first_risk_table(const Reference<org::preventtoolkit::XRiskRegister>& risks,
                          const Reference<XModel>& document)
{
    const auto rows = risks->readRisks(document);
    return rows.hasElements() ? rows[0].Table : OUString("PreventRisk_none_1");
}

}  // namespace

std::vector<ServiceCall> service_calls(const Office& office, const Reference<XModel>& assessment,
                                       const OUString& assessment_url)
{
    using namespace org::preventtoolkit;
    const auto catalogue = service<XCatalogue>(office, "org.preventtoolkit.Catalogue");
    const auto coverage = service<XCoverageChecker>(office, "org.preventtoolkit.CoverageChecker");
    const auto profile = service<XDocumentProfile>(office, "org.preventtoolkit.DocumentProfile");
    const auto risks = service<XRiskRegister>(office, "org.preventtoolkit.RiskRegister");
    const auto approval = service<XApproval>(office, "org.preventtoolkit.Approval");
    const auto review = service<XDocumentReview>(office, "org.preventtoolkit.DocumentReview");
    const auto plan = service<XActionPlan>(office, "org.preventtoolkit.ActionPlan");
    const Reference<XActionPlanFiles> plan_files(plan, UNO_QUERY_THROW);
    ApprovalRecord record;
    record.ApprovingBody = "Board of Governors";
    record.ApprovedBy = "Jane Smith, Chair of Governors";
    record.ApprovalDate = css::util::Date(10, 11, 2026);
    record.MinuteReference = "BoG/26/31";
    using D = const Reference<XModel>&;
    return {
        {"Catalogue.getProfiles", false, [=](D) { catalogue->getProfiles(); }},
        {"Catalogue.getAreas", false, [=](D) { catalogue->getAreas("schools"); }},
        {"Catalogue.describeProfiles", false, [=](D) { catalogue->describeProfiles(); }},
        {"CoverageChecker.check", false, [=](D d) { coverage->check(d, ""); }},
        {"CoverageChecker.insertSection", true,
         [=](D d) { coverage->insertSection(d, "welfare-pastoral"); }},
        {"CoverageChecker.markNotApplicable", true,
         [=](D d) {
             coverage->markNotApplicable(d, "sensitive-research",
                                         "We do no security-sensitive research.");
         }},
        {"CoverageChecker.markCoveredBy", true,
         [=](D d) { coverage->markCoveredBy(d, "speakers-events", "Leadership"); }},
        {"CoverageChecker.clearMark", true,
         [=](D d) { coverage->clearMark(d, "sensitive-research"); }},
        {"DocumentProfile.getProfile", false, [=](D d) { profile->getProfile(d); }},
        {"DocumentProfile.getStoredProfile", false, [=](D d) { profile->getStoredProfile(d); }},
        {"DocumentReview.review", false, [=](D d) { review->review(d, true, true, true); }},
        {"DocumentProfile.setProfile", true, [=](D d) { profile->setProfile(d, "fe"); }},
        {"RiskRegister.insertRiskTable", true,
         [=](D d) { risks->insertRiskTable(d, "it-filtering", "scored"); }},
        {"RiskRegister.addRiskRow", true,
         [=](D d) { risks->addRiskRow(d, first_risk_table(risks, d)); }},
        {"RiskRegister.readRisks", false, [=](D d) { risks->readRisks(d); }},
        {"RiskRegister.checkRisks", false, [=](D d) { risks->checkRisks(d); }},
        {"RiskRegister.reviewRisks", false, [=](D d) { risks->reviewRisks(d); }},
        {"RiskRegister.recalculate", true, [=](D d) { risks->recalculate(d); }},
        {"RiskRegister.insertHeatMap", true, [=](D d) { risks->insertHeatMap(d); }},
        {"Approval.getStatus", false, [=](D d) { approval->getStatus(d); }},
        {"Approval.computeDigest", false, [=](D d) { approval->computeDigest(d); }},
        {"Approval.stamp", true, [=](D d) { approval->stamp(d, record); }},
        {"Approval.insertApprovalBlock", true, [=](D d) { approval->insertApprovalBlock(d); }},
        {"ActionPlan.check", false, [=](D d) { plan->check(d, assessment); }},
        {"ActionPlan.createSheet", true, [=](D d) { plan->createSheet(d); }},
        {"ActionPlan.adoptSheet", true, [=](D d) { plan->adoptSheet(d, "Sheet1"); }},
        {"ActionPlan.importActions", true, [=](D d) { plan->importActions(d, assessment); }},
        {"ActionPlan.insertSummary", true, [=](D d) { plan->insertSummary(d); }},
        {"ActionPlanFiles.checkAgainstFile", false,
         [=](D d) { plan_files->checkAgainstFile(d, assessment_url); }},
        {"ActionPlanFiles.importActionsFromFile", true,
         [=](D d) { plan_files->importActionsFromFile(d, assessment_url); }},
    };
}

}  // namespace prevent::testing
