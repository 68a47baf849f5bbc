#include "uno/read/assessment_risks.hxx"

#include "uno/read/document_file.hxx"

#include "core/messages.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/base/cached_matcher.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <cppuhelper/implbase1.hxx>
#include <org/preventtoolkit/RiskRegister.hpp>

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

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

std::mutex kept_mutex;
std::map<OUString, Kept> kept;  // by URL; a handful of files at most in a session

// An open assessment's risks, kept until Writer says the document or its properties changed:
// the Action plan panel checks the plan at every pause in typing in the plan, while the
// assessment beside it seldom changes, and reading its tables costs many times more than the
// plan. Writer tells every edit to modify listeners, already-modified documents too (the
// sidebar's snapshot relies on the same).
struct Live {
    std::uint64_t changes = 0;             // edits heard so far
    std::optional<std::uint64_t> read_at;  // `changes` when the risks below were read
    std::string catalogue;                 // the fingerprint they were read with
    std::vector<core::AssessmentRisk> risks;
};

std::mutex live_mutex;
std::map<css::uno::XInterface*, Live> live;  // by model; dropped when it is disposed

class LiveWatch : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    explicit LiveWatch(css::uno::XInterface* key) : key_(key) {}

    void SAL_CALL modified(const css::lang::EventObject&) override
    {
        std::lock_guard<std::mutex> lock(live_mutex);
        if (const auto it = live.find(key_); it != live.end())
            ++it->second.changes;
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override
    {
        std::lock_guard<std::mutex> lock(live_mutex);
        live.erase(key_);
    }

private:
    css::uno::XInterface* const key_;
};

// Starts listening to a model not heard yet. Outside live_mutex: Writer calls modified() with
// the SolarMutex held, so holding ours while asking Writer for its could deadlock.
void watch(const Reference<css::frame::XModel>& assessment, css::uno::XInterface* key)
{
    {
        std::lock_guard<std::mutex> lock(live_mutex);
        if (live.count(key))
            return;
    }
    const Reference<css::util::XModifyListener> listener(new LiveWatch(key));
    const Reference<css::util::XModifyBroadcaster> document(assessment, UNO_QUERY);
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(assessment, UNO_QUERY);
    const Reference<css::util::XModifyBroadcaster> properties(
        supplier.is() ? supplier->getDocumentProperties() : nullptr, UNO_QUERY);
    if (!document.is() || !properties.is())
        return;  // cannot hear its changes: read every time
    {
        std::lock_guard<std::mutex> lock(live_mutex);
        if (live.count(key))
            return;
        live[key];
    }
    document->addModifyListener(listener);
    properties->addModifyListener(listener);  // the profile is a document property
}

std::vector<core::AssessmentRisk> read_risks(const Reference<css::uno::XComponentContext>& context,
                                             const Reference<css::frame::XModel>& assessment)
{
    const auto register_ = org::preventtoolkit::RiskRegister::create(context);
    std::vector<core::AssessmentRisk> risks;
    for (const auto& r : register_->readRisks(assessment))
        risks.push_back({to_utf8(r.Ref), to_utf8(r.AreaId), to_utf8(r.Actions), to_utf8(r.Owner),
                         to_utf8(r.TargetDate)});
    return risks;
}

}  // namespace

std::vector<core::AssessmentRisk> risks_of_assessment(
    const Reference<css::uno::XComponentContext>& context,
    const Reference<css::frame::XModel>& assessment, const Reference<css::uno::XInterface>& source,
    sal_Int16 argument)
{
    fault_point("assessment-risks");
    if (!is_text_document(assessment))
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.assessment-not-writer")), source, argument);
    css::uno::XInterface* const key = Reference<css::uno::XInterface>(assessment, UNO_QUERY).get();
    watch(assessment, key);
    const std::string catalogue = catalogue_fingerprint(read_catalogue_configuration(context));
    std::uint64_t changes = 0;
    {
        std::lock_guard<std::mutex> lock(live_mutex);
        const auto it = live.find(key);
        if (it != live.end() && it->second.read_at == it->second.changes &&
            it->second.catalogue == catalogue)
            return it->second.risks;
        if (it != live.end())
            changes = it->second.changes;
    }
    auto risks = read_risks(context, assessment);
    std::lock_guard<std::mutex> lock(live_mutex);
    if (const auto it = live.find(key); it != live.end()) {
        // An edit heard while reading leaves read_at behind `changes`: read again next time.
        it->second.read_at = changes;
        it->second.catalogue = catalogue;
        it->second.risks = risks;
    }
    return risks;
}

std::vector<core::AssessmentRisk> risks_of_assessment_file(
    const Reference<css::uno::XComponentContext>& context, const OUString& url,
    const Reference<css::uno::XInterface>& source, sal_Int16 argument)
{
    fault_point("assessment-risks");
    if (url.isEmpty())
        throw css::lang::IllegalArgumentException(
            from_utf8(core::message("uno.choose-assessment-file")), source, argument);
    require_file(context, url, source, argument);
    const OUString path = shown_path(url);
    if (const auto open = open_document_at(context, url); open.is()) {
        if (!is_text_document(open))
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.file-not-writer", {to_utf8(path)})), source, argument);
        return risks_of_assessment(context, open, source,
                                   argument);  // what the user sees, unsaved edits too
    }

    const auto files = css::ucb::SimpleFileAccess::create(context);
    const auto modified = files->getDateTimeModified(url);
    const auto size = files->getSize(url);
    {
        std::lock_guard<std::mutex> lock(kept_mutex);
        const auto at = kept.find(url);
        if (at != kept.end() && at->second.size == size && same_time(at->second.modified, modified))
            return at->second.risks;
    }

    const auto loaded = load_hidden(context, url, source, argument);
    std::vector<core::AssessmentRisk> risks;
    try {
        if (!is_text_document(loaded))
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.file-not-writer", {to_utf8(path)})), source, argument);
        risks = risks_of_assessment(context, Reference<css::frame::XModel>(loaded, UNO_QUERY_THROW),
                                    source, argument);
    } catch (...) {
        close_loaded(loaded);
        throw;
    }
    close_loaded(loaded);
    std::lock_guard<std::mutex> lock(kept_mutex);
    kept[url] = Kept{modified, size, risks};
    return risks;
}

}  // namespace prevent::uno
