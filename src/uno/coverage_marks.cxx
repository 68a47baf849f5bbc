#include "coverage_marks.hxx"

#include "document_properties.hxx"

namespace prevent::uno {

namespace {
const std::string kNotApplicable = "Prevent.NotApplicable.";
const std::string kCoveredBy = "Prevent.CoveredBy.";
}  // namespace

std::string not_applicable_property(const std::string& area) { return kNotApplicable + area; }
std::string covered_by_property(const std::string& area) { return kCoveredBy + area; }

core::CoverageMarks read_coverage_marks(const css::uno::Reference<css::frame::XModel>& document)
{
    core::CoverageMarks marks;
    for (const auto& [name, value] : text_properties_with_prefix(document, kNotApplicable))
        marks.not_applicable[name.substr(kNotApplicable.size())] = value;
    for (const auto& [name, value] : text_properties_with_prefix(document, kCoveredBy))
        marks.covered_by[name.substr(kCoveredBy.size())] = value;
    return marks;
}

}  // namespace prevent::uno
