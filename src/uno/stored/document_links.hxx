// The link between an assessment and its action plan, kept in each (Prevent.ActionPlan in the
// assessment, Prevent.Assessment in the plan) as a URL relative to the document holding it, so
// that the pair can move together to another folder or machine.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <rtl/ustring.hxx>

namespace prevent::uno {

// Stores the link in both documents (each then needs storing). Both must have a URL.
void link_assessment_and_plan(const css::uno::Reference<css::frame::XModel>& assessment,
                              const css::uno::Reference<css::frame::XModel>& plan);

// The absolute URL of the document's linked plan (an assessment) or assessment (a plan), or
// empty when it has none or no URL of its own to resolve it against.
rtl::OUString linked_plan_url(const css::uno::Reference<css::frame::XModel>& assessment);
rtl::OUString linked_assessment_url(const css::uno::Reference<css::frame::XModel>& plan);

}  // namespace prevent::uno
