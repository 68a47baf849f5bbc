// Every name the toolkit writes into a document and reads back (DESIGN.md), spelled once: both
// readers — the live document (src/uno) and the ODF file (src/odf) — and every writer use these,
// so that a file saved by one is read alike by the other. Renaming one breaks every document
// already stamped: they are part of the stored format (docs/approval.md, docs/catalogue.md).
#pragma once

namespace prevent::core {

// Document properties (File ▸ Properties ▸ Custom Properties).
inline constexpr const char* kProfileProperty = "Prevent.Profile";  // the sector profile's id
// The operating year the assessment is for ("2026-27"), set by a new assessment and each annual
// review.
inline constexpr const char* kOperatingYearProperty = "Prevent.OperatingYear";
// The version the assessment will next go to the board as ("4.0"), set by Begin Annual Review:
// proposed by the board pack and the Record approval dialog until an approval records it.
inline constexpr const char* kNextVersionProperty = "Prevent.NextVersion";
// The assessment's action plan and the plan's assessment, each a URL relative to the document
// that holds it (NewAssessment.createActionPlan): the panels and the board pack find one from
// the other without asking.
inline constexpr const char* kActionPlanLinkProperty = "Prevent.ActionPlan";
inline constexpr const char* kAssessmentLinkProperty = "Prevent.Assessment";
inline constexpr const char* kNotApplicablePrefix =
    "Prevent.NotApplicable.";                                          // + area id = the reason
inline constexpr const char* kCoveredByPrefix = "Prevent.CoveredBy.";  // + area id = a heading
// + area id = "<ISO date>;<digest of the section's text then>;<who>" (core/section_reviews)
inline constexpr const char* kReviewedPrefix = "Prevent.Reviewed.";
inline constexpr const char* kApprovalPropertyPrefix =
    "Prevent.Approval.";  // + <n>.<Field>, or Count
inline constexpr const char* kApprovalCountField = "Count";
// The current approval's fields again, under a name that does not move with each stamp, for
// fields in the text to show (the approval block, a DOCPROPERTY field in Word).
inline constexpr const char* kCurrentApprovalPrefix = "Prevent.Approval.Current.";

// Named objects in the text and the sheets.
inline constexpr const char* kApprovalBlockSection = "PreventApprovalBlock";  // a Writer section
inline constexpr const char* kRiskTablePrefix = "PreventRisk_";               // + area id + "_" + n
inline constexpr const char* kHeatMapPrefix = "PreventHeatMap_";              // + n
inline constexpr const char* kActionPlanRange =
    "PreventActionPlan";  // a database range; then 2, 3…
inline constexpr const char* kOverdueCellStyle = "Prevent overdue";  // the plan's overdue rows
inline constexpr const char* kRagCellStylePrefix = "Prevent RAG ";   // + band id: red, amber, green

}  // namespace prevent::core
