#include "storecopier.h"

#include "issuefacts.h"
#include "searchbackend.h"
#include "store.h"
#include "storedatabase.h"
#include "storelocation.h"
#include "tablechecksum.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>

#include <tuple>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct StoreCopierTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::StoreCopier)
};

// Rows read per statement, and rows written per INSERT (a few thousand bound values, far below
// either engine's limit).
constexpr int pageRows = 500;
constexpr int rowsPerInsert = 100;

using Rows = QList<QVariantList>;

// The statement that starts reading the source in one snapshot, so that a store in use is
// copied as it was at one moment. SQLite's deferred BEGIN takes no lock (a WAL reader); on
// PostgreSQL a repeatable-read transaction sees one snapshot for all its statements.
QString beginSnapshotSql(StoreEngine::Kind kind)
{
    return kind == StoreEngine::Kind::Postgres
        ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
        : u"BEGIN"_s;
}

// PostgreSQL's identity columns take their next value from a sequence that knows nothing of
// the ids the copy wrote: without this, the first new issue would get id 1 again. SQLite's
// INTEGER PRIMARY KEY takes max(id) + 1 by itself.
Status moveIdentitiesPastCopiedIds(StoreDatabase &db, const QString &what)
{
    if (db.engine().kind() != StoreEngine::Kind::Postgres)
        return Done {};
    for (const StoreTable &t : StoreCopier::tables()) {
        if (!t.identity)
            continue;
        auto q = db.run(u"SELECT setval(pg_get_serial_sequence('"_s + t.name
                            + u"', 'id'), coalesce(max(id), 0) + 1, false) FROM "_s + t.name,
                        {}, what);
        if (!q)
            return q.error();
        StoreDatabase::done(**q);
    }
    return Done {};
}

// One table's columns as the source has them, and the SQL that reads and writes them.
struct TablePlan
{
    const StoreTable *table = nullptr;
    QStringList columns;
    QList<int> keyColumns; // indexes into columns
    QList<int> textKeyColumns; // the same for a text key, else empty
};

Result<QStringList> columnsOf(StoreDatabase &db, const QString &table, const QString &what)
{
    auto q = db.run(u"SELECT * FROM "_s + table + u" WHERE 1 = 0"_s, {}, what);
    if (!q)
        return q.error();
    const QSqlRecord record = (*q)->record();
    StoreDatabase::done(**q);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    return columns;
}

Result<TablePlan> planTable(StoreDatabase &source, StoreDatabase *target, const StoreTable &t,
                            const QString &what)
{
    auto columns = columnsOf(source, t.name, what);
    if (!columns)
        return columns.error();
    TablePlan plan {&t, *columns, {}, {}};
    for (const QString &k : t.key) {
        const int i = int(columns->indexOf(k));
        if (i < 0)
            return Error {source.path(), 0,
                          StoreCopierTr::tr("The table %1 has no column %2.").arg(t.name, k),
                          Error::Corrupt};
        plan.keyColumns << i;
    }
    if (t.textKey)
        plan.textKeyColumns = plan.keyColumns;
    if (target) {
        auto theirs = columnsOf(*target, t.name, what);
        if (!theirs)
            return theirs.error();
        QStringList a = *columns, b = *theirs;
        a.sort();
        b.sort();
        if (a != b)
            return Error {target->path(), 0,
                          StoreCopierTr::tr("The table %1 has other columns in the target (%2) "
                                            "than in the source (%3).")
                              .arg(t.name, theirs->join(u", "_s), columns->join(u", "_s)),
                          Error::Failed};
    }
    return plan;
}

// The rows after `after` (the last page's last row; empty for the first page), in key order,
// read whole before the next statement (SQLite's queries read as they go).
Result<Rows> readPage(StoreDatabase &db, const TablePlan &plan, const QVariantList &after,
                      const QString &what)
{
    const QString key = plan.table->key.join(u", "_s);
    QString sql = u"SELECT "_s + plan.columns.join(u", "_s) + u" FROM "_s + plan.table->name;
    QVariantList values;
    if (!after.isEmpty()) {
        QStringList marks;
        for (int i : plan.keyColumns) {
            marks << u"?"_s;
            values << after.at(i);
        }
        // A row value: (a, b) > (?, ?) in both engines.
        sql += u" WHERE ("_s + key + u") > ("_s + marks.join(u", "_s) + u')';
    }
    sql += u" ORDER BY "_s + key + u" LIMIT "_s + QString::number(pageRows);
    auto q = db.runWithList(sql, values, what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    Rows rows;
    const int n = int(plan.columns.size());
    while (r.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << (r.isNull(i) ? QVariant() : r.value(i)); // not a null QString: run() binds ''
        rows << row;
    }
    StoreDatabase::done(r);
    return rows;
}

Status writeRows(StoreDatabase &db, const TablePlan &plan, const Rows &rows, const QString &what)
{
    const QString head = u"INSERT INTO "_s + plan.table->name + u" ("_s + plan.columns.join(u", "_s)
        + u") VALUES "_s;
    for (qsizetype start = 0; start < rows.size();) {
        // Full statements of rowsPerInsert rows; the rest one by one (two cached statements).
        const qsizetype n = rows.size() - start >= rowsPerInsert ? rowsPerInsert : 1;
        QVariantList values;
        for (qsizetype i = start; i < start + n; ++i)
            values << rows.at(i);
        auto q = db.runWithList(
            head + StoreDatabase::placeholderRows(int(plan.columns.size()), int(n)), values, what);
        if (!q)
            return q.error();
        StoreDatabase::done(**q);
        start += n;
    }
    return Done {};
}

// Reads a whole table in pages; `page` is called with each, `sums` is fed every row.
Result<TableSummary> overTable(StoreDatabase &db, const TablePlan &plan, const QString &what,
                               const std::function<Status(const Rows &)> &page = {})
{
    TableChecksum sums(plan.textKeyColumns);
    QVariantList last;
    for (;;) {
        auto rows = readPage(db, plan, last, what);
        if (!rows)
            return rows.error();
        for (const QVariantList &row : std::as_const(*rows))
            sums.addRow(row);
        if (page) {
            if (Status s = page(*rows); !s)
                return s.error();
        }
        if (rows->size() < pageRows)
            break;
        last = rows->constLast();
    }
    return TableSummary {plan.table->name, sums.rows(), sums.finish()};
}

Result<qint64> countRows(StoreDatabase &db, const QString &table, const QString &what)
{
    auto q = db.run(u"SELECT count(*) FROM "_s + table, {}, what);
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    StoreDatabase::done(**q);
    return n;
}

// The search index from the copied issues, as saving them would have made it: each issue
// outside the trash with its title column and indexedText() of its document (what removing it
// later tells the index).
Result<qint64> rebuildSearch(StoreDatabase &db, const QString &what)
{
    auto search = db.engine().search(db);
    if (Status s = search->setMergeWidth(4); !s)
        return s.error();
    qint64 indexed = 0;
    qint64 last = 0;
    for (;;) {
        auto q = db.run(u"SELECT id, title, document FROM issues WHERE deleted IS NULL AND id > ? "
                        "ORDER BY id LIMIT 100"_s,
                        {last}, what);
        if (!q)
            return q.error();
        QList<std::tuple<qint64, QString, QString>> issues;
        while ((*q)->next())
            issues.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                           (*q)->value(2).toString()});
        StoreDatabase::done(**q);
        for (const auto &[id, title, document] : std::as_const(issues)) {
            IssueFacts facts;
            facts.title = title;
            facts.searchText = indexedText(document);
            if (Status s = search->insert(id, facts); !s)
                return s.error();
            last = id;
            ++indexed;
        }
        if (issues.size() < 100)
            break;
    }
    if (Status s = search->setMergeWidth(8); !s)
        return s.error();
    return indexed;
}

// Where a copy would read and write the same store.
bool sameStore(const QString &from, const QString &to)
{
    auto a = StoreLocation::parse(from);
    auto b = StoreLocation::parse(to);
    if (!a || !b || a->kind != b->kind)
        return false;
    if (a->isPostgres())
        return a->host == b->host && a->port == b->port && a->database == b->database
            && a->schema == b->schema;
    const QFileInfo fa(from), fb(to);
    return fa.exists() && fb.exists() ? fa.canonicalFilePath() == fb.canonicalFilePath()
                                      : fa.absoluteFilePath() == fb.absoluteFilePath();
}

// The copy proper, from an open source into an open, new target.
Result<StoreCopyReport> copyAll(StoreDatabase &source, StoreDatabase &target,
                                const StoreCopier::Progress &progress)
{
    const QString what = StoreCopierTr::tr("Copying the store");
    // All or nothing, which also lets PostgreSQL's search write its rows many issues at a time
    // (PgPendingIndex): one issue per statement updated each word's count of issues once per
    // issue in this one transaction, whose old row versions nothing can clear before it ends,
    // so that every statement read longer chains (10,000 issues took more than 10 minutes).
    StoreTransaction tx(target, what, StoreTransaction::Mode::AllOrNothing);
    if (!tx.status().ok())
        return tx.status().error();
    // New means no row in any table: a store that was only opened (as `galley list` does) is
    // new; one with a single setting is not. Checked under the target's write lock, which the
    // copy keeps until it commits, so nobody can write in between.
    for (const StoreTable &t : StoreCopier::tables()) {
        auto n = countRows(target, t.name, what);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error {target.path(), 0,
                          StoreCopierTr::tr("The target is not empty (the table %1 has rows). "
                                            "A store is copied only into a new one: name a "
                                            "file that does not exist yet, or an empty "
                                            "PostgreSQL schema.")
                              .arg(t.name),
                          Error::Failed};
    }
    const bool snapshot = source.transactionDepth() == 0;
    if (snapshot) {
        if (Status s = source.execute(beginSnapshotSql(source.engine().kind()), what); !s)
            return s.error();
    }
    // Ends the snapshot however this returns (a read-only transaction: nothing to keep).
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            source.execute(u"ROLLBACK"_s, what);
    });
    StoreCopyReport report;
    QList<TablePlan> plans;
    for (const StoreTable &t : StoreCopier::tables()) {
        auto plan = planTable(source, &target, t, what);
        if (!plan)
            return plan.error();
        auto total = countRows(source, t.name, what);
        if (!total)
            return total.error();
        qint64 done = 0;
        auto copied = overTable(source, *plan, what, [&](const Rows &rows) -> Status {
            if (Status s = writeRows(target, *plan, rows, what); !s)
                return s;
            // Every page but an empty last one (a table of exactly N pages), which adds nothing.
            if (progress && (!rows.isEmpty() || done == 0))
                progress(t.name, done + rows.size(), *total);
            done += rows.size();
            return Done {};
        });
        if (!copied)
            return copied.error();
        report.tables << *copied;
        plans << *plan;
    }
    auto indexed = rebuildSearch(target, what);
    if (!indexed)
        return indexed.error();
    report.indexed = *indexed;
    if (Status s = moveIdentitiesPastCopiedIds(target, what); !s)
        return s.error();
    // Verified before the commit: a difference leaves the target as it was.
    for (qsizetype i = 0; i < plans.size(); ++i) {
        auto written = overTable(target, plans.at(i), what);
        if (!written)
            return written.error();
        const TableSummary &read = report.tables.at(i);
        if (*written != read)
            return Error {
                target.path(), 0,
                StoreCopierTr::tr("The copy of the table %1 differs from the original (%2 rows, "
                                  "checksum %3; the original: %4 rows, checksum %5). Nothing was "
                                  "written to the target.")
                    .arg(read.table)
                    .arg(written->rows)
                    .arg(QString::fromLatin1(written->sha256.left(12)))
                    .arg(read.rows)
                    .arg(QString::fromLatin1(read.sha256.left(12))),
                Error::Failed};
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}
} // namespace

const QList<StoreTable> &StoreCopier::tables()
{
    static const QList<StoreTable> t = {
        {u"issues"_s, {u"id"_s}, false, true},
        {u"revisions"_s, {u"id"_s}, false, true},
        {u"links"_s, {u"issue_id"_s, u"position"_s}, false, false},
        {u"issue_outlines"_s, {u"issue_id"_s}, false, false},
        {u"settings"_s, {u"key"_s}, true, false},
        {u"link_checks"_s, {u"normalized"_s}, true, false},
        {u"test_sends"_s, {u"id"_s}, false, true},
        {u"inbox"_s, {u"id"_s}, false, true},
        {u"spelling_personal"_s, {u"language"_s, u"word"_s}, true, false},
        {u"spelling_vocabulary"_s, {u"language"_s, u"word"_s}, true, false},
    };
    return t;
}

Result<StoreCopyReport> StoreCopier::migrate(const QString &from, const QString &to,
                                             const Progress &progress)
{
    if (sameStore(from, to))
        return Error {to, 0,
                      StoreCopierTr::tr("The source and the target are the same store; name a "
                                        "new store as the target."),
                      Error::Failed};
    Store source;
    if (Status s = source.open(from, Store::OpenMode::ReadOnly); !s)
        return s.error();
    Store target;
    if (Status s = target.open(to, Store::OpenMode::NoUpgrade); !s)
        return s.error();
    return copyAll(*source.m_db, *target.m_db, progress);
}

Status StoreCopier::backupInto(StoreDatabase &source, const QString &file)
{
    Store target;
    if (Status s = target.open(file, Store::OpenMode::NoUpgrade); !s)
        return s;
    auto copied = copyAll(source, *target.m_db, {});
    if (!copied)
        return copied.error();
    return Done {};
}

Result<QList<TableSummary>> StoreCopier::summarize(Store &store)
{
    if (!store.m_db)
        return Error {{}, 0, StoreCopierTr::tr("The store is not open."), Error::Failed};
    const QString what = StoreCopierTr::tr("Checking the store");
    QList<TableSummary> out;
    for (const StoreTable &t : tables()) {
        auto plan = planTable(*store.m_db, nullptr, t, what);
        if (!plan)
            return plan.error();
        auto sums = overTable(*store.m_db, *plan, what);
        if (!sums)
            return sums.error();
        out << *sums;
    }
    return out;
}

} // namespace galley
