#include "risk_register.hxx"

#include "iso_dates.hxx"
#include "outline.hxx"
#include "risk_values.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <map>
#include <set>

namespace prevent::core {

namespace {

constexpr int kColumnKinds = static_cast<int>(RiskColumn::Status) + 1;

std::string clean(const std::string& text) { return is_placeholder(text) ? std::string() : text; }

Finding finding(const RiskRow& r, const char* code, const char* severity, RiskColumn at,
                const std::vector<std::string>& arguments)
{
    return {code, severity, r.area_id, finding_message(code, arguments), r.location_of(at)};
}

}  // namespace

const GridCell* cell_at(const std::vector<GridCell>& row, int column)
{
    for (const auto& c : row)
        if (column >= c.first_column && column < c.first_column + c.span)
            return &c;
    return nullptr;
}

std::string RiskRow::location_of(RiskColumn column) const
{
    const auto i = static_cast<std::size_t>(column);
    if (i < locations.size() && !locations[i].empty())
        return locations[i];
    for (const RiskColumn fallback : {RiskColumn::Ref, RiskColumn::Risk, RiskColumn::Description})
        if (static_cast<std::size_t>(fallback) < locations.size() &&
            !locations[static_cast<std::size_t>(fallback)].empty())
            return locations[static_cast<std::size_t>(fallback)];
    return "table:" + table;
}

bool RiskRow::has_column(RiskColumn column) const
{
    const auto i = static_cast<std::size_t>(column);
    return i < locations.size() && !locations[i].empty();
}

std::optional<std::vector<RiskRow>> read_risk_table(const TableGrid& table,
                                                    const Catalogue& catalogue,
                                                    const HeadingMatcher& matcher)
{
    std::vector<std::vector<HeaderCell>> top;
    for (std::size_t r = 0; r < table.rows.size() && r < 2; ++r) {
        std::vector<HeaderCell> cells;
        for (const auto& c : table.rows[r])
            cells.push_back({c.text, c.first_column, c.span});
        top.push_back(std::move(cells));
    }
    const auto header = read_risk_header(top, table.columns);
    if (!header)
        return std::nullopt;
    const auto& scale = catalogue.rating();
    std::vector<RiskRow> rows;
    for (std::size_t r = static_cast<std::size_t>(header->header_rows); r < table.rows.size();
         ++r) {
        const auto& cells = table.rows[r];
        RiskRow row;
        row.table = table.name;
        row.row = static_cast<int>(r) - header->header_rows + 1;
        row.scored_table = header->scored();
        row.locations.assign(kColumnKinds, {});
        std::map<RiskColumn, std::string> texts;
        for (int c = 0; c < table.columns; ++c) {
            const auto& kind = header->columns[static_cast<std::size_t>(c)];
            if (!kind)
                continue;
            if (const GridCell* cell = cell_at(cells, c)) {
                texts[*kind] = cell->text;
                row.locations[static_cast<std::size_t>(*kind)] =
                    "table:" + table.name + "!" + cell->address;
            }
        }
        const auto text = [&](RiskColumn k) {
            return texts.count(k) ? clean(texts[k]) : std::string();
        };
        row.ref = text(RiskColumn::Ref);
        row.risk = text(RiskColumn::Risk);
        if (row.risk.empty())
            row.risk = text(RiskColumn::Description);
        row.controls = text(RiskColumn::Controls);
        row.actions = text(RiskColumn::Actions);
        row.owner = text(RiskColumn::Owner);
        row.status = text(RiskColumn::Status);
        row.target_date = parse_date(text(RiskColumn::TargetDate)).value_or("");
        if (const auto band = parse_band(text(RiskColumn::Rag), scale))
            for (const auto& b : scale.bands)
                if (b.id == *band)
                    row.rag = b.title;
        row.inherent_likelihood =
            parse_rating(text(RiskColumn::InherentLikelihood), scale.likelihood_labels,
                         scale.other_likelihood_labels)
                .value_or(0);
        row.inherent_impact = parse_rating(text(RiskColumn::InherentImpact), scale.impact_labels,
                                           scale.other_impact_labels)
                                  .value_or(0);
        row.residual_likelihood =
            parse_rating(text(RiskColumn::ResidualLikelihood), scale.likelihood_labels,
                         scale.other_likelihood_labels)
                .value_or(0);
        row.residual_impact = parse_rating(text(RiskColumn::ResidualImpact), scale.impact_labels,
                                           scale.other_impact_labels)
                                  .value_or(0);
        const auto inherent = parse_score(text(RiskColumn::InherentScore), scale);
        const auto residual = parse_score(text(RiskColumn::ResidualScore), scale);
        row.inherent_score = inherent.value.value_or(0);
        row.residual_score = residual.value.value_or(0);
        row.score_band[0] = inherent.band;
        row.score_band[1] = residual.band;
        // The area: an Area column (its words matched like a heading), else the section's.
        if (const std::string area = text(RiskColumn::Area); !area.empty()) {
            const auto m = matcher.match(area);
            if (!m.covered.empty())
                row.area_id = m.covered.front();
        }
        if (row.area_id.empty())
            row.area_id = table.section_area;
        // A row with nothing but its ref is waiting to be filled: not a risk yet.
        bool content = false;
        for (const auto& [kind, t] : texts)
            content = content || (kind != RiskColumn::Ref && !clean(t).empty());
        if (content)
            rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<Finding> check_risks(const std::vector<RiskRow>& risks, const RatingScale& scale,
                                 const boost::gregorian::date& today)
{
    std::vector<Finding> out;
    std::set<std::string> refs;
    const auto band_of = [&](int score) -> std::string {
        const auto* b = scale.band_for_score(score);
        return b ? b->title : std::string();
    };
    for (const auto& r : risks) {
        const std::string name = r.ref.empty() ? r.risk : r.ref;
        if (!r.ref.empty() && !refs.insert(r.ref).second)
            out.push_back(finding(r, "risk-duplicate-ref", "error", RiskColumn::Ref, {r.ref}));
        if (r.owner.empty())
            out.push_back(finding(r, "risk-no-owner", "warning", RiskColumn::Owner, {name}));
        if (r.controls.empty())
            out.push_back(finding(r, "risk-no-controls", "warning", RiskColumn::Controls, {name}));
        struct Pair {
            int likelihood, impact, score;
            RiskColumn l, i, s;
        };
        const Pair phases[2] = {
            {r.inherent_likelihood, r.inherent_impact, r.inherent_score,
             RiskColumn::InherentLikelihood, RiskColumn::InherentImpact, RiskColumn::InherentScore},
            {r.residual_likelihood, r.residual_impact, r.residual_score,
             RiskColumn::ResidualLikelihood, RiskColumn::ResidualImpact, RiskColumn::ResidualScore},
        };
        for (const auto& p : phases) {
            for (const auto& [value, column] :
                 {std::pair{p.likelihood, p.l}, std::pair{p.impact, p.i}}) {
                if (value != 0 && (value < 1 || value > kScaleSteps))
                    out.push_back(finding(r, "risk-rating-out-of-range", "error", column,
                                          {name, std::to_string(value)}));
            }
            if (r.scored_table && r.has_column(p.l) && (p.likelihood == 0 || p.impact == 0))
                out.push_back(
                    finding(r, "risk-no-rating", "warning", p.likelihood == 0 ? p.l : p.i, {name}));
            const bool valid = p.likelihood >= 1 && p.likelihood <= kScaleSteps && p.impact >= 1 &&
                               p.impact <= kScaleSteps;
            if (valid && p.score != 0 && p.score != p.likelihood * p.impact)
                out.push_back(finding(
                    r, "risk-score-mismatch", "error", p.s,
                    {name, std::to_string(p.score), std::to_string(p.likelihood * p.impact)}));
        }
        // The band the RAG should show: of the residual score, else of the inherent one.
        const auto score_of = [](int l, int i, int s) {
            return s != 0 ? s : (l >= 1 && i >= 1 ? l * i : 0);
        };
        const int residual = score_of(r.residual_likelihood, r.residual_impact, r.residual_score);
        const int inherent = score_of(r.inherent_likelihood, r.inherent_impact, r.inherent_score);
        std::string expected = residual   ? band_of(residual)
                               : inherent ? band_of(inherent)
                                          : std::string();
        if (expected.empty()) {  // scores written as bands: "High"
            for (const auto& band : {r.score_band[1], r.score_band[0]})
                if (band && expected.empty())
                    for (const auto& b : scale.bands)
                        if (b.id == *band)
                            expected = b.title;
        }
        if (!r.rag.empty() && !expected.empty() && r.rag != expected)
            out.push_back(finding(r, "risk-rag-mismatch", "warning", RiskColumn::Rag,
                                  {name, r.rag, expected}));
        if (residual && inherent && residual > inherent)
            out.push_back(finding(r, "risk-residual-above-inherent", "warning",
                                  RiskColumn::ResidualScore,
                                  {name, std::to_string(residual), std::to_string(inherent)}));
        if (!r.target_date.empty() && !is_complete(r.status)) {
            if (const auto due = day_of_iso(r.target_date); due && *due < today)
                out.push_back(finding(r, "risk-overdue", "warning", RiskColumn::TargetDate,
                                      {name, r.target_date}));
        }
    }
    return out;
}

std::optional<std::vector<std::vector<std::string>>> new_risk_table_cells(
    const RiskTableStyles& styles, std::string_view style, const std::string& ref)
{
    const auto* titles = styles.columns(style);
    if (!titles || titles->empty())
        return std::nullopt;
    std::vector<HeaderCell> header_cells;
    for (std::size_t c = 0; c < titles->size(); ++c)
        header_cells.push_back({(*titles)[c], static_cast<int>(c), 1});
    std::vector<std::string> first_row(titles->size());
    const auto header = read_risk_header({header_cells}, static_cast<int>(titles->size()));
    if (const auto column = header ? header->column_of(RiskColumn::Ref) : std::nullopt)
        first_row[static_cast<std::size_t>(*column)] = ref;
    return std::vector<std::vector<std::string>>{*titles, first_row};
}

}  // namespace prevent::core
