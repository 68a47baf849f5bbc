// The coverage catalogue: the areas a Prevent duty risk assessment covers, the sector profiles
// that expect them, and the 5 x 5 rating scale with its bands. Built by a reader (configuration
// API inside LibreOffice, or a .xcu file on disk) and validated once, on construction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace prevent::core {

enum class Expectation { Expected, Recommended };

// "expected" | "recommended": the words of the public API.
std::string_view expectation_name(Expectation e);

struct Profile {
    std::string id;  // "he", "fe", "schools"
    std::string title;
    std::string description;
    int order = 0;
    // Words of a document's title page that point at this sector ("academy", "sixth form",
    // "ysgol gynradd"), in every language of the catalogue: how a document without a stored
    // profile is given one.
    std::vector<std::string> signals;
    // The title in every language of the catalogue, by language tag ("cy": "Addysg uwch").
    std::map<std::string, std::string> titles_by_language;
    // The title in a language (a tag such as "cy-GB" finds "cy"), else the title above.
    const std::string& title_in(std::string_view language) const;
};

struct Area {
    std::string id;  // "speakers-events"
    std::string title;
    std::string description;
    std::vector<std::string> synonyms;
    // Words that a section about the area uses in its text ("speaker", "booking", "vetting"):
    // evidence when the section's heading alone does not say.
    std::vector<std::string> keywords;
    // Questions a Prevent lead answers in the section (the new-assessment wizard), as written:
    // one ending in "[he, fe]" is only for those profiles.
    std::vector<std::string> prompts;
    std::vector<std::string> expected_in;     // profile ids
    std::vector<std::string> recommended_in;  // profile ids
    std::string source;
    int order = 0;
    // The area's title and synonyms in every language the catalogue has them in, by language tag
    // ("en-GB", "cy"), and its keywords likewise: headings and text are read against all of
    // them whatever the office's language, so a Welsh document is checked in an English office.
    // Empty: title, synonyms and keywords above are the only ones (a catalogue built in code).
    std::map<std::string, std::vector<std::string>> terms_by_language;
    std::map<std::string, std::vector<std::string>> keywords_by_language;
    // The title in every language of the catalogue, by language tag.
    std::map<std::string, std::string> titles_by_language;
    // The title in a language (a tag such as "cy-GB" finds "cy"), else the title above: what is
    // written into a document is in the document's language.
    const std::string& title_in(std::string_view language) const;

    // Empty when the area is not part of the profile.
    std::optional<Expectation> expectation_in(std::string_view profile) const;
    // The prompts for a profile, their "[…]" taken off.
    std::vector<std::string> prompts_for(std::string_view profile) const;
};

// An area as seen from one profile.
struct ProfileArea {
    const Area* area;
    Expectation expectation;
};

struct RiskBand {
    std::string id;  // "green"
    std::string title;
    int minimum = 0;  // inclusive score bounds, 1..25
    int maximum = 0;
    std::uint32_t colour = 0;  // 0xRRGGBB
    int order = 0;
};

constexpr int kScaleSteps = 5;  // likelihood and impact run 1..5

struct RatingScale {
    std::vector<std::string> likelihood_labels;  // kScaleSteps labels; [0] is likelihood 1
    std::vector<std::string> impact_labels;
    // The same scales in the catalogue's other languages: a rating written in words is read in
    // any of them ("Likely" in a Welsh office, "Tebygol" in an English one).
    std::vector<std::vector<std::string>> other_likelihood_labels, other_impact_labels;
    std::vector<RiskBand> bands;

    // The band holding score = likelihood x impact, or nullptr when no band does.
    const RiskBand* band_for_score(int score) const;
};

// The catalogue is invalid; what() lists every problem found, one per line.
// Column titles of the risk tables the toolkit inserts, per style ("scored", "rag", "narrative"),
// and of the action plan sheet it creates (PlanColumn order).
struct RiskTableStyles {
    std::vector<std::string> scored, rag, narrative;
    std::vector<std::string> action_plan;
    const std::vector<std::string>* columns(std::string_view style) const;
};

class CatalogueError : public std::runtime_error {
public:
    explicit CatalogueError(std::vector<std::string> problems);
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::vector<std::string> problems_;
};

class UnknownProfile : public std::invalid_argument {
public:
    UnknownProfile(std::string_view profile, const std::vector<std::string>& known);
};

class Catalogue {
public:
    // Sorts profiles, areas and bands by their order (then id) and validates the whole;
    // throws CatalogueError.
    Catalogue(std::vector<Profile> profiles, std::vector<Area> areas, RatingScale rating,
              RiskTableStyles table_styles = {});

    const std::vector<Profile>& profiles() const { return profiles_; }
    std::vector<std::string> profile_ids() const;
    bool has_profile(std::string_view id) const;

    const std::vector<Area>& areas() const { return areas_; }
    const Area* find_area(std::string_view id) const;

    // The profile's areas in catalogue order; throws UnknownProfile.
    std::vector<ProfileArea> areas_for(std::string_view profile) const;

    const RatingScale& rating() const { return rating_; }
    const RiskTableStyles& table_styles() const { return table_styles_; }

private:
    std::vector<Profile> profiles_;
    std::vector<Area> areas_;
    RatingScale rating_;
    RiskTableStyles table_styles_;
};

}  // namespace prevent::core
