// Linked into every program of a GALLEY_TSAN build (tests/CMakeLists.txt): tells ThreadSanitizer
// about the ordering Qt's event queue and thread pool provide.
//
// Debian's Qt is not built with TSan. Qt hands events and pool jobs between threads under its own
// futex-based QMutex, which TSan cannot see, so without help every queued call, queued signal and
// QtConcurrent job looks like a race between the thread that built its data and the one that uses
// it; no suppression can tell those from real races in our code, because both have the same
// stacks (tests/tsan/racy.cpp). So the entry points into Qt that hand data over RELEASE one
// synchronisation object and the points where the other thread picks it up ACQUIRE it:
//
//   release: our calls of QMetaObject::invokeMethodImpl (invokeMethod with a functor),
//            QMetaObject::activate (every signal our code emits), QCoreApplication::postEvent,
//            QThreadPool::start/tryStart (QtConcurrent, also from libQt6Concurrent),
//            QFutureInterfaceBase::reportFinished (a job's end) and derefT (a future's results
//            dropped), QThread::start and a QThread's end, and glib's g_main_context_wakeup (Qt
//            calls it after queueing any event for another thread, so posts from inside Qt count
//            too)
//   acquire: every event delivery (QInternal::EventNotifyCallback runs on the receiving thread
//            before the event), a pool job's start (QFutureInterfaceBase::isCanceled is the first
//            thing QtConcurrent's run() calls), QFutureInterfaceBase::waitForFinished/
//            waitForResult, the last QFutureInterfaceBase::derefT, QThread::wait, and the return of
//            a blocking queued call
//
// Calls from our code bind to the definitions below (they are the executable's own); calls inside
// libQt6Core do not (Qt binds its own calls), which is why the release also sits in glib's wake-up
// and the acquire in the event hook. One object for all hand-offs is coarser than Qt's real
// ordering (a thread is ordered after every hand-off made before the one it picks up), so a race
// can hide only behind a hand-off that happened in between; tests/tsan/racy.cpp checks that races
// through these same paths are still reported, and qtsync.cpp that the hand-offs are clean.

#include <QtCore/QCoreApplication>
#include <QtCore/QFutureInterface>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/qnamespace.h>

#include <dlfcn.h>
#include <sanitizer/tsan_interface.h>

extern "C" {
struct _GMainContext;
}

namespace {

char handoff; // the synchronisation object: only its address matters

void release()
{
    __tsan_release(&handoff);
}

void acquire()
{
    __tsan_acquire(&handoff);
}

// The definition in the library after this executable (Qt's or glib's own).
template<typename F> F next(const char *mangled)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, mangled));
}

bool onEventDelivery(void **)
{
    acquire();
    return false; // observe only: Qt goes on to deliver the event
}

[[maybe_unused]] const bool registered
    = QInternal::registerCallback(QInternal::EventNotifyCallback, onEventDelivery);

} // namespace

extern "C" void g_main_context_wakeup(_GMainContext *context)
{
    using Fn = void (*)(_GMainContext *);
    static const auto real = next<Fn>("g_main_context_wakeup");
    release();
    real(context);
}

bool QMetaObject::invokeMethodImpl(QObject *object, QtPrivate::QSlotObjectBase *slot,
                                   Qt::ConnectionType type, void *ret)
{
    using Fn = bool (*)(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType, void *);
    static const auto real = next<Fn>("_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QS"
                                      "lotObjectBaseEN2Qt14ConnectionTypeEPv");
    release();
    const bool ok = real(object, slot, type, ret);
    acquire(); // a blocking queued call has run on the other thread by now
    return ok;
}

void QMetaObject::activate(QObject *sender, const QMetaObject *meta, int localSignalIndex,
                           void **argv)
{
    using Fn = void (*)(QObject *, const QMetaObject *, int, void **);
    static const auto real = next<Fn>("_ZN11QMetaObject8activateEP7QObjectPKS_iPPv");
    release();
    real(sender, meta, localSignalIndex, argv);
    acquire();
}

void QCoreApplication::postEvent(QObject *receiver, QEvent *event, int priority)
{
    using Fn = void (*)(QObject *, QEvent *, int);
    static const auto real = next<Fn>("_ZN16QCoreApplication9postEventEP7QObjectP6QEventi");
    release();
    real(receiver, event, priority);
}

void QThreadPool::start(QRunnable *runnable, int priority)
{
    using Fn = void (*)(QThreadPool *, QRunnable *, int);
    static const auto real = next<Fn>("_ZN11QThreadPool5startEP9QRunnablei");
    release();
    real(this, runnable, priority);
}

bool QThreadPool::tryStart(QRunnable *runnable)
{
    using Fn = bool (*)(QThreadPool *, QRunnable *);
    static const auto real = next<Fn>("_ZN11QThreadPool8tryStartEP9QRunnable");
    release();
    return real(this, runnable);
}

bool QFutureInterfaceBase::isCanceled() const
{
    using Fn = bool (*)(const QFutureInterfaceBase *);
    static const auto real = next<Fn>("_ZNK20QFutureInterfaceBase10isCanceledEv");
    acquire();
    return real(this);
}

void QFutureInterfaceBase::reportFinished()
{
    using Fn = void (*)(QFutureInterfaceBase *);
    static const auto real = next<Fn>("_ZN20QFutureInterfaceBase14reportFinishedEv");
    release();
    real(this);
}

// The results of a QFuture are destroyed by whichever thread drops the last typed reference
// (Qt's atomic count): release before every drop, acquire when it was the last, as for a
// std::shared_ptr.
bool QFutureInterfaceBase::derefT() const noexcept
{
    using Fn = bool (*)(const QFutureInterfaceBase *);
    static const auto real = next<Fn>("_ZNK20QFutureInterfaceBase6derefTEv");
    release();
    const bool stillReferenced = real(this);
    if (!stillReferenced)
        acquire();
    return stillReferenced;
}

void QFutureInterfaceBase::waitForFinished()
{
    using Fn = void (*)(QFutureInterfaceBase *);
    static const auto real = next<Fn>("_ZN20QFutureInterfaceBase15waitForFinishedEv");
    real(this);
    acquire();
}

void QFutureInterfaceBase::waitForResult(int resultIndex)
{
    using Fn = void (*)(QFutureInterfaceBase *, int);
    static const auto real = next<Fn>("_ZN20QFutureInterfaceBase13waitForResultEi");
    real(this, resultIndex);
    acquire();
}

void QThread::start(Priority priority)
{
    using Fn = void (*)(QThread *, Priority);
    static const auto real = next<Fn>("_ZN7QThread5startENS_8PriorityE");
    // finished() is emitted on the finishing thread once its run() and event loop are done;
    // QThread::wait returns without a pthread call TSan sees when the thread has already ended.
    connect(
        this, &QThread::finished, this, [] { release(); }, Qt::DirectConnection);
    release();
    real(this, priority);
}

bool QThread::wait(QDeadlineTimer deadline)
{
    using Fn = bool (*)(QThread *, QDeadlineTimer);
    static const auto real = next<Fn>("_ZN7QThread4waitE14QDeadlineTimer");
    const bool done = real(this, deadline);
    if (done)
        acquire();
    return done;
}
