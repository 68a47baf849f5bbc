#include "uno/stored/document_links.hxx"

#include "core/stored_names.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/stored/document_properties.hxx"

#include <rtl/uri.hxx>

using css::uno::Reference;
using rtl::OUString;

namespace prevent::uno {

namespace {

// The target relative to the document's folder: its name when it is beside it, else the whole
// URL (another folder, another scheme).
OUString relative_to(const OUString& document, const OUString& target)
{
    const sal_Int32 slash = document.lastIndexOf('/');
    if (slash >= 0 && target.startsWith(document.copy(0, slash + 1)) &&
        target.indexOf('/', slash + 1) < 0)
        return target.copy(slash + 1);
    return target;
}

OUString resolved(const Reference<css::frame::XModel>& document, const char* property)
{
    const OUString base = document->getURL();
    const auto link = read_text_property(document, property);
    if (base.isEmpty() || !link || link->empty())
        return OUString();
    try {
        return rtl::Uri::convertRelToAbs(base, from_utf8(*link));
    } catch (const rtl::MalformedUriException&) {
        return OUString();
    }
}

}  // namespace

void link_assessment_and_plan(const Reference<css::frame::XModel>& assessment,
                              const Reference<css::frame::XModel>& plan)
{
    write_text_property(assessment, core::kActionPlanLinkProperty,
                        to_utf8(relative_to(assessment->getURL(), plan->getURL())));
    write_text_property(plan, core::kAssessmentLinkProperty,
                        to_utf8(relative_to(plan->getURL(), assessment->getURL())));
}

OUString linked_plan_url(const Reference<css::frame::XModel>& assessment)
{
    return resolved(assessment, core::kActionPlanLinkProperty);
}

OUString linked_assessment_url(const Reference<css::frame::XModel>& plan)
{
    return resolved(plan, core::kAssessmentLinkProperty);
}

}  // namespace prevent::uno
