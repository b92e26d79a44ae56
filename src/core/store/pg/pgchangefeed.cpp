#include "pgchangefeed.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgChangeFeedTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

QString PgChangeFeed::presencePayload()
{
    return u"{\"kind\":\"presence\"}"_s;
}

PgChangeFeed::~PgChangeFeed()
{
    QObject::disconnect(m_connection);
}

QString PgChangeFeed::channelFor(const QString &schema)
{
    const QString channel = u"galley_"_s + schema;
    if (channel.toUtf8().size() <= 63)
        return channel;
    return u"galley_"_s
        + QString::fromLatin1(QCryptographicHash::hash(schema.toUtf8(), QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(40));
}

Result<qint64> PgChangeFeed::version(const QSqlDatabase &db, const QString &channel,
                                     const QString &what)
{
    QSqlDriver *driver = db.driver();
    if (driver->subscribedToNotifications().contains(channel))
        return m_count;
    if (!db.isOpen() || !driver->subscribeToNotification(channel))
        return Error {db.databaseName(), 0,
                      PgChangeFeedTr::tr("%1: cannot listen for changes on the PostgreSQL "
                                         "server (%2).")
                          .arg(what, driver->lastError().text()),
                      Error::Failed};
    if (!m_connection) {
        // Direct: the driver emits in its connection's thread, which is ours. Our own commits
        // come back as SelfSource and do not count, as SQLite's data_version ignores them.
        m_connection = QObject::connect(
            driver, &QSqlDriver::notification,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                if (name != channel || source != QSqlDriver::OtherSource)
                    return;
                if (payload.toString() == presencePayload()) {
                    if (m_presence)
                        m_presence();
                    return;
                }
                ++m_count;
                if (m_changed)
                    m_changed();
            });
    }
    if (m_everSubscribed)
        ++m_count; // subscribed again after a reopen: changes may have gone unannounced
    m_everSubscribed = true;
    return m_count;
}

} // namespace galley
