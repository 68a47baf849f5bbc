#include "uno/edit/plan_beside.hxx"

#include "core/document_strings.hxx"
#include "core/messages.hxx"
#include "uno/base/document_state.hxx"
#include "uno/base/made_document.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/document_file.hxx"
#include "uno/stored/document_links.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <org/preventtoolkit/ActionPlan.hpp>
#include <osl/file.hxx>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

// "<folder>/<name> - action plan.ods" beside "<folder>/<name>.odt"; " (2)", " (3)"… added when
// a file of that name is there already (it may be someone's own).
OUString free_plan_url(const Reference<css::uno::XComponentContext>& context,
                       const OUString& assessment_url)
{
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(assessment_url, path) != osl::FileBase::E_None)
        return OUString();
    const sal_Int32 slash = path.lastIndexOf('/');
    OUString name = path.copy(slash + 1);
    if (const sal_Int32 dot = name.lastIndexOf('.'); dot > 0)
        name = name.copy(0, dot);
    const std::string base = core::document_words("plan-file-name", {to_utf8(name)});
    const auto files = css::ucb::SimpleFileAccess::create(context);
    for (int n = 1; n < 100; ++n) {
        const std::string file = base + (n == 1 ? "" : " (" + std::to_string(n) + ")") + ".ods";
        OUString url;
        if (osl::FileBase::getFileURLFromSystemPath(path.copy(0, slash + 1) + from_utf8(file),
                                                    url) != osl::FileBase::E_None)
            return OUString();
        if (!files->exists(url))
            return url;
    }
    return OUString();
}

}  // namespace

Reference<css::frame::XModel> plan_beside(const Reference<css::uno::XComponentContext>& context,
                                          const Reference<css::frame::XModel>& assessment,
                                          const Reference<css::uno::XInterface>& source)
{
    if (assessment->getURL().isEmpty())
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.plan-save-assessment-first")), source, 0);
    if (is_read_only(assessment))
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.plan-assessment-read-only")), source, 0);
    // Already made: the linked plan, open or from its file.
    if (const OUString linked = linked_plan_url(assessment); !linked.isEmpty()) {
        if (const auto open = open_document_at(context, linked); open.is())
            return open;
        if (css::ucb::SimpleFileAccess::create(context)->exists(linked))
            return open_hidden(context, linked);
    }
    const OUString url = free_plan_url(context, assessment->getURL());
    if (url.isEmpty())
        throw css::lang::IllegalArgumentException(from_utf8(core::message("uno.plan-no-folder")),
                                                  source, 0);

    const auto plan = open_hidden(context, "private:factory/scalc");
    making(plan, [&] {
        const OUString sheet = org::preventtoolkit::ActionPlan::create(context)->createSheet(plan);
        // A new spreadsheet's own empty sheet would only be in the way: the plan is the file.
        const auto sheets =
            Reference<css::sheet::XSpreadsheetDocument>(plan, UNO_QUERY_THROW)->getSheets();
        for (const OUString& name : sheets->getElementNames())
            if (name != sheet)
                sheets->removeByName(name);
        css::uno::Sequence<css::beans::PropertyValue> store(1);
        store[0].Name = "FilterName";
        store[0].Value <<= OUString("calc8");
        Reference<css::frame::XStorable>(plan, UNO_QUERY_THROW)->storeAsURL(url, store);
        link_assessment_and_plan(assessment, plan);
        Reference<css::frame::XStorable>(plan, UNO_QUERY_THROW)->store();
        Reference<css::frame::XStorable>(assessment, UNO_QUERY_THROW)->store();
    });
    return plan;
}

}  // namespace prevent::uno
