// The board pack's paper (issue 19): what the governing body reads before it approves the
// Prevent risk assessment, built from the same reports the panels show, as blocks of text and
// tables in the document's words (document_strings). A renderer lays the blocks out (src/uno:
// a Writer document); nothing here knows of UNO.
#pragma once

#include "approval.hxx"
#include "approval_change.hxx"
#include "catalogue.hxx"
#include "coverage.hxx"
#include "plan_checks.hxx"
#include "risk_register.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace prevent::core {

struct PaperCell {
    std::string text;
    std::string band;  // a band's id for the cell's colour (heat map, approval state); "" none
};

struct PaperBlock {
    enum class Kind { Title, Subtitle, Heading, Paragraph, Table, HeatMap };
    Kind kind = Kind::Paragraph;
    std::string text;                          // all kinds but Table and HeatMap
    std::vector<std::vector<PaperCell>> rows;  // Table, HeatMap: rows[0] is the header row
};

struct BoardPaper {
    std::vector<PaperBlock> blocks;
};

struct BoardPaperInputs {
    std::string title;          // the assessment's title ("Northbridge University: Prevent…")
    std::string profile_title;  // "Higher education"
    std::string version;        // the version put to the board; "" when not known
    std::string prevent_lead;   // "" when not known
    std::string meeting_body;   // "Board of Governors"
    boost::gregorian::date meeting_date;
    std::string prepared_by;
    std::string digest;  // of the content now
    std::vector<Approval> history;
    ApprovalState approval;
    ChangeAssessment change;
    std::vector<AreaCoverage> areas;
    std::vector<RiskRow> risks;
    int open_errors = 0;  // error findings of the assessment's check
    boost::gregorian::date today;
    // The action plan, when one is given: its counts and actions (plan_actions), and whether it
    // has a column for completion dates.
    struct Plan {
        PlanCounts counts;
        std::vector<PlanActionState> actions;
        bool records_completion = false;
    };
    std::optional<Plan> plan;
};

// The paper: cover with the decision sought, assurance at a glance, coverage, risk profile (heat
// map, bands, red risks), what changed since the last approval, whether it is significant, and
// the action plan's progress when there is a plan (counts, overdue actions, actions completed
// since the last approval, risks with further actions but no action).
BoardPaper board_paper(const BoardPaperInputs& in, const Catalogue& catalogue);

// The digest's short form for a minute: its first 12 hex digits in groups of four
// ("a15f 1eba 1e76").
std::string short_digest(const std::string& digest);

}  // namespace prevent::core
