// What changed since the current approval, and whether the board should approve it again
// (docs/approval.md, "Is this a significant change?"): one set of rules for Approval.assessChange,
// the board pack and prevent-check. A risk added or removed, a band changed, an area's state
// changed, a section added or deleted are significant; wording inside sections is minor.
#pragma once

#include "approval.hxx"
#include "catalogue.hxx"
#include "risk_register.hxx"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

// The risks as an approval records them (RecordedRisk, core/approval.hxx).
std::vector<RecordedRisk> record_risks(const std::vector<RiskRow>& risks, const RatingScale& scale);

// As one property value: "ref,inherent,residual,band" entries joined by ";", the ref with "%",
// ",", ";" and control characters written %XX.
std::string encode_risks(const std::vector<RecordedRisk>& risks);
std::vector<RecordedRisk> decode_risks(const std::string& encoded);

// The areas' states at an approval (Prevent.Approval.<n>.Areas): "id=state" joined by ";".
std::string encode_area_states(const std::map<std::string, std::string>& states);
std::map<std::string, std::string> decode_area_states(const std::string& encoded);

struct RiskMovement {
    std::string ref;
    std::string kind;  // "added", "removed", "up", "down"
    std::optional<RecordedRisk> before, after;
};

struct ChangeAssessment {
    std::string level;                    // "none", "minor", "significant"
    std::vector<std::string> reasons;     // en-GB sentences, the significant ones first
    std::vector<RiskMovement> movements;  // empty when the approval recorded no risks
    bool risks_recorded = false;          // the approval holds a record of its risks
};

// What the document holds now, and what the approval recorded (risks and area states: nullopt
// for an approval stamped before they were recorded).
struct ChangeInputs {
    bool assessment = true;  // false: a spreadsheet, which keeps no risks or areas
    std::string digest_now;
    std::vector<SectionDigest> sections_now;
    std::vector<RecordedRisk> risks_now;
    std::map<std::string, std::string> areas_now;  // id -> state
    std::optional<std::vector<RecordedRisk>> risks_then;
    std::optional<std::map<std::string, std::string>> areas_then;
};
ChangeAssessment assess_change(const Approval& approval, const ChangeInputs& inputs,
                               const RatingScale& scale,
                               const std::map<std::string, std::string>& area_titles);

// The same for a history: with no approval recorded, everything is for the board to approve.
ChangeAssessment assess_change(const std::vector<Approval>& history, const ChangeInputs& inputs,
                               const RatingScale& scale,
                               const std::map<std::string, std::string>& area_titles);

}  // namespace prevent::core
