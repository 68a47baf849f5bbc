#include "reports.hxx"

#include "cli_words.hxx"
#include "core/coverage.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace prevent::cli {

namespace {

struct Tally {
    int errors = 0, warnings = 0, infos = 0;
};

Tally tally(const odf::FileReport& r)
{
    Tally t;
    for (const auto& f : r.findings) {
        if (f.severity == "error")
            ++t.errors;
        else if (f.severity == "warning")
            ++t.warnings;
        else
            ++t.infos;
    }
    return t;
}

int covered(const odf::FileReport& r)
{
    return static_cast<int>(
        std::count_if(r.areas.begin(), r.areas.end(), [](const core::AreaCoverage& a) {
            return a.state == core::kCovered || a.state == core::kNotApplicable;
        }));
}

std::string iso(const std::optional<boost::gregorian::date>& d)
{
    return d ? boost::gregorian::to_iso_extended_string(*d) : "";
}

const core::Approval* current(const odf::FileReport& r)
{
    return r.approvals.empty() ? nullptr : &r.approvals.back();
}

std::string kind_of(const odf::FileReport& r)
{
    return r.kind.empty() ? odf::kind_by_name(r.path) : r.kind;
}

}  // namespace

FileOutput output_of_file(const odf::FileReport& report, Format format, bool colour)
{
    FileOutput out;
    out.text = format == Format::Json  ? json_of_file(report)
               : format == Format::Csv ? csv_row_of_file(report)
                                       : text_of_file(report, colour);
    out.unreadable = report.error.has_value();
    const auto t = tally(report);
    out.errors = t.errors;
    out.warnings = t.warnings;
    return out;
}

std::string text_of_file(const odf::FileReport& r, bool colour)
{
    const auto paint = [&](const char* code, const std::string& s) {
        return colour ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
    };
    std::ostringstream out;
    out << paint("1", r.path.string()) << "\n";
    if (r.error) {
        out << "  " << paint("31", words("text-error", {*r.error})) << "\n\n";
        return out.str();
    }
    std::vector<std::string> facts{
        words(r.kind == "assessment" ? "text-kind-assessment" : "text-kind-action-plan")};
    facts.push_back(words("text-profile", {r.profile}));
    if (r.kind == "assessment") {
        facts.push_back(
            words("text-coverage", {std::to_string(covered(r)), std::to_string(r.areas.size())}));
        facts.push_back(words("text-risks", {std::to_string(r.risks.size())}));
    } else if (r.plan) {
        facts.push_back(words("text-plan",
                              {std::to_string(r.plan->actions), std::to_string(r.plan->open),
                               std::to_string(r.plan->overdue), std::to_string(r.plan->complete)}));
    }
    out << " ";
    for (std::size_t i = 0; i < facts.size(); ++i)
        out << (i ? " \u00b7 " : " ") << facts[i];
    out << "\n  " << words("text-approval", {r.approval.state}) << "\n";
    const auto t = tally(r);
    std::size_t code_width = 0;
    for (const auto& f : r.findings)
        code_width = std::max(code_width, f.code.size());
    for (const auto& f : r.findings) {
        const bool error = f.severity == "error", warning = f.severity == "warning";
        const std::string mark = error ? "\u2716" : warning ? "\u26a0" : "\u2139";
        out << "  "
            << paint(error     ? "31"
                     : warning ? "33"
                               : "36",
                     mark)
            << " " << f.code << std::string(code_width - f.code.size() + 2, ' ') << f.message;
        if (!f.location.empty() && f.location != "document")
            out << "  (" << f.location << ")";
        out << "\n";
    }
    out << "  "
        << words("text-findings",
                 {std::to_string(t.errors), std::to_string(t.warnings), std::to_string(t.infos)})
        << "\n\n";
    return out.str();
}

void write_text(std::ostream& out, const std::vector<FileOutput>& files)
{
    int clean = 0, with_findings = 0, unreadable = 0;
    for (const auto& f : files) {
        out << f.text;
        if (f.unreadable)
            ++unreadable;
        else
            (f.errors || f.warnings ? with_findings : clean) += 1;
    }
    out << words("text-summary", {std::to_string(files.size()), std::to_string(clean),
                                  std::to_string(with_findings), std::to_string(unreadable)})
        << "\n";
}

std::string csv_row_of_file(const odf::FileReport& r)
{
    const auto field = [](const std::string& s) {
        if (s.find_first_of(",\"\r\n") == std::string::npos)
            return s;
        std::string quoted = "\"";
        for (const char c : s)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        return quoted + "\"";
    };
    const auto t = tally(r);
    const auto* a = current(r);
    const bool ok = !r.error;
    const std::vector<std::string> row{
        r.path.string(),
        kind_of(r),
        r.error.value_or(""),
        r.profile,
        ok && r.kind == "assessment" ? std::to_string(covered(r)) : "",
        ok && r.kind == "assessment" ? std::to_string(r.areas.size()) : "",
        ok && r.kind == "assessment" ? std::to_string(r.risks.size()) : "",
        r.plan ? std::to_string(r.plan->actions) : "",
        r.plan ? std::to_string(r.plan->overdue) : "",
        ok ? std::to_string(t.errors) : "",
        ok ? std::to_string(t.warnings) : "",
        ok ? std::to_string(t.infos) : "",
        ok ? r.approval.state : "",
        a ? a->approving_body : "",
        a ? iso(a->approval_date) : "",
        a ? iso(a->next_review_due) : "",
        r.digest};
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i)
            line += ',';
        line += field(row[i]);
    }
    return line + "\r\n";
}

void write_csv(std::ostream& out, const std::vector<FileOutput>& files)
{
    out << "path,kind,error,profile,areas_covered,areas_total,risks,actions,overdue,errors,"
           "warnings,infos,"
           "approval_state,approving_body,approval_date,next_review_due,digest\r\n";
    for (const auto& f : files)
        out << f.text;
}

std::string json_of_file(const odf::FileReport& r)
{
    using nlohmann::json;
    json f;
    f["path"] = r.path.string();
    const auto kind = kind_of(r);
    f["kind"] = kind.empty() ? json(nullptr) : json(kind);
    f["error"] = r.error ? json(*r.error) : json(nullptr);
    f["profile"] = r.error ? json(nullptr) : json(r.profile);
    // Objects filled member by member: nlohmann's initializer lists copy every value twice, and a
    // file's areas and findings are most of what a run writes.
    const auto member = [](json& object, const char* key, json value) {
        object.get_ref<json::object_t&>().emplace(key, std::move(value));
    };
    json areas = json::array();
    for (const auto& a : r.areas) {
        json area = json::object();
        member(area, "id", a.area_id);
        member(area, "state", a.state);
        member(area, "title", a.title);
        member(area, "headings", a.headings);
        member(area, "reason", a.reason);
        member(area, "location", a.location);
        member(area, "evidence", a.evidence);
        member(area, "possible_headings", a.possible_headings);
        member(area, "marked", a.marked);
        areas.get_ref<json::array_t&>().push_back(std::move(area));
    }
    f["areas"] = std::move(areas);
    json findings = json::array();
    for (const auto& x : r.findings) {
        json finding = json::object();
        member(finding, "code", x.code);
        member(finding, "severity", x.severity);
        member(finding, "area", x.area_id.empty() ? json(nullptr) : json(x.area_id));
        member(finding, "message", x.message);
        member(finding, "location", x.location);
        findings.get_ref<json::array_t&>().push_back(std::move(finding));
    }
    f["findings"] = std::move(findings);
    if (r.error) {
        f["approval"] = nullptr;
        f["digest"] = nullptr;
    } else {
        json approval{{"state", r.approval.state},
                      {"changed", r.approval.changed},
                      {"review_overdue", r.approval.review_overdue},
                      {"changed_sections", r.approval.changed_sections},
                      {"history", r.approvals.size()}};
        if (const auto* a = current(r))
            approval["record"] = {{"approving_body", a->approving_body},
                                  {"approved_by", a->approved_by},
                                  {"approval_date", iso(a->approval_date)},
                                  {"minute_reference", a->minute_reference},
                                  {"approval_type", a->approval_type},
                                  {"operating_year", a->operating_year},
                                  {"next_review_due", iso(a->next_review_due)},
                                  {"version", a->version},
                                  {"digest", a->digest},
                                  {"stamped_at", a->stamped_at}};
        else
            approval["record"] = nullptr;
        f["approval"] = std::move(approval);
        f["digest"] = r.digest;
    }
    if (r.error || r.kind != "assessment") {
        f["risks"] = nullptr;
    } else {
        json risks = json::array();
        for (const auto& x : r.risks)
            risks.push_back(
                {{"table", x.table},
                 {"row", x.row},
                 {"ref", x.ref},
                 {"area", x.area_id},
                 {"risk", x.risk},
                 {"inherent", {x.inherent_likelihood, x.inherent_impact, x.inherent_score}},
                 {"residual", {x.residual_likelihood, x.residual_impact, x.residual_score}},
                 {"rag", x.rag},
                 {"controls", x.controls},
                 {"actions", x.actions},
                 {"owner", x.owner},
                 {"target_date", x.target_date},
                 {"status", x.status}});
        f["risks"] = std::move(risks);
    }
    f["plan"] = r.plan ? json{{"actions", r.plan->actions},
                              {"open", r.plan->open},
                              {"overdue", r.plan->overdue},
                              {"complete", r.plan->complete}}
                       : json(nullptr);
    // Indented as it stands in "files", two levels down.
    const std::string text = f.dump(2);
    std::string out = "    ";
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t line_end = std::min(text.find('\n', at), text.size() - 1) + 1;
        out.append(text, at, line_end - at);
        if (text[line_end - 1] == '\n')
            out += "    ";
        at = line_end;
    }
    return out;
}

void write_json(std::ostream& out, const std::vector<FileOutput>& files, const RunFacts& facts)
{
    using nlohmann::json;
    out << "{\n  \"schema_version\": " << kJsonSchemaVersion
        << ",\n  \"generator\": " << json("prevent-check " + facts.version).dump()
        << ",\n  \"today\": " << json(boost::gregorian::to_iso_extended_string(facts.today)).dump()
        << ",\n  \"files\": [";
    for (std::size_t i = 0; i < files.size(); ++i)
        out << (i ? ",\n" : "\n") << files[i].text;
    out << (files.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace prevent::cli
