#pragma once

#include "result.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace galley {

// Another connection's commits, as PostgreSQL's LISTEN/NOTIFY reports them: every write
// transaction runs pg_notify(channel, payload) (PgEngine::beforeCommit), which the server
// delivers at COMMIT only, so a rolled-back write is never announced. The feed listens on
// the store's channel and counts what others announced; Store::dataVersion() is that count
// and costs no query.
//
// Receiving needs an event loop in the connection's thread (QPSQL reads the socket with a
// QSocketNotifier): the GUI's store thread has one. The feed subscribes on the first
// version() call only, so a command-line run that never asks leaves no listener behind.
class PgChangeFeed
{
public:
    PgChangeFeed() = default;
    ~PgChangeFeed();
    PgChangeFeed(const PgChangeFeed &) = delete;
    PgChangeFeed &operator=(const PgChangeFeed &) = delete;

    // The channel of a schema: "galley_<schema>", or a hash of it where that would pass
    // PostgreSQL's 63-byte limit on names (a longer name is cut on LISTEN but refused by
    // pg_notify, and the two would not meet).
    static QString channelFor(const QString &schema);
    // What PgPresence announces with (no store change).
    static QString presencePayload();

    // The number of other connections' announcements on `channel` so far. Subscribes when not
    // subscribed: the first time, and after the connection was closed and opened again
    // (subscriptions do not survive that); then the count goes up by one, so that a watcher
    // reads everything again (what was announced in between is lost).
    Result<qint64> version(const QSqlDatabase &db, const QString &channel, const QString &what);
    // Called from the event loop as soon as another connection's commit is announced.
    void setCallback(std::function<void()> changed) { m_changed = std::move(changed); }
    // Whether version() ever subscribed: then a reconnection subscribes again at once.
    bool everSubscribed() const { return m_everSubscribed; }
    // Called instead when another connection opened or closed a draft (PgPresence): that
    // changes nothing in the store, so the count stays.
    void setPresenceCallback(std::function<void()> changed) { m_presence = std::move(changed); }

private:
    QMetaObject::Connection m_connection;
    qint64 m_count = 0;
    bool m_everSubscribed = false;
    std::function<void()> m_changed;
    std::function<void()> m_presence;
};

} // namespace galley
