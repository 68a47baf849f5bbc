// Every method of the toolkit's services as a call a test can make on any document: the
// boundary test makes them with faults injected inside the adapters, the mutation run makes
// them on every mutant. Each call may return or raise IllegalArgumentException (a document of
// the wrong kind, read-only, protected); anything else is the test's business.
#pragma once

#include "office.hxx"

#include <com/sun/star/frame/XModel.hpp>

#include <functional>
#include <string>
#include <vector>

namespace prevent::testing {

struct ServiceCall {
    std::string name;  // "CoverageChecker.insertSection"
    bool edits;        // changes the document when it succeeds
    std::function<void(const css::uno::Reference<css::frame::XModel>& document)> call;
};

// assessment: a Writer model the action-plan methods are given as their assessment;
// assessment_url: the same as a stored file, for the ActionPlanFiles methods.
std::vector<ServiceCall> service_calls(const Office& office,
                                       const css::uno::Reference<css::frame::XModel>& assessment,
                                       const rtl::OUString& assessment_url);

}  // namespace prevent::testing
