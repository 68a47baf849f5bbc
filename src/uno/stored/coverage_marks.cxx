#include "uno/stored/coverage_marks.hxx"

#include "uno/stored/document_properties.hxx"

#include "core/stored_names.hxx"

namespace prevent::uno {

core::CoverageMarks read_coverage_marks(const css::uno::Reference<css::frame::XModel>& document)
{
    core::CoverageMarks marks;
    for (const char* prefix :
         {core::kNotApplicablePrefix, core::kCoveredByPrefix, core::kReviewedPrefix})
        for (const auto& [name, value] : text_properties_with_prefix(document, prefix))
            marks.add_property(name, value);
    return marks;
}

}  // namespace prevent::uno
