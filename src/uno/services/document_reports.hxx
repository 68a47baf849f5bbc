// What the services answer of a Writer document, computed by the core's parts of an assessment's
// check (core/assessment_check, as prevent-check computes them) from the model of it once read:
// the coverage report (CoverageChecker.check), the risks and their findings
// (RiskRegister.reviewRisks), the approval's status (Approval.getStatus). The services ask one
// part each; DocumentReview asks for all from one walk, each part computed once.
#pragma once

#include "core/assessment_check.hxx"
#include "core/catalogue.hxx"
#include "core/coverage.hxx"
#include "core/heading_matcher.hxx"
#include "core/risk_register.hxx"
#include "core/text_model.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <org/preventtoolkit/ApprovalStatus.hpp>
#include <org/preventtoolkit/CoverageReport.hpp>
#include <org/preventtoolkit/RiskReport.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::uno {

// profile: "" for the document's own (stored, else inferred from its first page). Throws
// core::UnknownProfile for a profile the catalogue does not have. The model must hold its
// canonical text: the approval's findings are part of the report.
org::preventtoolkit::CoverageReport coverage_report(
    const css::uno::Reference<css::frame::XModel>& document, const core::TextModel& model,
    const core::Catalogue& catalogue, const core::HeadingMatcher& matcher,
    const std::string& profile);

// The model must hold its tables.
org::preventtoolkit::RiskReport risk_report(const css::uno::Reference<css::frame::XModel>& document,
                                            const core::TextModel& model,
                                            const core::Catalogue& catalogue,
                                            const core::HeadingMatcher& matcher);

// The whole check of the core (as prevent-check computes it), the document's own profile, today:
// for what needs everything at once (the approval's record and its change, the board pack).
// The model must hold its canonical text and its tables.
core::AssessmentCheck assessment_check(const css::uno::Reference<css::frame::XModel>& document,
                                       const core::TextModel& model,
                                       const core::Catalogue& catalogue,
                                       const core::HeadingMatcher& matcher);

// RiskRegister.readRisks' answer.
css::uno::Sequence<org::preventtoolkit::RiskRow> risk_rows_to_uno(
    const std::vector<core::RiskRow>& rows);

// Every answer asked for, each part computed once (DocumentReview): the model must hold its
// canonical text for coverage and approval, its tables for risks.
struct AnswerParts {
    bool coverage = false, risks = false, approval = false;
};
struct DocumentAnswers {
    std::optional<org::preventtoolkit::CoverageReport> coverage;
    std::optional<org::preventtoolkit::RiskReport> risks;
    std::optional<org::preventtoolkit::ApprovalStatus> approval;
};
DocumentAnswers answer(const css::uno::Reference<css::frame::XModel>& document,
                       const core::TextModel& model, const core::Catalogue& catalogue,
                       const core::HeadingMatcher& matcher, const std::string& profile,
                       const AnswerParts& parts);

}  // namespace prevent::uno
