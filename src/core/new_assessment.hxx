// What a new assessment holds (the Prevent ▸ New Risk Assessment… dialog, the NewAssessment
// service, the templates made at build time): a title, a document-control table, each chosen
// area of the profile in catalogue order with the questions its Prevent lead answers there and a
// risk table of the chosen style, then the approval block. Laid out by a writer: the live office
// (uno/edit/assessment_writer) or a file on disk (odf/template_writer).
#pragma once

#include "catalogue.hxx"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace prevent::core {

struct NewAssessmentChoice {
    std::string provider_name;
    std::string profile;                         // "he", "fe", "schools"
    std::string operating_year;                  // "2026-27"; empty: the one today is in
    std::string prevent_lead;                    // may be empty
    std::string approving_body;                  // may be empty
    std::string risk_table_style;                // "scored", "rag", "narrative"
    std::vector<std::string> recommended_areas;  // besides the expected ones
};

// A row of the document-control table: a label and either text or a field showing a document
// property (the current approval's, so the row follows each approval).
struct ControlRow {
    std::string label;
    std::string text;
    std::string placeholder;  // non-empty: a placeholder to type over, in place of text
    std::string property;     // non-empty: a field showing this property, in place of text
    bool date = false;        // the property holds a date
};

struct NewSection {
    std::string area_id;
    std::string heading;                          // the area's title
    std::vector<std::string> prompts;             // placeholders, one paragraph each
    std::string table_name;                       // PreventRisk_<area>_1
    std::vector<std::vector<std::string>> table;  // the risk table's cells: header, first row
};

struct NewAssessment {
    std::string title_placeholder;  // non-empty: a placeholder before the title (templates)
    std::string title;              // the first line, after the placeholder if any
    std::string document_title;     // File ▸ Properties: what a PDF reader and the window show
    std::string introduction;
    std::string control_heading;
    std::vector<ControlRow> control;
    std::vector<NewSection> sections;
    std::string profile;
    std::string operating_year;
    std::string prevent_lead;
};

// The choice cannot be made into an assessment: what() says why, in words for the user.
class NewAssessmentRefused : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Throws NewAssessmentRefused for an empty provider name, an unknown profile or style, an
// operating year not written "2026-27", or a recommended area the profile does not have.
NewAssessment plan_new_assessment(const Catalogue& catalogue, const NewAssessmentChoice& choice,
                                  const boost::gregorian::date& today);

// A file name for a document of this title: the characters a file system refuses left out, a
// colon written " -" ("Northbridge College - Prevent duty risk assessment 2026-27").
std::string file_name_for(const std::string& title);

// A template for the profile (File ▸ New ▸ Templates): every recommended area, scored tables,
// and placeholders where the provider's name, lead, body and operating year go.
// Throws NewAssessmentRefused for an unknown profile.
NewAssessment plan_template(const Catalogue& catalogue, const std::string& profile);

}  // namespace prevent::core
