#include "offlinejournal.h"

#include "privatefiles.h"
#include "store.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct OfflineJournalTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

QString journalConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"galley-journal-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}
} // namespace

QString OfflineJournal::defaultPathFor(const QString &storeLocation)
{
    // A hash: the address may hold a host, a user and a socket folder, none of which belongs
    // in a file name.
    const QByteArray hash
        = QCryptographicHash::hash(storeLocation.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal-"_s
        + QString::fromLatin1(hash.left(16)) + u".sqlite"_s;
}

OfflineJournal::OfflineJournal(const QString &storeLocation, const QString &path)
    : m_storeLocation(storeLocation)
    , m_path(path.isEmpty() ? defaultPathFor(storeLocation) : path)
    , m_connectionName(journalConnectionName())
{ }

OfflineJournal::~OfflineJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error OfflineJournal::error(const QString &what, const QString &detail) const
{
    return Error {
        m_path, 0,
        OfflineJournalTr::tr("%1: the offline journal cannot be written (%2).").arg(what, detail),
        Error::Failed};
}

Status OfflineJournal::open()
{
    const QString what = OfflineJournalTr::tr("Keeping the change while offline");
    if (!createPrivateFolder(QFileInfo(m_path).absolutePath())
        || !makePrivateFile(m_path, CreateIfMissing::Yes))
        return error(what, OfflineJournalTr::tr("the file cannot be created"));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return error(what, db.lastError().text());
    QSqlQuery q(db);
    // FULL: a save the editor was told is kept must survive a power cut, as the store's would.
    // The address is kept with every entry: a journal only ever replays into its own store.
    for (const QString &sql :
         {u"PRAGMA synchronous = FULL"_s,
          u"CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY, store TEXT NOT NULL, "
          "issue_id INTEGER NOT NULL, base_version INTEGER NOT NULL, document TEXT NOT NULL, "
          "created INTEGER NOT NULL)"_s}) {
        if (!q.exec(sql))
            return error(what, q.lastError().text());
    }
    return Done {};
}

Status OfflineJournal::add(qint64 issueId, qint64 baseVersion, const QString &document)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO pending (store, issue_id, base_version, document, created) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(m_storeLocation);
    q.addBindValue(issueId);
    q.addBindValue(baseVersion);
    q.addBindValue(document.isNull() ? u""_s : document);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return error(OfflineJournalTr::tr("Keeping the change while offline"),
                     q.lastError().text());
    return Done {};
}

Result<int> OfflineJournal::count()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT count(*) FROM pending WHERE store = ?"_s);
    q.addBindValue(m_storeLocation);
    if (!q.exec() || !q.next())
        return error(OfflineJournalTr::tr("Reading the offline journal"), q.lastError().text());
    return q.value(0).toInt();
}

Result<QList<JournalEntry>> OfflineJournal::entries()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT seq, issue_id, base_version, document, created FROM pending "
              "WHERE store = ? ORDER BY seq"_s);
    q.addBindValue(m_storeLocation);
    if (!q.exec())
        return error(OfflineJournalTr::tr("Reading the offline journal"), q.lastError().text());
    QList<JournalEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc())});
    return out;
}

Status OfflineJournal::settle(const JournalEntry &entry, qint64 id, qint64 version)
{
    const QString what = OfflineJournalTr::tr("Reading the offline journal");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return error(what, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM pending WHERE seq = ?"_s);
    q.addBindValue(entry.seq);
    bool ok = q.exec();
    if (ok) {
        q.prepare(u"UPDATE pending SET issue_id = ?, base_version = ? "
                  "WHERE store = ? AND issue_id = ? AND seq > ?"_s);
        for (const QVariant &v : {QVariant(id), QVariant(version), QVariant(m_storeLocation),
                                  QVariant(entry.issueId), QVariant(entry.seq)})
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QString detail = q.lastError().text() + db.lastError().text();
        db.rollback();
        return error(what, detail);
    }
    return Done {};
}

JournalReplay OfflineJournal::replay(Store &store)
{
    JournalReplay out;
    auto list = entries();
    if (!list) {
        out.error = list.error();
        return out;
    }
    out.waiting = int(list->size());
    QHash<qint64, qint64> movedTo; // issues deleted meanwhile -> the drafts that took their text
    for (const JournalEntry &e : std::as_const(*list)) {
        const qint64 id = movedTo.value(e.issueId, e.issueId);
        auto current = store.issue(id);
        if (!current && current.error().code != Error::NotFound) {
            out.error = current.error();
            return out;
        }
        if (!current) {
            // Deleted for good meanwhile: the text is kept as a draft of its own.
            auto created = store.createIssue(e.document);
            auto fresh = created ? store.issue(*created) : Result<StoredIssue>(created.error());
            if (!fresh) {
                out.error = fresh.error();
                return out;
            }
            movedTo.insert(e.issueId, fresh->id);
            out.versions.insert(fresh->id, fresh->version);
            ++out.recreated;
        } else if (current->document == e.document) {
            // Already there: saved before a crash took the journal's delete with it.
            out.versions.insert(id, current->version);
        } else {
            // The editor based each offline save on the version it knew before the server went
            // away; the later ones follow the save before them, made just now.
            const qint64 base = out.versions.value(id, e.baseVersion);
            auto kept = store.saveKeepingBoth(id, e.document, base);
            if (!kept) {
                out.error = kept.error();
                return out;
            }
            out.versions.insert(id, kept->version);
            if (kept->keptOther) {
                ++out.conflicts;
                out.conflicted.insert(id);
            }
        }
        const qint64 written = movedTo.value(e.issueId, e.issueId);
        if (Status s = settle(e, written, out.versions.value(written)); !s) {
            out.error = s.error();
            return out;
        }
        ++out.written;
        --out.waiting;
    }
    return out;
}

} // namespace galley
