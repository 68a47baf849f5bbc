#include "new_assessment.hxx"

#include "document_strings.hxx"
#include "messages.hxx"
#include "operating_year.hxx"
#include "risk_register.hxx"
#include "stored_names.hxx"

#include <algorithm>

namespace prevent::core {

namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string profile_title(const Catalogue& catalogue, const std::string& profile)
{
    for (const auto& p : catalogue.profiles())
        if (p.id == profile)
            return p.title;
    return profile;
}

// The fields of the current approval: empty until the first approval, then its values.
void add_approval_rows(std::vector<ControlRow>& rows)
{
    const std::string current = kCurrentApprovalPrefix;
    rows.push_back({document_words("new-control-version"), "", "", current + "Version", false});
    rows.push_back(
        {document_words("new-control-approved"), "", "", current + "ApprovalDate", true});
    rows.push_back(
        {document_words("new-control-next-review"), "", "", current + "NextReviewDue", true});
}

// The chosen areas of the profile in catalogue order, each with its prompts and a risk table.
std::vector<NewSection> sections_for(const Catalogue& catalogue, const std::string& profile,
                                     const std::vector<std::string>& recommended,
                                     const std::string& style)
{
    std::vector<NewSection> sections;
    int ref = 0;
    for (const auto& pa : catalogue.areas_for(profile)) {
        if (pa.expectation == Expectation::Recommended &&
            std::find(recommended.begin(), recommended.end(), pa.area->id) == recommended.end())
            continue;
        NewSection s;
        s.area_id = pa.area->id;
        s.heading = pa.area->title;
        s.prompts = pa.area->prompts_for(profile);
        s.table_name = kRiskTablePrefix + pa.area->id + "_1";
        s.table =
            *new_risk_table_cells(catalogue.table_styles(), style, "R" + std::to_string(++ref));
        sections.push_back(std::move(s));
    }
    return sections;
}

}  // namespace

NewAssessment plan_new_assessment(const Catalogue& catalogue, const NewAssessmentChoice& choice,
                                  const boost::gregorian::date& today)
{
    const std::string provider = trimmed(choice.provider_name);
    if (provider.empty())
        throw NewAssessmentRefused(message("core.new-no-provider"));
    if (!catalogue.has_profile(choice.profile)) {
        std::string known;
        for (const auto& id : catalogue.profile_ids())
            known += (known.empty() ? "" : ", ") + id;
        throw NewAssessmentRefused(message("core.new-unknown-profile", {choice.profile, known}));
    }
    const auto* columns = catalogue.table_styles().columns(choice.risk_table_style);
    if (!columns || columns->empty())
        throw NewAssessmentRefused(message("core.new-unknown-style", {choice.risk_table_style}));
    const std::string year_name = trimmed(choice.operating_year);
    const auto year = year_name.empty() ? std::optional<OperatingYear>(operating_year_of(today))
                                        : parse_operating_year(year_name);
    if (!year)
        throw NewAssessmentRefused(message("core.new-bad-operating-year", {year_name}));
    for (const auto& id : choice.recommended_areas) {
        const Area* area = catalogue.find_area(id);
        if (!area || !area->expectation_in(choice.profile))
            throw NewAssessmentRefused(message("core.new-area-not-in-profile",
                                               {id, profile_title(catalogue, choice.profile)}));
    }

    NewAssessment out;
    out.profile = choice.profile;
    out.operating_year = year->name();
    out.prevent_lead = trimmed(choice.prevent_lead);
    const std::string body = trimmed(choice.approving_body);
    out.title = document_words("new-title", {provider, out.operating_year});
    out.document_title = out.title;
    out.introduction = document_words(
        "new-introduction",
        {provider, body.empty() ? document_words("new-template-introduction-body") : body});
    out.control_heading = document_words("new-control-heading");
    out.control.push_back({document_words("new-control-provider"), provider, "", "", false});
    out.control.push_back({document_words("new-control-sector"),
                           profile_title(catalogue, choice.profile), "", "", false});
    out.control.push_back({document_words("new-control-year"), out.operating_year, "", "", false});
    out.control.push_back(
        {document_words("new-control-owner"), out.prevent_lead,
         out.prevent_lead.empty() ? document_words("new-control-owner-placeholder") : "", "",
         false});
    out.control.push_back({document_words("new-control-body"), body,
                           body.empty() ? document_words("new-control-body-placeholder") : "", "",
                           false});
    add_approval_rows(out.control);
    out.sections =
        sections_for(catalogue, choice.profile, choice.recommended_areas, choice.risk_table_style);
    return out;
}

std::string file_name_for(const std::string& title)
{
    std::string out;
    for (const char c : trimmed(title)) {
        if (c == ':')
            out += " -";
        else if (c == '/' || c == '\\' || c == '?' || c == '*' || c == '<' || c == '>' ||
                 c == '|' || c == '"' || static_cast<unsigned char>(c) < 0x20)
            continue;
        else
            out += c;
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' '))
        out.pop_back();
    return out;
}

NewAssessment plan_template(const Catalogue& catalogue, const std::string& profile)
{
    if (!catalogue.has_profile(profile))
        throw NewAssessmentRefused(message("core.template-unknown-profile", {profile}));
    std::vector<std::string> recommended;
    for (const auto& pa : catalogue.areas_for(profile))
        if (pa.expectation == Expectation::Recommended)
            recommended.push_back(pa.area->id);
    NewAssessment out;
    out.profile = profile;
    out.title_placeholder = document_words("new-template-provider");
    out.title = document_words("new-template-title");
    out.document_title =
        document_words("new-template-document-title", {profile_title(catalogue, profile)});
    out.introduction =
        document_words("new-introduction", {document_words("new-template-introduction-provider"),
                                            document_words("new-template-introduction-body")});
    out.control_heading = document_words("new-control-heading");
    out.control.push_back({document_words("new-control-provider"), "",
                           document_words("new-template-provider"), "", false});
    out.control.push_back(
        {document_words("new-control-sector"), profile_title(catalogue, profile), "", "", false});
    out.control.push_back({document_words("new-control-year"), "",
                           document_words("new-control-year-placeholder"), "", false});
    out.control.push_back({document_words("new-control-owner"), "",
                           document_words("new-control-owner-placeholder"), "", false});
    out.control.push_back({document_words("new-control-body"), "",
                           document_words("new-control-body-placeholder"), "", false});
    add_approval_rows(out.control);
    out.sections = sections_for(catalogue, profile, recommended, "scored");
    return out;
}

}  // namespace prevent::core
