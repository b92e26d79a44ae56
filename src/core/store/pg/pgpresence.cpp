#include "pgpresence.h"

#include "../storedatabase.h"
#include "pgchangefeed.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUrl>

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

// PostgreSQL keeps printable ASCII only in an application_name (15 writes '?' for the rest,
// later versions escapes): the name travels percent-encoded as UTF-8 ("Zo%C3%AB"), '%' and '/'
// too, so that "Zoë" comes back as she wrote it. Whole characters only, as many as fit in
// `room` bytes.
QString encoded(const QString &name, qsizetype room)
{
    QString out;
    for (const char32_t c : name.toUcs4()) {
        const QString piece = QString::fromLatin1(
            QString::fromUcs4(&c, 1).toUtf8().toPercentEncoding(" !\"#$&'()*+,:;<=>?@[\\]^`{|}~"));
        if (out.size() + piece.size() > room)
            break;
        out += piece;
    }
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
    const QString start = prefix(schema, issueId);
    return start + encoded(editorName.simplified(), MaxNameBytes - start.size());
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
        const QString name = QUrl::fromPercentEncoding((*q)->value(0).toString().toLatin1());
        if (!name.isEmpty())
            names << name;
    }
    StoreDatabase::done(**q);
    return names;
}

} // namespace galley
