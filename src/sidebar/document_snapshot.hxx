// One snapshot of a document per pause in its editing, shared by every panel that shows it
// (DESIGN.md): a modification only notes the time; a timer thread waits for a pause of about a
// second and posts (css::awt::AsyncCallback) to the main thread, where the snapshot is built
// once and handed to every panel. Nothing reads the document while the user types.
#pragma once

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/preventtoolkit/ApprovalStatus.hpp>
#include <org/preventtoolkit/CoverageReport.hpp>
#include <org/preventtoolkit/RiskReport.hpp>
#include <rtl/ref.hxx>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace prevent::sidebar {

// What a snapshot can hold. Each part is read only while a listener shows it (risks cost a read
// of every table, the approval a digest of the whole content) and is absent when no listener
// wants it, the document is not of its kind, or the read failed (the log says why). All the parts
// wanted come from one call, DocumentReview.review, which walks the document once. A new part
// is a member here, a row in document_snapshot.cxx's table, and a part of ReviewReport.
enum class SnapshotPart { Coverage, Risks, Approval };

struct DocumentSnapshot {
    std::optional<org::preventtoolkit::CoverageReport> coverage;  // Writer only
    std::optional<org::preventtoolkit::RiskReport> risks;         // Writer only
    std::optional<org::preventtoolkit::ApprovalStatus> approval;  // Writer and Calc
};

class SnapshotListener {
public:
    virtual ~SnapshotListener() = default;
    virtual void snapshot_ready(const DocumentSnapshot& snapshot) = 0;  // on the main thread
    // The parts it shows; none: it only wants to know of each pause.
    virtual std::vector<SnapshotPart> parts() const { return {}; }
};

class DocumentWatch
    : public cppu::WeakImplHelper2<css::util::XModifyListener, css::awt::XCallback> {
public:
    // The watch of this document, shared; created on first use.
    static rtl::Reference<DocumentWatch> attach(
        const css::uno::Reference<css::uno::XComponentContext>& context,
        const css::uno::Reference<css::frame::XModel>& document);

    // The listener gets the current snapshot at once and every new one; unsubscribe before it goes.
    void subscribe(SnapshotListener* listener);
    void unsubscribe(SnapshotListener* listener);

    // Builds a snapshot now (after an action of the panel's own, so it shows without waiting).
    void refresh_now();
    // The same for the document's watch, if its panels are open (after a menu command).
    static void refresh_document(const css::uno::Reference<css::frame::XModel>& document);

    // Snapshots built in this office, for tests: typing must cost one per pause, not one per key.
    static int snapshots_built();
    static constexpr std::chrono::milliseconds kPause{1000};

    // XModifyListener: the document changed (the main thread; only notes the time)
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override;
    // XCallback: the pause came (the main thread)
    void SAL_CALL notify(const css::uno::Any&) override;

    ~DocumentWatch() override;

private:
    DocumentWatch(css::uno::Reference<css::uno::XComponentContext> context,
                  css::uno::Reference<css::frame::XModel> document);
    void build();
    void stop();
    void wait_for_pauses();

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XModel> document_;
    bool wanted(SnapshotPart part) const;

    std::vector<SnapshotListener*> listeners_;
    DocumentSnapshot latest_;
    std::vector<SnapshotPart> read_in_latest_;  // the parts the latest snapshot tried to read
    bool built_yet_ = false;

    std::mutex mutex_;
    std::condition_variable wake_;
    std::chrono::steady_clock::time_point last_change_;
    bool change_pending_ = false;
    bool stopping_ = false;
    std::thread timer_;
};

// A listener's place in a document's watch, given up when it goes (or at reset()): a panel that
// is disposed, or whose constructor throws half-way, never leaves the watch calling into freed
// memory.
class SnapshotSubscription {
public:
    SnapshotSubscription() = default;
    ~SnapshotSubscription() { reset(); }
    SnapshotSubscription(const SnapshotSubscription&) = delete;
    SnapshotSubscription& operator=(const SnapshotSubscription&) = delete;

    // Subscribes the listener to the document's watch; the current snapshot comes at once.
    void start(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XModel>& document, SnapshotListener* listener);
    void reset();
    // The watch, or null before start() and after reset().
    DocumentWatch* watch() const { return watch_.get(); }

private:
    rtl::Reference<DocumentWatch> watch_;
    SnapshotListener* listener_ = nullptr;
};

}  // namespace prevent::sidebar
