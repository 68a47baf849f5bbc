// The document at the other end of an assessment's link to its action plan (Prevent.ActionPlan,
// Prevent.Assessment): the office's own when it has it open, else the file when it is there.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno {

struct LinkedDocument {
    css::uno::Reference<css::frame::XModel> document;  // open in the office
    rtl::OUString file;                                // else its file; both empty: none
};

LinkedDocument linked_plan(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XModel>& assessment);
LinkedDocument linked_assessment(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::frame::XModel>& plan);

}  // namespace prevent::uno
