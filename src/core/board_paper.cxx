#include "board_paper.hxx"

#include "document_strings.hxx"
#include "long_date.hxx"
#include "operating_year.hxx"
#include "risk_summary.hxx"

#include <algorithm>

namespace prevent::core {

namespace {

using Kind = PaperBlock::Kind;

// A board paper is read in a meeting: long lists are cut, saying how many more there are and
// where the rest is (the assessment, the Approval panel, the action plan).
constexpr std::size_t kHeadingsPerArea = 3;
constexpr std::size_t kTopRisks = 20;
constexpr std::size_t kMovements = 20;
constexpr std::size_t kReasons = 12;
constexpr std::size_t kVerdictReasons = 3;
constexpr std::size_t kOverdueActions = 15;
constexpr std::size_t kCompletedActions = 15;
constexpr std::size_t kRisksWithoutAction = 30;

std::string w(const std::string& key, const std::vector<std::string>& arguments = {})
{
    return document_words("pack-" + key, arguments);
}

// A reason as a sentence of its own: its first letter a capital.
std::string sentence(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

PaperBlock block(Kind kind, std::string text) { return {kind, std::move(text), {}}; }

PaperBlock table(std::vector<std::vector<PaperCell>> rows)
{
    return {Kind::Table, "", std::move(rows)};
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

// The first `most` parts joined, then "and N more" when there are more.
std::string joined_first(const std::vector<std::string>& parts, std::size_t most,
                         const std::string& separator)
{
    if (parts.size() <= most)
        return joined(parts, separator);
    return joined({parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(most)}, separator) +
           separator + w("and-more", {std::to_string(parts.size() - most)});
}

const RiskBand* band_of(const Catalogue& catalogue, const std::string& id)
{
    for (const auto& b : catalogue.rating().bands)
        if (b.id == id)
            return &b;
    return nullptr;
}

// The colour a state is shown in, as a band of the scale: red for what needs the board now.
std::string state_band(const std::string& state)
{
    if (state == "approved")
        return "green";
    if (state == "changed-since-approval")
        return "amber";
    return "red";  // not-approved, review-overdue
}

void cover(BoardPaper& paper, const BoardPaperInputs& in)
{
    paper.blocks.push_back(block(Kind::Title, in.title));
    const std::string year = operating_year_of(in.today).name();
    paper.blocks.push_back(block(Kind::Subtitle, in.version.empty()
                                                     ? w("subtitle", {year})
                                                     : w("subtitle-version", {in.version, year})));
    paper.blocks.push_back(
        block(Kind::Paragraph, w("meeting", {in.meeting_body, long_date(in.meeting_date)})));
    std::vector<std::string> people;
    if (!in.prepared_by.empty())
        people.push_back(w("prepared-by", {in.prepared_by}));
    if (!in.prevent_lead.empty())
        people.push_back(w("prevent-lead", {in.prevent_lead}));
    if (!people.empty())
        paper.blocks.push_back(block(Kind::Paragraph, joined(people, "; ") + "."));
    paper.blocks.push_back(block(Kind::Heading, w("decision-heading")));
    paper.blocks.push_back(
        block(Kind::Paragraph, in.version.empty()
                                   ? w("decision", {in.meeting_body})
                                   : w("decision-version", {in.meeting_body, in.version})));
    paper.blocks.push_back(block(Kind::Paragraph, w("reference", {short_digest(in.digest)})));
}

void assurance(BoardPaper& paper, const BoardPaperInputs& in)
{
    paper.blocks.push_back(block(Kind::Heading, w("assurance-heading")));
    const Approval* last = in.history.empty() ? nullptr : &in.history.back();
    std::vector<std::vector<PaperCell>> rows = {
        {{w("assurance-what"), ""}, {w("assurance-now"), ""}}};
    rows.push_back({{w("assurance-state"), ""},
                    {w("state-" + in.approval.state), state_band(in.approval.state)}});
    std::string last_text = w("assurance-none");
    if (last && last->approval_date) {
        last_text = w("assurance-last", {last->approving_body, long_date(*last->approval_date)});
        if (!last->minute_reference.empty())
            last_text += w("assurance-minute", {last->minute_reference});
    }
    rows.push_back({{w("assurance-last-approval"), ""}, {last_text, ""}});
    const auto this_year = operating_year_of(in.today);
    const auto past_year = operating_year_of(this_year.start() - boost::gregorian::days(1));
    const auto approved_in = [&](const OperatingYear& year) {
        return std::any_of(in.history.begin(), in.history.end(), [&](const Approval& a) {
            return a.approval_date && *a.approval_date >= year.start() &&
                   *a.approval_date <= year.end();
        });
    };
    for (const auto& year : {this_year, past_year}) {
        const bool yes = approved_in(year);
        rows.push_back({{w("assurance-refreshed", {year.name()}), ""},
                        {yes ? w("yes") : w("no"), yes ? "green" : "red"}});
    }
    rows.push_back(
        {{w("assurance-next-review"), ""},
         {last && last->next_review_due ? long_date(*last->next_review_due) : w("assurance-none"),
          in.approval.review_overdue ? "red" : ""}});
    rows.push_back({{w("assurance-errors"), ""},
                    {std::to_string(in.open_errors), in.open_errors > 0 ? "red" : "green"}});
    paper.blocks.push_back(table(std::move(rows)));
}

void coverage(BoardPaper& paper, const BoardPaperInputs& in)
{
    paper.blocks.push_back(block(Kind::Heading, w("coverage-heading", {in.profile_title})));
    int covered = 0, empty = 0, missing = 0, not_applicable = 0;
    std::vector<std::vector<PaperCell>> rows = {
        {{w("coverage-area"), ""}, {w("coverage-state"), ""}, {w("coverage-where"), ""}}};
    for (const auto& a : in.areas) {
        covered += a.state == "covered";
        empty += a.state == "empty";
        missing += a.state == "missing";
        not_applicable += a.state == "not-applicable";
        const std::string where = a.state == "not-applicable"
                                      ? a.reason
                                      : joined_first(a.headings, kHeadingsPerArea, "; ");
        const std::string band = a.state == "covered"          ? "green"
                                 : a.state == "not-applicable" ? ""
                                 : a.state == "empty"          ? "amber"
                                                               : "red";
        rows.push_back({{a.title, ""}, {w("area-" + a.state), band}, {where, ""}});
    }
    paper.blocks.push_back(
        block(Kind::Paragraph,
              w("coverage-counts",
                {std::to_string(covered), std::to_string(in.areas.size()), std::to_string(empty),
                 std::to_string(missing), std::to_string(not_applicable)})));
    paper.blocks.push_back(table(std::move(rows)));
}

void risk_profile(BoardPaper& paper, const BoardPaperInputs& in, const Catalogue& catalogue)
{
    paper.blocks.push_back(block(Kind::Heading, w("risks-heading")));
    if (in.risks.empty()) {
        paper.blocks.push_back(block(Kind::Paragraph, w("risks-none")));
        return;
    }
    const auto summary = summarise_risks(in.risks, catalogue);
    // Likelihood down the side, 5 at the top; impact along the top, as the heat map the Risks
    // panel inserts.
    std::vector<std::vector<PaperCell>> grid = {{{document_words("heat-map-corner"), ""}}};
    for (int impact = 1; impact <= kScaleSteps; ++impact)
        grid[0].push_back({std::to_string(impact), ""});
    for (int likelihood = kScaleSteps; likelihood >= 1; --likelihood) {
        std::vector<PaperCell> row = {{std::to_string(likelihood), ""}};
        for (int impact = 1; impact <= kScaleSteps; ++impact) {
            const auto* band = catalogue.rating().band_for_score(likelihood * impact);
            const int count = summary.count_at(likelihood, impact);
            row.push_back({count ? std::to_string(count) : "", band ? band->id : ""});
        }
        grid.push_back(std::move(row));
    }
    paper.blocks.push_back({Kind::HeatMap, w("heat-caption"), std::move(grid)});
    std::vector<std::string> counts;
    for (const auto& c : summary.by_band) {
        const auto* band = band_of(catalogue, c.band_id);
        counts.push_back((band ? band->title : w("not-rated")) + " " + std::to_string(c.count));
    }
    paper.blocks.push_back(
        block(Kind::Paragraph, w("risks-by-band", {joined(counts, " \u00b7 ")})));
    const auto* top =
        catalogue.rating().bands.empty()
            ? nullptr
            : &*std::max_element(
                  catalogue.rating().bands.begin(), catalogue.rating().bands.end(),
                  [](const RiskBand& a, const RiskBand& b) { return a.order < b.order; });
    std::vector<std::vector<PaperCell>> rows = {{{w("risk-ref"), ""},
                                                 {w("risk-risk"), ""},
                                                 {w("risk-owner"), ""},
                                                 {w("risk-controls"), ""},
                                                 {w("risk-actions"), ""}}};
    std::size_t more_top = 0;
    for (const auto& r : record_risks(in.risks, catalogue.rating())) {
        if (!top || r.band != top->id)
            continue;
        if (rows.size() > kTopRisks) {
            ++more_top;
            continue;
        }
        const auto row = std::find_if(in.risks.begin(), in.risks.end(),
                                      [&](const RiskRow& x) { return x.ref == r.ref; });
        rows.push_back({{r.ref, top->id},
                        {row->risk, ""},
                        {row->owner, ""},
                        {row->controls, ""},
                        {row->actions, ""}});
    }
    if (!top)
        return;
    paper.blocks.push_back(block(Kind::Paragraph, rows.size() > 1
                                                      ? w("risks-top", {top->title})
                                                      : w("risks-top-none", {top->title})));
    if (rows.size() > 1)
        paper.blocks.push_back(table(std::move(rows)));
    if (more_top)
        paper.blocks.push_back(
            block(Kind::Paragraph, w("risks-top-more", {std::to_string(more_top), top->title})));
}

std::string risk_state(const std::optional<RecordedRisk>& r, const Catalogue& catalogue)
{
    if (!r)
        return "\u2014";
    const auto* band = band_of(catalogue, r->band);
    const auto score = [](int n) { return n > 0 ? std::to_string(n) : w("not-scored"); };
    return w("movement-scores",
             {score(r->inherent), score(r->residual), band ? band->title : w("not-rated")});
}

void changes(BoardPaper& paper, const BoardPaperInputs& in, const Catalogue& catalogue)
{
    paper.blocks.push_back(block(Kind::Heading, w("changes-heading")));
    if (in.history.empty()) {
        paper.blocks.push_back(block(Kind::Paragraph, w("changes-no-approval")));
    } else if (in.change.level == "none") {
        const auto& last = in.history.back();
        paper.blocks.push_back(block(
            Kind::Paragraph,
            w("changes-none",
              {last.approving_body, last.approval_date ? long_date(*last.approval_date) : ""})));
    } else {
        for (std::size_t i = 0; i < in.change.reasons.size() && i < kReasons; ++i)
            paper.blocks.push_back(
                block(Kind::Paragraph, "\u2022 " + sentence(in.change.reasons[i]) + "."));
        if (in.change.reasons.size() > kReasons)
            paper.blocks.push_back(
                block(Kind::Paragraph,
                      w("changes-more", {std::to_string(in.change.reasons.size() - kReasons)})));
        if (!in.change.risks_recorded) {
            paper.blocks.push_back(block(Kind::Paragraph, w("changes-no-risk-record")));
        } else if (!in.change.movements.empty()) {
            std::vector<std::vector<PaperCell>> rows = {{{w("risk-ref"), ""},
                                                         {w("movement-change"), ""},
                                                         {w("movement-before"), ""},
                                                         {w("movement-after"), ""}}};
            for (std::size_t i = 0; i < in.change.movements.size() && i < kMovements; ++i) {
                const auto& m = in.change.movements[i];
                rows.push_back({{m.ref, ""},
                                {w("movement-" + m.kind), ""},
                                {risk_state(m.before, catalogue), m.before ? m.before->band : ""},
                                {risk_state(m.after, catalogue), m.after ? m.after->band : ""}});
            }
            paper.blocks.push_back(table(std::move(rows)));
            if (in.change.movements.size() > kMovements)
                paper.blocks.push_back(block(
                    Kind::Paragraph, w("movements-more",
                                       {std::to_string(in.change.movements.size() - kMovements)})));
        }
    }
    paper.blocks.push_back(block(Kind::Heading, w("verdict-heading")));
    std::string verdict;
    if (in.change.level == "significant")
        verdict =
            w("verdict-significant", {joined_first(in.change.reasons, kVerdictReasons, "; ")});
    else if (in.change.level == "minor")
        verdict = w("verdict-minor", {joined_first(in.change.reasons, kVerdictReasons, "; ")});
    else
        verdict = w("verdict-none");
    paper.blocks.push_back(block(Kind::Paragraph, verdict));
}

void plan_progress(BoardPaper& paper, const BoardPaperInputs& in)
{
    if (!in.plan)
        return;
    const auto& plan = *in.plan;
    paper.blocks.push_back(block(Kind::Heading, w("plan-heading")));
    paper.blocks.push_back(
        block(Kind::Paragraph,
              w("plan-counts",
                {std::to_string(plan.counts.actions), std::to_string(plan.counts.open),
                 std::to_string(plan.counts.overdue), std::to_string(plan.counts.complete)})));
    const auto due_words = [](const PlanActionState& a) {
        return a.due_date ? long_date(*a.due_date) : a.due;
    };
    std::vector<std::vector<PaperCell>> overdue = {{{w("plan-action"), ""},
                                                    {w("risk-owner"), ""},
                                                    {w("plan-due"), ""},
                                                    {w("plan-status"), ""}}};
    // The longest overdue first (an action without a readable date last), as a board asks.
    std::vector<const PlanActionState*> late;
    for (const auto& a : plan.actions)
        if (a.overdue)
            late.push_back(&a);
    std::stable_sort(late.begin(), late.end(),
                     [](const PlanActionState* a, const PlanActionState* b) {
                         if (a->due_date && b->due_date)
                             return *a->due_date < *b->due_date;
                         return a->due_date.has_value() && !b->due_date.has_value();
                     });
    for (std::size_t i = 0; i < late.size() && i < kOverdueActions; ++i)
        overdue.push_back({{late[i]->action, ""},
                           {late[i]->owner, ""},
                           {due_words(*late[i]), "red"},
                           {late[i]->status, ""}});
    paper.blocks.push_back(
        block(Kind::Paragraph, overdue.size() > 1 ? w("plan-overdue") : w("plan-overdue-none")));
    if (overdue.size() > 1)
        paper.blocks.push_back(table(std::move(overdue)));
    if (late.size() > kOverdueActions)
        paper.blocks.push_back(
            block(Kind::Paragraph,
                  w("plan-overdue-more", {std::to_string(late.size() - kOverdueActions)})));

    // Completed since the last approval: only when there is one to count from.
    const Approval* last = in.history.empty() ? nullptr : &in.history.back();
    if (!last || !last->approval_date) {
        paper.blocks.push_back(block(Kind::Paragraph, w("plan-no-approval")));
    } else if (!plan.records_completion) {
        paper.blocks.push_back(block(Kind::Paragraph, w("plan-no-completion-dates")));
    } else {
        std::vector<std::string> done;
        for (const auto& a : plan.actions)
            if (a.complete && a.completed_date && *a.completed_date >= *last->approval_date)
                done.push_back(a.action);
        paper.blocks.push_back(block(
            Kind::Paragraph,
            done.empty() ? w("plan-completed-none", {long_date(*last->approval_date)})
                         : w("plan-completed", {long_date(*last->approval_date),
                                                joined_first(done, kCompletedActions, "; ")})));
    }

    std::vector<std::string> without;
    for (const auto& r : in.risks) {
        if (r.actions.empty() || r.ref.empty())
            continue;
        const bool planned =
            std::any_of(plan.actions.begin(), plan.actions.end(),
                        [&](const PlanActionState& a) { return a.risk_ref == r.ref; });
        if (!planned && std::find(without.begin(), without.end(), r.ref) == without.end())
            without.push_back(r.ref);
    }
    paper.blocks.push_back(block(
        Kind::Paragraph, without.empty() ? w("plan-every-risk")
                                         : w("plan-risks-without",
                                             {joined_first(without, kRisksWithoutAction, ", ")})));
}

}  // namespace

std::string short_digest(const std::string& digest)
{
    std::string out;
    for (std::size_t i = 0; i < std::min<std::size_t>(digest.size(), 12); ++i) {
        if (i && i % 4 == 0)
            out += ' ';
        out += digest[i];
    }
    return out;
}

BoardPaper board_paper(const BoardPaperInputs& in, const Catalogue& catalogue)
{
    BoardPaper paper;
    cover(paper, in);
    assurance(paper, in);
    coverage(paper, in);
    risk_profile(paper, in, catalogue);
    changes(paper, in, catalogue);
    plan_progress(paper, in);
    return paper;
}

}  // namespace prevent::core
