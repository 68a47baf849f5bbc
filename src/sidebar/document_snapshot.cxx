#include "document_snapshot.hxx"

#include "uno/base/log.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <org/preventtoolkit/DocumentReview.hpp>

#include <algorithm>
#include <atomic>
#include <map>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::sidebar {

namespace {

std::atomic<int> built{0};

// The watches, by document; weak so that the last panel's unsubscribe ends a watch.
std::map<css::uno::XInterface*, DocumentWatch*>& watches()
{
    static std::map<css::uno::XInterface*, DocumentWatch*> all;
    return all;
}

css::uno::XInterface* key_of(const Reference<css::frame::XModel>& document)
{
    return Reference<css::uno::XInterface>(document, UNO_QUERY).get();
}

Reference<css::util::XModifyBroadcaster> properties_of(
    const Reference<css::frame::XModel>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    return Reference<css::util::XModifyBroadcaster>(
        supplier.is() ? supplier->getDocumentProperties() : nullptr, UNO_QUERY);
}

}  // namespace

rtl::Reference<DocumentWatch> DocumentWatch::attach(
    const Reference<css::uno::XComponentContext>& context,
    const Reference<css::frame::XModel>& document)
{
    auto& all = watches();
    if (const auto it = all.find(key_of(document)); it != all.end())
        return it->second;
    rtl::Reference<DocumentWatch> watch(new DocumentWatch(context, document));
    all[key_of(document)] = watch.get();
    if (const Reference<css::util::XModifyBroadcaster> broadcaster{document, UNO_QUERY};
        broadcaster.is())
        broadcaster->addModifyListener(watch.get());
    // A stamp or a profile set by a macro changes only the document's properties.
    if (const auto properties = properties_of(document); properties.is())
        properties->addModifyListener(watch.get());
    // The thread holds the watch alive until it ends, so stop() never waits for it: the main
    // thread, which holds the SolarMutex, must not block on a thread that may need it.
    watch->timer_ = std::thread([keep = watch] { keep->wait_for_pauses(); });
    return watch;
}

DocumentWatch::DocumentWatch(Reference<css::uno::XComponentContext> context,
                             Reference<css::frame::XModel> document)
    : context_(std::move(context)), document_(std::move(document))
{
}

DocumentWatch::~DocumentWatch() { stop(); }

int DocumentWatch::snapshots_built() { return built.load(); }

void DocumentWatch::subscribe(SnapshotListener* listener)
{
    listeners_.push_back(listener);
    // The first panel, or the first to show a part the snapshot so far did not read.
    const auto parts = listener->parts();
    if (!built_yet_ || std::any_of(parts.begin(), parts.end(), [&](SnapshotPart p) {
            return std::find(read_in_latest_.begin(), read_in_latest_.end(), p) ==
                   read_in_latest_.end();
        }))
        build();
    listener->snapshot_ready(latest_);
}

void DocumentWatch::unsubscribe(SnapshotListener* listener)
{
    listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener), listeners_.end());
    if (listeners_.empty())
        stop();
}

void DocumentWatch::refresh_now()
{
    build();
    for (auto* l : std::vector<SnapshotListener*>(listeners_))
        l->snapshot_ready(latest_);
}

void DocumentWatch::refresh_document(const Reference<css::frame::XModel>& document)
{
    const auto& all = watches();
    if (const auto it = all.find(key_of(document)); it != all.end()) {
        const rtl::Reference<DocumentWatch> watch(it->second);
        watch->refresh_now();
    }
}

void SAL_CALL DocumentWatch::modified(const css::lang::EventObject&)
{
    std::lock_guard<std::mutex> lock(mutex_);
    last_change_ = std::chrono::steady_clock::now();
    change_pending_ = true;
    wake_.notify_one();
}

void SAL_CALL DocumentWatch::disposing(const css::lang::EventObject&) { stop(); }

// The timer thread: sleeps until a change comes, then until the document has been still for a
// pause, then asks the main thread to build the snapshot. It touches nothing of the document.
void DocumentWatch::wait_for_pauses()
{
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stopping_ || change_pending_; });
        if (stopping_)
            return;
        while (!stopping_ && std::chrono::steady_clock::now() - last_change_ < kPause)
            wake_.wait_until(lock, last_change_ + kPause);
        if (stopping_)
            return;
        change_pending_ = false;
        lock.unlock();
        try {
            css::awt::AsyncCallback::create(context_)->addCallback(this, css::uno::Any());
        } catch (...) {  // the office is shutting down
        }
        lock.lock();
    }
}

void SAL_CALL DocumentWatch::notify(const css::uno::Any&)
{
    uno::log_if_it_fails("document snapshot", [&] {
        if (!document_.is() || listeners_.empty())
            return;
        build();
        for (auto* l : std::vector<SnapshotListener*>(listeners_))
            l->snapshot_ready(latest_);
    });
}

namespace {

// Where each part comes from in DocumentReview's report (one walk of the document for all).
struct PartTaker {
    SnapshotPart part;
    void (*take)(org::preventtoolkit::ReviewReport&, DocumentSnapshot&);
};

const PartTaker kParts[] = {
    {SnapshotPart::Coverage,
     [](org::preventtoolkit::ReviewReport& r, DocumentSnapshot& s) {
         if (r.HasCoverage)
             s.coverage = std::move(r.Coverage);
     }},
    {SnapshotPart::Risks,
     [](org::preventtoolkit::ReviewReport& r, DocumentSnapshot& s) {
         if (r.HasRisks)
             s.risks = std::move(r.Risks);
     }},
    {SnapshotPart::Approval,
     [](org::preventtoolkit::ReviewReport& r, DocumentSnapshot& s) {
         if (r.HasApproval)
             s.approval = std::move(r.Approval);
     }},
};

}  // namespace

bool DocumentWatch::wanted(SnapshotPart part) const
{
    return std::any_of(listeners_.begin(), listeners_.end(), [&](const SnapshotListener* l) {
        const auto parts = l->parts();
        return std::find(parts.begin(), parts.end(), part) != parts.end();
    });
}

void DocumentWatch::build()
{
    ++built;
    built_yet_ = true;
    latest_ = DocumentSnapshot();
    read_in_latest_.clear();
    for (const auto& p : kParts)
        if (wanted(p.part))
            read_in_latest_.push_back(p.part);
    if (read_in_latest_.empty())
        return;
    uno::log_if_it_fails("document snapshot", [&] {
        auto report = org::preventtoolkit::DocumentReview::create(context_)->review(
            document_, wanted(SnapshotPart::Coverage), wanted(SnapshotPart::Risks),
            wanted(SnapshotPart::Approval));
        for (const auto& p : kParts)
            p.take(report, latest_);
    });
}

void DocumentWatch::stop()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_)
            return;
        stopping_ = true;
    }
    wake_.notify_one();
    if (timer_.joinable())
        timer_.detach();  // it sees stopping_ and ends, dropping its reference
    auto& all = watches();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it->second == this) {
            all.erase(it);
            break;
        }
    }
    try {
        if (const Reference<css::util::XModifyBroadcaster> broadcaster{document_, UNO_QUERY};
            broadcaster.is())
            broadcaster->removeModifyListener(this);
        if (const auto properties = properties_of(document_); properties.is())
            properties->removeModifyListener(this);
    } catch (...) {
    }
    document_.clear();
    listeners_.clear();
}

void SnapshotSubscription::start(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::frame::XModel>& document,
                                 SnapshotListener* listener)
{
    reset();
    watch_ = DocumentWatch::attach(context, document);
    listener_ = listener;  // before subscribing: a throw from the first snapshot still unsubscribes
    watch_->subscribe(listener);
}

void SnapshotSubscription::reset()
{
    if (watch_.is() && listener_)
        watch_->unsubscribe(listener_);
    listener_ = nullptr;
    watch_.clear();
}

}  // namespace prevent::sidebar
