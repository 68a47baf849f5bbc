#include "uno/view/plan_status.hxx"

#include "core/clock.hxx"
#include "uno/read/plan_sheet.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno {

std::optional<core::PlanCounts> plan_counts(const Reference<css::frame::XModel>& spreadsheet)
{
    fault_point("plan-status");
    const Reference<css::sheet::XSpreadsheetDocument> calc(spreadsheet, UNO_QUERY);
    if (!calc.is())
        return std::nullopt;
    const auto plans = read_plan_sheets(calc);
    if (plans.empty())
        return std::nullopt;
    return core::count_plans(plans, core::today());
}

namespace {

std::vector<std::pair<std::string, Reference<css::frame::XModel>>> open_documents(
    const Reference<css::uno::XComponentContext>& context, const char* service)
{
    std::vector<std::pair<std::string, Reference<css::frame::XModel>>> out;
    const auto components = css::frame::Desktop::create(context)->getComponents();
    for (const auto items = components->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::frame::XModel> model(items->nextElement(), UNO_QUERY);
        const Reference<css::lang::XServiceInfo> info(model, UNO_QUERY);
        if (!model.is() || !info.is() || !info->supportsService(OUString::createFromAscii(service)))
            continue;
        const Reference<css::frame::XTitle> title(model, UNO_QUERY);
        out.emplace_back(title.is() ? to_utf8(title->getTitle()) : to_utf8(model->getURL()), model);
    }
    return out;
}

}  // namespace

std::vector<std::pair<std::string, Reference<css::frame::XModel>>> open_text_documents(
    const Reference<css::uno::XComponentContext>& context)
{
    fault_point("plan-status");
    return open_documents(context, "com.sun.star.text.TextDocument");
}

std::vector<std::pair<std::string, Reference<css::frame::XModel>>> open_spreadsheets(
    const Reference<css::uno::XComponentContext>& context)
{
    return open_documents(context, "com.sun.star.sheet.SpreadsheetDocument");
}

}  // namespace prevent::uno
