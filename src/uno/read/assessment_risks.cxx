#include "uno/read/assessment_risks.hxx"

#include "uno/base/uno_text.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/CloseVetoException.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/XRiskRegister.hpp>
#include <osl/file.hxx>

#include <map>
#include <mutex>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

bool is_text_document(const Reference<css::uno::XInterface>& model)
{
    const Reference<css::lang::XServiceInfo> info(model, UNO_QUERY);
    return info.is() && info->supportsService("com.sun.star.text.TextDocument");
}

// The path as the user knows it, for messages.
OUString shown_path(const OUString& url)
{
    OUString path;
    return osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None ? path : url;
}

// What was read from a file, and how to tell the file has not changed since.
struct Kept {
    css::util::DateTime modified;
    sal_Int64 size = -1;
    std::vector<core::AssessmentRisk> risks;
};

bool same_time(const css::util::DateTime& a, const css::util::DateTime& b)
{
    return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day && a.Hours == b.Hours &&
           a.Minutes == b.Minutes && a.Seconds == b.Seconds && a.NanoSeconds == b.NanoSeconds;
}

css::beans::PropertyValue property(const char* name, const css::uno::Any& value)
{
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

std::mutex kept_mutex;
std::map<OUString, Kept> kept;  // by URL; a handful of files at most in a session

// The office's own document for the URL, when it has it open.
Reference<css::frame::XModel> open_document(const Reference<css::frame::XDesktop2>& desktop,
                                            const OUString& url)
{
    const auto components = desktop->getComponents();
    for (const auto items = components->createEnumeration(); items->hasMoreElements();) {
        const Reference<css::frame::XModel> model(items->nextElement(), UNO_QUERY);
        if (model.is() && !model->getURL().isEmpty() && model->getURL() == url)
            return model;
    }
    return nullptr;
}

void close(const Reference<css::lang::XComponent>& document)
{
    const Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
    try {
        if (closeable.is()) {
            closeable->close(true);
            return;
        }
    } catch (const css::util::CloseVetoException&) {
        // Someone holds it (a macro listening to every load): close(true) hands it the ownership.
        return;
    }
    document->dispose();
}

}  // namespace

std::vector<core::AssessmentRisk> risks_of_assessment(
    const Reference<css::uno::XComponentContext>& context,
    const Reference<css::frame::XModel>& assessment, const Reference<css::uno::XInterface>& source,
    sal_Int16 argument)
{
    fault_point("assessment-risks");
    if (!is_text_document(assessment))
        throw css::lang::IllegalArgumentException("the assessment is not a Writer text document",
                                                  source, argument);
    const Reference<org::preventtoolkit::XRiskRegister> register_(
        context->getServiceManager()->createInstanceWithContext("org.preventtoolkit.RiskRegister",
                                                                context),
        UNO_QUERY_THROW);
    std::vector<core::AssessmentRisk> risks;
    for (const auto& r : register_->readRisks(assessment))
        risks.push_back({to_utf8(r.Ref), to_utf8(r.AreaId), to_utf8(r.Actions), to_utf8(r.Owner),
                         to_utf8(r.TargetDate)});
    return risks;
}

std::vector<core::AssessmentRisk> risks_of_assessment_file(
    const Reference<css::uno::XComponentContext>& context, const OUString& url,
    const Reference<css::uno::XInterface>& source, sal_Int16 argument)
{
    fault_point("assessment-risks");
    const OUString path = shown_path(url);
    if (url.isEmpty())
        throw css::lang::IllegalArgumentException("choose the assessment file", source, argument);
    const auto files = css::ucb::SimpleFileAccess::create(context);
    bool exists = false;
    try {
        exists = files->exists(url) && !files->isFolder(url);
    } catch (const css::uno::Exception&) {
        exists = false;  // a URL the office cannot look at is as good as missing
    }
    if (!exists)
        throw css::lang::IllegalArgumentException("there is no file " + path, source, argument);

    const auto desktop = css::frame::Desktop::create(context);
    if (const auto open = open_document(desktop, url); open.is()) {
        if (!is_text_document(open))
            throw css::lang::IllegalArgumentException(path + " is not a Writer text document",
                                                      source, argument);
        return risks_of_assessment(context, open, source,
                                   argument);  // what the user sees, unsaved edits too
    }

    const auto modified = files->getDateTimeModified(url);
    const auto size = files->getSize(url);
    {
        std::lock_guard<std::mutex> lock(kept_mutex);
        const auto at = kept.find(url);
        if (at != kept.end() && at->second.size == size && same_time(at->second.modified, modified))
            return at->second.risks;
    }

    const css::beans::PropertyValue how_[] = {
        property("Hidden", css::uno::Any(true)),
        property("ReadOnly", css::uno::Any(true)),
        property("AsTemplate", css::uno::Any(false)),  // an .ott is read as itself
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("Silent", css::uno::Any(true))};
    const css::uno::Sequence<css::beans::PropertyValue> how(how_, SAL_N_ELEMENTS(how_));
    Reference<css::lang::XComponent> loaded;
    try {
        loaded = desktop->loadComponentFromURL(url, "_blank", 0, how);
    } catch (const css::uno::Exception& e) {
        throw css::lang::IllegalArgumentException(
            path +
                " could not be opened (is it damaged, or protected by a password?): " + e.Message,
            source, argument);
    }
    if (!loaded.is())
        throw css::lang::IllegalArgumentException(
            path + " could not be opened (is it damaged, or protected by a password?)", source,
            argument);
    std::vector<core::AssessmentRisk> risks;
    try {
        if (!is_text_document(loaded))
            throw css::lang::IllegalArgumentException(path + " is not a Writer text document",
                                                      source, argument);
        risks = risks_of_assessment(context, Reference<css::frame::XModel>(loaded, UNO_QUERY_THROW),
                                    source, argument);
    } catch (...) {
        close(loaded);
        throw;
    }
    close(loaded);
    std::lock_guard<std::mutex> lock(kept_mutex);
    kept[url] = Kept{modified, size, risks};
    return risks;
}

}  // namespace prevent::uno
