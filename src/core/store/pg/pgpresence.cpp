#include "pgpresence.h"

#include "../storedatabase.h"
#include "pgchangefeed.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
// PostgreSQL keeps NAMEDATALEN - 1 bytes of an application_name and cuts the rest.
constexpr qsizetype MaxNameBytes = 63;
// A longer schema name is replaced by a hash of this many hex digits, leaving room for the
// editor's name.
constexpr qsizetype MaxStoreKey = 20;

QString storeKey(const QString &schema)
{
    if (schema.size() <= MaxStoreKey)
        return schema;
    return QString::fromLatin1(
        QCryptographicHash::hash(schema.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

// Also drops the bytes PostgreSQL would turn into '?' (it keeps printable ASCII only), so
// that what we read back compares equal to what we wrote.
QString printable(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? c : u'?';
    return out;
}
} // namespace

QString PgPresence::prefix(const QString &schema, qint64 issueId)
{
    return u"galley/"_s + storeKey(schema) + u'/' + QString::number(issueId) + u'/';
}

QString PgPresence::applicationName(const QString &schema, qint64 issueId,
                                    const QString &editorName)
{
    if (issueId <= 0)
        return u"galley"_s;
    QString name = prefix(schema, issueId) + printable(editorName.simplified());
    return name.left(MaxNameBytes); // printable ASCII: one byte a character
}

Status PgPresence::announce(StoreDatabase &db, const QString &channel, const QString &schema,
                            qint64 issueId, const QString &editorName, const QString &what)
{
    // Two statements, each committed on its own: the name is in pg_stat_activity before the
    // others hear of it and look.
    auto set = db.run(u"SELECT set_config('application_name', ?, false)"_s,
                      {applicationName(schema, issueId, editorName)}, what);
    if (!set)
        return set.error();
    StoreDatabase::done(**set);
    auto notify
        = db.run(u"SELECT pg_notify(?, ?)"_s, {channel, PgChangeFeed::presencePayload()}, what);
    if (!notify)
        return notify.error();
    StoreDatabase::done(**notify);
    return Done {};
}

Result<QStringList> PgPresence::others(StoreDatabase &db, const QString &schema, qint64 issueId,
                                       const QString &ownName, const QString &what)
{
    if (issueId <= 0)
        return QStringList {};
    const QString start = prefix(schema, issueId);
    // left() rather than LIKE: the prefix needs no escaping. Our own name is set again on the
    // way (no round trip more): a connection that was opened again (after the server went away)
    // starts as plain "galley", and shows again to the others at their next look.
    auto q = db.run(u"SELECT DISTINCT substr(a.application_name, ?) FROM pg_stat_activity a, "
                    "(SELECT set_config('application_name', ?, false)) AS own "
                    "WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() "
                    "AND left(a.application_name, ?) = ? ORDER BY 1"_s,
                    {int(start.size() + 1), ownName, int(start.size()), start}, what);
    if (!q)
        return q.error();
    QStringList names;
    while ((*q)->next()) {
        const QString name = (*q)->value(0).toString();
        if (!name.isEmpty())
            names << name;
    }
    StoreDatabase::done(**q);
    return names;
}

} // namespace galley
