#include "reports.hxx"

#include "cli_words.hxx"
#include "core/coverage.hxx"
#include "core/iso_dates.hxx"
#include "core/messages.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>
#include <string_view>

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

// An approval state ("not-approved") or a change level ("significant") in words, for the text
// report; the code itself when it has none. JSON and CSV keep the codes.
std::string code_words(const std::string& prefix, const std::string& code)
{
    const std::string key = prefix + code;
    return core::has_message(key) ? core::message(key) : code;
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
    out << "\n  " << words("text-approval", {code_words("core.approval-state-", r.approval.state)})
        << "\n";
    // For the clerk: whether the board must approve what changed since (docs/approval.md).
    if (!r.approvals.empty() && r.change.level != "none") {
        std::string reasons;
        for (const auto& reason : r.change.reasons)
            reasons += (reasons.empty() ? "" : "; ") + reason;
        out << "  "
            << words("text-change", {code_words("core.change-level-", r.change.level), reasons})
            << "\n";
    }
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
    // The column names in the language in force (the English ones are what scripts expect).
    out << words("csv-header") << "\r\n";
    for (const auto& f : files)
        out << f.text;
}

namespace {

// RapidJSON's streaming writer: each value written as it is met, no tree built (a file's report is
// about as many bytes as its content.xml, and building a tree of it first cost as much as reading
// the file). Members in the order of their names, as before.
using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void put(JsonWriter& w, const std::string& s)
{
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void put(JsonWriter& w, const char* key, const std::string& s)
{
    w.Key(key);
    put(w, s);
}

void put_or_null(JsonWriter& w, const char* key, const std::optional<std::string>& s)
{
    w.Key(key);
    if (s)
        put(w, *s);
    else
        w.Null();
}

void put(JsonWriter& w, const char* key, const std::vector<std::string>& list)
{
    w.Key(key);
    w.StartArray();
    for (const auto& s : list)
        put(w, s);
    w.EndArray();
}

void put_scores(JsonWriter& w, const char* key, int likelihood, int impact, int score)
{
    w.Key(key);
    w.StartArray();
    w.Int(likelihood);
    w.Int(impact);
    w.Int(score);
    w.EndArray();
}

void put_area(JsonWriter& w, const core::AreaCoverage& a)
{
    w.StartObject();
    w.Key("edited_since_review");
    w.Bool(a.edited_since_review);
    put(w, "evidence", a.evidence);
    put(w, "headings", a.headings);
    put(w, "id", a.area_id);
    put(w, "location", a.location);
    w.Key("marked");
    w.Bool(a.marked);
    put(w, "possible_headings", a.possible_headings);
    put(w, "reason", a.reason);
    w.Key("reviewed");  // the ISO date of the last review, or null
    if (a.reviewed)
        w.String(core::iso_text(*a.reviewed).c_str());
    else
        w.Null();
    put(w, "reviewed_by", a.reviewed_by);
    put(w, "state", a.state);
    put(w, "title", a.title);
    w.EndObject();
}

void put_finding(JsonWriter& w, const core::Finding& f)
{
    w.StartObject();
    put_or_null(w, "area", f.area_id.empty() ? std::nullopt : std::optional(f.area_id));
    put(w, "code", f.code);
    put(w, "location", f.location);
    put(w, "message", f.message);
    put(w, "severity", f.severity);
    w.EndObject();
}

// A risk's movement since the approval: its scores and band before and after (null when it was
// added, or removed).
void put_movement(JsonWriter& w, const core::RiskMovement& m)
{
    const auto put_risk = [&](const char* key, const std::optional<core::RecordedRisk>& risk) {
        w.Key(key);
        if (!risk) {
            w.Null();
            return;
        }
        w.StartObject();
        put(w, "band", risk->band);
        w.Key("inherent");
        w.Int(risk->inherent);
        w.Key("residual");
        w.Int(risk->residual);
        w.EndObject();
    };
    w.StartObject();
    put_risk("after", m.after);
    put_risk("before", m.before);
    put(w, "kind", m.kind);
    put(w, "ref", m.ref);
    w.EndObject();
}

void put_approval(JsonWriter& w, const odf::FileReport& r)
{
    w.Key("approval");
    if (r.error) {
        w.Null();
        return;
    }
    w.StartObject();
    put(w, "change", r.change.level);
    put(w, "change_reasons", r.change.reasons);
    w.Key("changed");
    w.Bool(r.approval.changed);
    put(w, "changed_sections", r.approval.changed_sections);
    w.Key("history");
    w.Uint64(r.approvals.size());
    w.Key("record");
    if (const auto* a = current(r)) {
        w.StartObject();
        put(w, "approval_date", iso(a->approval_date));
        put(w, "approval_type", a->approval_type);
        put(w, "approved_by", a->approved_by);
        put(w, "approving_body", a->approving_body);
        put(w, "digest", a->digest);
        put(w, "minute_reference", a->minute_reference);
        put(w, "next_review_due", iso(a->next_review_due));
        put(w, "operating_year", a->operating_year);
        put(w, "stamped_at", a->stamped_at);
        put(w, "version", a->version);
        w.EndObject();
    } else {
        w.Null();
    }
    w.Key("review_overdue");
    w.Bool(r.approval.review_overdue);
    if (r.change.risks_recorded) {
        w.Key("risk_movements");
        w.StartArray();
        for (const auto& m : r.change.movements)
            put_movement(w, m);
        w.EndArray();
    }
    put(w, "state", r.approval.state);
    w.EndObject();
}

void put_risk(JsonWriter& w, const core::RiskRow& x)
{
    w.StartObject();
    put(w, "actions", x.actions);
    put(w, "area", x.area_id);
    put(w, "controls", x.controls);
    put_scores(w, "inherent", x.inherent_likelihood, x.inherent_impact, x.inherent_score);
    put(w, "owner", x.owner);
    put(w, "rag", x.rag);
    put(w, "ref", x.ref);
    put_scores(w, "residual", x.residual_likelihood, x.residual_impact, x.residual_score);
    put(w, "risk", x.risk);
    w.Key("row");
    w.Int(x.row);
    put(w, "status", x.status);
    put(w, "table", x.table);
    put(w, "target_date", x.target_date);
    w.EndObject();
}

}  // namespace

std::string json_of_file(const odf::FileReport& r)
{
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    put_approval(w, r);
    w.Key("areas");
    w.StartArray();
    for (const auto& a : r.areas)
        put_area(w, a);
    w.EndArray();
    w.Key("digest");
    if (r.error)
        w.Null();
    else
        put(w, r.digest);
    put_or_null(w, "error", r.error);
    w.Key("findings");
    w.StartArray();
    for (const auto& f : r.findings)
        put_finding(w, f);
    w.EndArray();
    const auto kind = kind_of(r);
    put_or_null(w, "kind", kind.empty() ? std::nullopt : std::optional(kind));
    put(w, "path", r.path.string());
    w.Key("plan");
    if (r.plan) {
        w.StartObject();
        w.Key("actions");
        w.Int(r.plan->actions);
        w.Key("complete");
        w.Int(r.plan->complete);
        w.Key("open");
        w.Int(r.plan->open);
        w.Key("overdue");
        w.Int(r.plan->overdue);
        w.EndObject();
    } else {
        w.Null();
    }
    put_or_null(w, "profile", r.error ? std::nullopt : std::optional(r.profile));
    w.Key("risks");
    if (r.error || r.kind != "assessment") {
        w.Null();
    } else {
        w.StartArray();
        for (const auto& x : r.risks)
            put_risk(w, x);
        w.EndArray();
    }
    w.EndObject();
    // Indented as it stands in "files", two levels down.
    const std::string_view text(buffer.GetString(), buffer.GetSize());
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
    const auto quoted = [](const std::string& s) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
        w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        return std::string(buffer.GetString(), buffer.GetSize());
    };
    out << "{\n  \"schema_version\": " << kJsonSchemaVersion
        << ",\n  \"generator\": " << quoted("prevent-check " + facts.version)
        << ",\n  \"today\": " << quoted(boost::gregorian::to_iso_extended_string(facts.today))
        << ",\n  \"files\": [";
    for (std::size_t i = 0; i < files.size(); ++i)
        out << (i ? ",\n" : "\n") << files[i].text;
    out << (files.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace prevent::cli
