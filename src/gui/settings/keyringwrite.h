#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

namespace galley::gui {

// Runs `write` (a keyring write: PasswordVault::write, StorePassword::write) off the GUI thread,
// since QtKeychain waits for D-Bus, and hands its answer (empty when stored, else why not) to
// `answered` on `context`'s thread. Nothing is called once `context` is gone.
template<typename Write, typename Answered>
void writeToKeyring(QObject *context, Write write, Answered answered)
{
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, answered] {
        watcher->deleteLater();
        answered(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(write)));
}

} // namespace galley::gui
