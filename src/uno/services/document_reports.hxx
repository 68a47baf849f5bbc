// What the services answer of a Writer document, computed from the core's model of it
// (core::TextModel) once it is read: the coverage report (CoverageChecker.check), the risks and
// their findings (RiskRegister.reviewRisks), the approval's status (Approval.getStatus). The
// services read the model for one answer; DocumentReview reads it once for all three.
#pragma once

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

// RiskRegister.readRisks' answer.
css::uno::Sequence<org::preventtoolkit::RiskRow> risk_rows_to_uno(
    const std::vector<core::RiskRow>& rows);

// The model must hold its canonical text.
org::preventtoolkit::ApprovalStatus approval_status(
    const css::uno::Reference<css::frame::XModel>& document, const core::TextModel& model);

}  // namespace prevent::uno
