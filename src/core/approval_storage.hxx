// How approvals are kept as document properties (DESIGN.md): Prevent.Approval.<n>.<Field>
// (n = 1 the oldest) and Prevent.Approval.Count. Both readers — the live document's properties
// (src/uno) and meta.xml (src/odf) — give each property as text and share this rule, so that
// they read the same history.
#pragma once

#include "approval.hxx"
#include "stored_names.hxx"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// The fields of a record, in the order they are written.
inline constexpr const char* kApprovalFields[] = {
    "ApprovingBody", "ApprovedBy",    "ApprovalDate",   "MinuteReference", "RecommendedBy",
    "ApprovalType",  "OperatingYear", "NextReviewDue",  "Version",         "Note",
    "Digest",        "StampedAt",     "SectionDigests", "Risks",           "Areas"};

std::string approval_property_name(std::size_t n, const char* field);

// A property's value as text, nullopt when the document has none of that name: text as it is,
// a whole number as "3", a date as "2026-09-01", a date and time as "2026-09-01T10:15:00".
using PropertyText = std::function<std::optional<std::string>(const std::string& name)>;

// Prevent.Approval.Count, at most 10,000 so that a damaged value cannot make a reader loop.
std::size_t stored_approval_count(const PropertyText& property);

// Every approval, oldest first; groups with neither body nor date are skipped.
std::vector<Approval> approvals_from_properties(const PropertyText& property);

}  // namespace prevent::core
