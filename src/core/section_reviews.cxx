#include "section_reviews.hxx"

#include "canonical_text.hxx"
#include "iso_dates.hxx"
#include "operating_year.hxx"
#include "percent_escape.hxx"
#include "stored_names.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace prevent::core {

namespace {

constexpr int kMonthsBeforeWarning = 3;

}  // namespace

std::string reviewed_property(const std::string& area) { return kReviewedPrefix + area; }

std::string encode_review(const ReviewMark& mark)
{
    return iso_text(mark.date) + ';' + mark.digest + ';' + percent_escaped(mark.by, ";");
}

std::optional<ReviewMark> decode_review(const std::string& value)
{
    const auto first = value.find(';');
    const auto date = day_of_iso(value.substr(0, first));
    if (!date)
        return std::nullopt;
    ReviewMark mark{*date, "", ""};
    if (first == std::string::npos)
        return mark;  // a date alone (typed in File ▸ Properties): reviewed then, digest unknown
    const auto second = value.find(';', first + 1);
    mark.digest = value.substr(
        first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    if (second != std::string::npos)
        mark.by = percent_unescaped(value.substr(second + 1));
    return mark;
}

std::string section_text_digest(const TextModel& text, std::size_t heading)
{
    const auto& ps = text.paragraphs;
    std::size_t number = 0, start = ps.size();
    for (std::size_t i = 0; i < ps.size(); ++i)
        if (ps[i].outline.outline_level > 0 && ++number == heading) {
            start = i;
            break;
        }
    std::vector<CanonicalParagraph> section;
    for (std::size_t i = start; i < ps.size(); ++i) {
        if (i > start && ps[i].outline.outline_level > 0 &&
            ps[i].outline.outline_level <= ps[start].outline.outline_level)
            break;
        if (!ps[i].in_approval_block)
            section.push_back(ps[i].canonical);
    }
    return digest_of(canonical_text(section));
}

std::optional<std::size_t> area_heading(const AreaCoverage& area)
{
    static const std::string prefix = "heading:";
    if (area.location.rfind(prefix, 0) != 0)
        return std::nullopt;
    try {
        return static_cast<std::size_t>(std::stoul(area.location.substr(prefix.size())));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

boost::gregorian::date reviews_due_from(const boost::gregorian::date& today)
{
    return operating_year_of(today).start() + boost::gregorian::months(kMonthsBeforeWarning);
}

std::vector<Finding> apply_reviews(CoverageReport& report, const CoverageMarks& marks,
                                   const TextModel& text, const boost::gregorian::date& today)
{
    std::vector<Finding> findings;
    const auto year_start = operating_year_of(today).start();
    for (auto& area : report.areas) {
        const auto stored = marks.reviewed.find(area.area_id);
        const auto mark =
            stored == marks.reviewed.end() ? std::nullopt : decode_review(stored->second);
        const auto heading = area_heading(area);
        if (mark) {
            area.reviewed = mark->date;
            area.reviewed_by = mark->by;
            area.edited_since_review = heading && !mark->digest.empty() &&
                                       section_text_digest(text, *heading) != mark->digest;
        }
        if (area.state == kCovered && today >= reviews_due_from(today) &&
            (!mark || mark->date < year_start))
            findings.push_back({"area-not-reviewed", "warning", area.area_id,
                                finding_message("area-not-reviewed",
                                                {area.title, operating_year_of(today).name()}),
                                area.location});
    }
    return findings;
}

int reviewed_this_year(const CoverageReport& report, const boost::gregorian::date& today)
{
    const auto year_start = operating_year_of(today).start();
    int count = 0;
    for (const auto& area : report.areas)
        count += area.reviewed && *area.reviewed >= year_start;
    return count;
}

}  // namespace prevent::core
