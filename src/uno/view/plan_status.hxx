// What the Action plan panel shows beside the findings: the counts of the spreadsheet's plans,
// and the open Writer documents that could be the assessment (and Calc ones that could be the
// plan).
#pragma once

#include "core/plan_checks.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace prevent::uno {

// The counts of every plan of the spreadsheet together; nullopt when it holds no plan.
std::optional<core::PlanCounts> plan_counts(
    const css::uno::Reference<css::frame::XModel>& spreadsheet);

// The Writer documents open in this office, with their titles, in the desktop's order.
std::vector<std::pair<std::string, css::uno::Reference<css::frame::XModel>>> open_text_documents(
    const css::uno::Reference<css::uno::XComponentContext>& context);

// The Calc documents open in this office, likewise (the plans a board pack can take).
std::vector<std::pair<std::string, css::uno::Reference<css::frame::XModel>>> open_spreadsheets(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno
