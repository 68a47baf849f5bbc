// The provider's coverage marks, kept in the document: Prevent.NotApplicable.<area> (the reason)
// and Prevent.CoveredBy.<area> (the heading that covers the area), and the sections reviewed,
// Prevent.Reviewed.<area> (core/section_reviews).
#pragma once

#include "core/coverage.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace prevent::uno {

core::CoverageMarks read_coverage_marks(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
