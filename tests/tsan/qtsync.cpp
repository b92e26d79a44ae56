// Correctly synchronised hand-offs through Qt, which the tsan run must NOT report: Debian's Qt is
// not built with ThreadSanitizer, so the ordering its event queue and thread pool provide is
// partly invisible to TSan, and tsan.supp must cover exactly that. Each hand-off passes plain,
// unsynchronised data (no atomics) the way our code does:
//   signals  a queued signal to a slot on a QThread and a queued signal back (DraftSession)
//   invoke   a functor queued to an object on a QThread, answered by a functor queued to the
//            application object (StoreClient::post and StoreClient::run)
//   pool     QtConcurrent::run watched by a QFutureWatcher (the preview renderer)
// The test tsan_qt_handoffs_clean runs all three; any report fails it (TSan's exit code 66).

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int Rounds = 200;

// Plain data written by one thread and read by the next, ordered only by Qt.
struct Payload
{
    std::vector<int> values;
    QString text;
};

class Worker : public QObject
{
    Q_OBJECT
public slots:
    void work(Payload *payload)
    {
        payload->values.push_back(static_cast<int>(payload->values.size()));
        payload->text += QLatin1Char('w');
        emit done(payload);
    }
signals:
    void done(Payload *payload);
};

class Main : public QObject
{
    Q_OBJECT
signals:
    void request(Payload *payload);
};

bool checkSignals()
{
    QThread thread;
    auto worker = std::make_unique<Worker>();
    worker->moveToThread(&thread);
    thread.start();
    Main main;
    QObject::connect(&main, &Main::request, worker.get(), &Worker::work, Qt::QueuedConnection);
    Payload payload;
    int answered = 0;
    QObject::connect(worker.get(), &Worker::done, &main, [&](Payload *p) {
        ++answered;
        p->values.push_back(-1); // main's turn again
        if (answered < Rounds)
            emit main.request(p);
        else
            QCoreApplication::quit();
    });
    emit main.request(&payload);
    QCoreApplication::exec();
    thread.quit();
    thread.wait();
    return answered == Rounds && payload.values.size() == 2 * Rounds
        && payload.text.size() == Rounds;
}

bool checkInvoke()
{
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    int answered = 0;
    auto state = std::make_unique<Payload>();
    for (int i = 0; i < Rounds; ++i) {
        state->values.push_back(i);
        Payload copy = *state; // captured by value, as the client's requests are
        QMetaObject::invokeMethod(
            &worker,
            [copy = std::move(copy), &answered]() mutable {
                copy.text = QString::number(copy.values.size());
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [copy = std::move(copy), &answered] {
                        if (copy.text == QString::number(copy.values.size()))
                            ++answered;
                        if (answered == Rounds)
                            QCoreApplication::quit();
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    QCoreApplication::exec();
    QMetaObject::invokeMethod(
        &worker, [] {}, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return answered == Rounds;
}

bool checkPool()
{
    int finished = 0;
    bool right = true;
    QFutureWatcher<Payload> watcher;
    Payload input;
    QObject::connect(&watcher, &QFutureWatcher<Payload>::finished, [&] {
        const Payload result = watcher.result();
        right = right && result.text.size() == static_cast<qsizetype>(input.values.size());
        if (++finished == Rounds) {
            QCoreApplication::quit();
            return;
        }
        input.values.push_back(finished); // main writes what the next job reads
        watcher.setFuture(QtConcurrent::run([&input] {
            Payload out;
            out.text = QString(static_cast<qsizetype>(input.values.size()), QLatin1Char('p'));
            return out;
        }));
    });
    watcher.setFuture(QtConcurrent::run([&input] {
        Payload out;
        out.text = QString(static_cast<qsizetype>(input.values.size()), QLatin1Char('p'));
        return out;
    }));
    QCoreApplication::exec();
    return right && finished == Rounds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool signalsOk = checkSignals();
    const bool invokeOk = checkInvoke();
    const bool poolOk = checkPool();
    std::printf("signals %d invoke %d pool %d\n", signalsOk, invokeOk, poolOk);
    return signalsOk && invokeOk && poolOk ? 0 : 1;
}

#include "qtsync.moc"
