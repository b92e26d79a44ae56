// Deliberately racy: proves that the tsan run still reports races in our own code with the
// suppressions for the distribution's Qt (tsan.supp), which is not built with ThreadSanitizer.
// Each mode races through the Qt machinery our code uses, so a suppression broad enough to hide
// our frames there would make the tsan_reports_race_* tests fail:
//   thread  two std::threads, no Qt at all (the baseline: TSan works in this build)
//   queued  a functor queued to an object on a QThread (as StoreClient::post) and the main thread
//   pool    a QtConcurrent pool thread (as the preview renderer's) and the main thread
// Both sides write the global racyCounter without synchronisation; expect_race.cmake passes
// only when ThreadSanitizer reports a data race on it.

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <thread>

int racyCounter = 0; // a global, so the report names it ("Location is global 'racyCounter'")

namespace {

constexpr int Rounds = 100000;

void bump()
{
    for (int i = 0; i < Rounds; ++i)
        ++racyCounter;
}

int raceThreads()
{
    std::thread other(bump);
    bump();
    other.join();
    return 0;
}

int raceQueued()
{
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    // Relaxed: no happens-before for TSan. The main thread waits until the worker has run before
    // its next call into Qt, so the race cannot hide behind that later hand-off (qtannotations.cpp
    // orders every hand-off after all earlier ones).
    std::atomic<bool> workerDone = false;
    QMetaObject::invokeMethod(
        &worker,
        [&workerDone] {
            bump();
            workerDone.store(true, std::memory_order_relaxed);
        },
        Qt::QueuedConnection);
    bump();
    while (!workerDone.load(std::memory_order_relaxed))
        QThread::yieldCurrentThread();
    QMetaObject::invokeMethod(
        &worker, [] {}, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}

int racePool()
{
    auto future = QtConcurrent::run(bump);
    bump();
    future.waitForFinished();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *mode = argc > 1 ? argv[1] : "";
    int rc = 2;
    if (std::strcmp(mode, "thread") == 0)
        rc = raceThreads();
    else if (std::strcmp(mode, "queued") == 0)
        rc = raceQueued();
    else if (std::strcmp(mode, "pool") == 0)
        rc = racePool();
    else
        std::fprintf(stderr, "usage: galley_tsan_racy thread|queued|pool\n");
    std::printf("counter %d\n", racyCounter);
    return rc;
}
