#include "inboxrepository.h"

#include "namedvalues.h"
#include "storedatabase.h"
#include "storerows.h"
#include "urlnormalizer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct InboxRepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

constexpr NamedValue<InboxSource> sourceNames[]
    = {{u"typed", InboxSource::Typed},         {u"pasted", InboxSource::Pasted},
       {u"dropped", InboxSource::Dropped},     {u"feed", InboxSource::Feed},
       {u"bookmarks", InboxSource::Bookmarks}, {u"command-line", InboxSource::CommandLine}};
constexpr NamedValue<InboxState> stateNames[] = {
    {u"new", InboxState::New}, {u"used", InboxState::Used}, {u"dismissed", InboxState::Dismissed}};

const QString columns = u"id, url, normalized, title, description, note, section, source, added, "
                        "state, used_issue_id, used_number, fetched, fetch_error"_s;

InboxItem readItem(const QSqlQuery &r)
{
    InboxItem item;
    item.id = r.value(0).toLongLong();
    item.url = r.value(1).toString();
    item.normalized = r.value(2).toString();
    item.title = r.value(3).toString();
    item.description = r.value(4).toString();
    item.note = r.value(5).toString();
    item.section = r.value(6).toString();
    item.source = inboxSourceFromName(r.value(7).toString()).value_or(InboxSource::Typed);
    item.added = storerows::fromMs(r.value(8));
    item.state = inboxStateFromName(r.value(9).toString()).value_or(InboxState::New);
    item.usedIssueId = r.value(10).toLongLong();
    item.usedNumber = storerows::optionalInt(r.value(11));
    item.fetched = !r.value(12).isNull();
    item.fetchError = r.value(13).toString();
    return item;
}

// The second capture's note goes under the first, unless it says nothing new.
QString mergedNote(const QString &old, const QString &added)
{
    const QString note = added.trimmed();
    if (note.isEmpty() || old.contains(note))
        return old;
    return old.isEmpty() ? note : old + u'\n' + note;
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}
} // namespace

QString inboxSourceName(InboxSource source)
{
    return nameOf(sourceNames, source);
}

std::optional<InboxSource> inboxSourceFromName(const QString &name)
{
    return valueOf(sourceNames, name);
}

QString inboxStateName(InboxState state)
{
    return nameOf(stateNames, state);
}

std::optional<InboxState> inboxStateFromName(const QString &name)
{
    return valueOf(stateNames, name);
}

Result<QList<InboxAddOutcome>> InboxRepository::add(const QList<InboxCapture> &captures)
{
    const QString what = InboxRepositoryTr::tr("Adding links to the inbox");
    StoreTransaction tx(m_db, what);
    if (!tx.status())
        return tx.status().error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<InboxAddOutcome> outcomes;
    outcomes.reserve(captures.size());
    for (const InboxCapture &c : captures) {
        auto one = addOne(c, now);
        if (!one)
            return one.error();
        outcomes.append(*one);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcomes;
}

Result<InboxAddOutcome> InboxRepository::addOne(const InboxCapture &c, qint64 now)
{
    const QString what = InboxRepositoryTr::tr("Adding links to the inbox");
    const QString key = normalizeUrl(c.url);
    if (key.isEmpty())
        return Error {
            {}, 0, InboxRepositoryTr::tr("An empty link cannot go into the inbox."), Error::Failed};
    auto found = m_db.run(u"SELECT id, note, title, description, section, state FROM inbox "
                          "WHERE normalized = ?"_s,
                          {key}, what);
    if (!found)
        return found.error();
    QSqlQuery &f = **found;
    if (f.next()) {
        InboxAddOutcome out;
        out.id = f.value(0).toLongLong();
        out.merged = true;
        const QString note = mergedNote(f.value(1).toString(), c.note);
        const QString title = f.value(2).toString().isEmpty() ? c.title : f.value(2).toString();
        const QString description
            = f.value(3).toString().isEmpty() ? c.description : f.value(3).toString();
        const QString section = c.section.isEmpty() ? f.value(4).toString() : c.section;
        out.state = inboxStateFromName(f.value(5).toString()).value_or(InboxState::New);
        StoreDatabase::done(f);
        auto upd = m_db.run(u"UPDATE inbox SET note = ?, title = ?, description = ?, section = ?, "
                            "changed = ? WHERE id = ?"_s,
                            {note, title, description, section, now, out.id}, what);
        if (!upd)
            return upd.error();
        return out;
    }
    StoreDatabase::done(f);
    auto ins
        = m_db.run(u"INSERT INTO inbox (url, normalized, title, description, note, section, "
                   "source, added, state, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?) "
                   "RETURNING id"_s,
                   {c.url.trimmed(), key, c.title.trimmed(), c.description.trimmed(),
                    c.note.trimmed(), c.section.trimmed(), inboxSourceName(c.source), now, now},
                   what);
    if (!ins)
        return ins.error();
    InboxAddOutcome out;
    out.id = (*ins)->next() ? (*ins)->value(0).toLongLong() : 0;
    StoreDatabase::done(**ins);
    return out;
}

Result<QList<InboxItem>> InboxRepository::list(bool all)
{
    auto q = m_db.run(u"SELECT "_s + columns + u" FROM inbox "_s
                          + (all ? QString() : u"WHERE state = 'new' "_s) + u"ORDER BY added, id"_s,
                      {}, InboxRepositoryTr::tr("Reading the inbox"));
    if (!q)
        return q.error();
    QList<InboxItem> items;
    while ((*q)->next())
        items.append(readItem(**q));
    StoreDatabase::done(**q);
    return items;
}

Result<int> InboxRepository::newCount()
{
    auto q = m_db.run(u"SELECT count(*) FROM inbox WHERE state = 'new'"_s, {},
                      InboxRepositoryTr::tr("Reading the inbox"));
    if (!q)
        return q.error();
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    StoreDatabase::done(**q);
    return n;
}

Result<InboxWaiting> InboxRepository::waitingSince(qint64 beforeMs, int oldest)
{
    // The (state, added) index answers both without reading the other items.
    auto count = m_db.run(u"SELECT count(*) FROM inbox WHERE state = 'new' AND added < ?"_s,
                          {beforeMs}, InboxRepositoryTr::tr("Reading the inbox"));
    if (!count)
        return count.error();
    InboxWaiting out;
    out.count = (*count)->next() ? (*count)->value(0).toInt() : 0;
    StoreDatabase::done(**count);
    auto q = m_db.run(u"SELECT "_s + columns
                          + u" FROM inbox WHERE state = 'new' AND added < ? "
                            "ORDER BY added, id LIMIT ?"_s,
                      {beforeMs, oldest}, InboxRepositoryTr::tr("Reading the inbox"));
    if (!q)
        return q.error();
    while ((*q)->next())
        out.oldest.append(readItem(**q));
    StoreDatabase::done(**q);
    return out;
}

Result<std::optional<InboxItem>> InboxRepository::forUrl(const QString &url)
{
    const QString key = normalizeUrl(url);
    if (key.isEmpty())
        return std::optional<InboxItem>();
    auto q = m_db.run(u"SELECT "_s + columns + u" FROM inbox WHERE normalized = ?"_s, {key},
                      InboxRepositoryTr::tr("Reading the inbox"));
    if (!q)
        return q.error();
    std::optional<InboxItem> item;
    if ((*q)->next())
        item = readItem(**q);
    StoreDatabase::done(**q);
    return item;
}

Status InboxRepository::remove(const QList<qint64> &ids)
{
    const QString what = InboxRepositoryTr::tr("Removing links from the inbox");
    StoreTransaction tx(m_db, what);
    if (!tx.status())
        return tx.status();
    for (qint64 id : ids) {
        auto q = m_db.run(u"DELETE FROM inbox WHERE id = ?"_s, {id}, what);
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return Error {
                {},
                0,
                InboxRepositoryTr::tr("The inbox has no item %1; 'galley inbox list --all' shows "
                                      "them with their numbers.")
                    .arg(id),
                Error::NotFound};
    }
    return tx.commit();
}

Status InboxRepository::setState(const QList<qint64> &ids, InboxState state, qint64 issueId)
{
    const QString what = InboxRepositoryTr::tr("Updating the inbox");
    StoreTransaction tx(m_db, what);
    if (!tx.status())
        return tx.status();
    QVariant number {QMetaType(QMetaType::Int)};
    QVariant issue {QMetaType(QMetaType::LongLong)};
    if (state == InboxState::Used && issueId > 0) {
        issue = issueId;
        auto q = m_db.run(u"SELECT number FROM issues WHERE id = ?"_s, {issueId}, what);
        if (!q)
            return q.error();
        if ((*q)->next())
            number = (*q)->value(0);
        StoreDatabase::done(**q);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 id : ids) {
        auto q = m_db.run(u"UPDATE inbox SET state = ?, used_issue_id = ?, used_number = ?, "
                          "changed = ? WHERE id = ?"_s,
                          {inboxStateName(state), issue, number, now, id}, what);
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return Error {{},
                          0,
                          InboxRepositoryTr::tr("The inbox has no item %1.").arg(idList({id})),
                          Error::NotFound};
    }
    return tx.commit();
}

Status InboxRepository::setFetched(qint64 id, const QString &title, const QString &description,
                                   const QString &error)
{
    auto q = m_db.run(
        u"UPDATE inbox SET title = CASE WHEN title = '' THEN ? ELSE title END, "
        "description = CASE WHEN description = '' THEN ? ELSE description END, "
        "fetched = ?, fetch_error = ? WHERE id = ?"_s,
        {title.trimmed(), description.trimmed(), QDateTime::currentMSecsSinceEpoch(), error, id},
        InboxRepositoryTr::tr("Updating the inbox"));
    if (!q)
        return q.error();
    return Done {};
}

} // namespace galley
