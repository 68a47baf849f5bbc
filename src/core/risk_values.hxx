// Values of risk table cells as providers write them: likelihood and impact as "4", "4 - Very
// likely" or "Very likely"; scores as "4 x 5 = 20", "20" or "High"; RAG as "Red", "R" or "High";
// dates as 31/03/2026, 31 March 2026 or 2026-03-31; placeholder text counts as empty.
#pragma once

#include "catalogue.hxx"

#include <optional>
#include <string>

namespace prevent::core {

// A 1-5 step, from its number or its label on the scale; out-of-range numbers come back as they
// are, for the check to report. nullopt when the cell says nothing readable.
std::optional<int> parse_rating(const std::string& text, const std::vector<std::string>& labels);
// The same, the labels in the other languages tried after.
std::optional<int> parse_rating(const std::string& text, const std::vector<std::string>& labels,
                                const std::vector<std::vector<std::string>>& others);

struct ParsedScore {
    std::optional<int> value;         // "20", "4 x 5 = 20" -> 20
    std::optional<std::string> band;  // "High" / "Red" -> the band id ("red")
};
ParsedScore parse_score(const std::string& text, const RatingScale& scale);

// "Red", "R", "High" -> "red"; nullopt when it names no band.
std::optional<std::string> parse_band(const std::string& text, const RatingScale& scale);

// UK (31/03/2026, 31/3/26, 31 March 2026, 31 Mar 2026) or ISO (2026-03-31) -> "2026-03-31".
std::optional<std::string> parse_date(const std::string& text);

// "Complete", "Completed", "Closed", "Done".
bool is_complete(const std::string& status);

}  // namespace prevent::core
