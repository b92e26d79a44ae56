#include "pgsearchindexes.h"

#include "pgtopranking.h"
#include "store/storedatabase.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgSearchIndexesTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

using PgSearchIndexes::Index;

// An import of at least this part of the issues indexed already builds the impact index afresh:
// building costs about a tenth of keeping it up for the same rows (measured at 3,000 issues).
constexpr qint64 impactDeferRatio = 8;
// The key: building it costs about a third of keeping it up for the same rows, and the build
// reads the rows already there too. An import at least as large as what is indexed.
constexpr qint64 keyDeferRatio = 1;

QString quoted(const QString &schema)
{
    return u'"' + QString(schema).replace(u'"', u"\"\""_s) + u'"';
}

// An import's own drops and builds (the import waits for them) are not CONCURRENTLY (a
// repair's are, PgIndexRepair, as nobody waits for it): that waits for every older transaction
// in the whole database, other stores' included (a teammate's long import in another schema
// made the build give up after the busy timeout), where a plain drop or build waits only for
// this store's table. A build holds the store's writers meanwhile (seconds at 10,000 issues).
// Both run between the import's batches, outside a transaction (keyForRemoval() builds the key
// inside one).
Status drop(StoreDatabase &db, const QString &schema, Index index, const QString &what)
{
    for (const QString &sql : PgSearchIndexes::dropSql(index, schema)) {
        if (Status s = db.execute(sql, what); !s)
            return s;
    }
    return Done {};
}

// Builds the indexes missing or unusable and lets go of the lock, whatever the builds gave.
Status buildAndUnlock(StoreDatabase &db, const QString &schema, const QString &what)
{
    Status built = Done {};
    bool memorySet = false;
    for (const Index index : PgSearchIndexes::all) {
        auto missing = PgSearchIndexes::isMissing(db, schema, index, what);
        if (!missing) {
            built = missing.error();
            break;
        }
        if (*missing) {
            // The sort of every (word, issue) row: in memory where it fits, rather than in files.
            if (!memorySet)
                db.execute(u"SET maintenance_work_mem = '256MB'"_s, what);
            memorySet = true;
            built = drop(db, schema, index, what);
            if (built)
                built = db.execute(PgSearchIndexes::createSql(index), what);
        }
        if (!built)
            break;
        // The key made the primary key again, also when a removal built it (keyForRemoval()); a
        // failure (the table busy) leaves the unique index, which does the same work.
        if (index == Index::Key)
            (void)db.execute(PgSearchIndexes::primaryKeySql(), what);
    }
    if (memorySet)
        db.execute(u"RESET maintenance_work_mem"_s, what);
    const auto unlocked = db.value(
        u"SELECT pg_advisory_unlock("_s + PgSearchIndexes::lockKeySql() + u')', {}, what);
    if (!built)
        return built;
    if (!unlocked)
        return unlocked.error();
    return Done {};
}

// Builds the indexes missing or unusable when no other session holds the lock.
Status buildWhenMissing(StoreDatabase &db, const QString &schema, const QString &what)
{
    auto incomplete = PgSearchIndexes::incomplete(db, schema, what);
    if (!incomplete)
        return incomplete.error();
    if (!*incomplete)
        return Done {};
    // Held: an import is under way and builds them at its end (or is building them).
    auto locked = db.value(u"SELECT pg_try_advisory_lock("_s + PgSearchIndexes::lockKeySql() + u')',
                           {}, what);
    if (!locked)
        return locked.error();
    if (!locked->toBool())
        return Done {};
    return buildAndUnlock(db, schema, what);
}
} // namespace

QString PgSearchIndexes::createSql(Index index, bool concurrently)
{
    const QString how = concurrently ? u"CONCURRENTLY "_s : QString();
    if (index == Index::Key)
        return u"CREATE UNIQUE INDEX "_s + how
            + u"IF NOT EXISTS issue_terms_pkey ON issue_terms (term_id, issue_id) "
              "INCLUDE (f, len)"_s;
    // The expression is rank()'s ORDER BY, for the planner to read the index in that order.
    return u"CREATE INDEX "_s + how
        + u"IF NOT EXISTS issue_terms_impact ON issue_terms (term_id, ("_s
        + PgTopRanking::impactKeySql() + u")) INCLUDE (issue_id, f, len)"_s;
}

QString PgSearchIndexes::primaryKeySql()
{
    // A moment's lock of the table, which every new reader would queue behind: half a second at
    // most, and should it give up, the unique index does the same work and the next build tries
    // again.
    return uR"(DO $$ BEGIN
                 IF NOT EXISTS (SELECT 1 FROM pg_constraint
                                WHERE conrelid = 'issue_terms'::regclass AND contype = 'p') THEN
                     PERFORM set_config('lock_timeout', '500', true);
                     ALTER TABLE issue_terms ADD CONSTRAINT issue_terms_pkey
                         PRIMARY KEY USING INDEX issue_terms_pkey;
                 END IF;
               END $$)"_s;
}

QStringList PgSearchIndexes::dropSql(Index index, const QString &schema, bool concurrently)
{
    QStringList sql;
    // The schema made the key a primary key (PgSearch::stepSql()), whose index goes with the
    // constraint; a build makes the unique index and then the constraint again (primaryKeySql()).
    if (index == Index::Key && !concurrently)
        sql << u"ALTER TABLE "_s + quoted(schema)
                + u".issue_terms DROP CONSTRAINT IF EXISTS issue_terms_pkey"_s;
    sql << u"DROP INDEX "_s + (concurrently ? u"CONCURRENTLY "_s : QString()) + u"IF EXISTS "_s
            + qualifiedName(index, schema);
    return sql;
}

QString PgSearchIndexes::lockKeySql()
{
    return u"hashtextextended(coalesce(current_schema(), ''), 7478)"_s;
}

QString PgSearchIndexes::qualifiedName(Index index, const QString &schema)
{
    return quoted(schema)
        + (index == Index::Key ? u".issue_terms_pkey"_s : u".issue_terms_impact"_s);
}

QString PgSearchIndexes::validitySql()
{
    return u"SELECT i.indisvalid, i.indisprimary FROM pg_index i "
           "WHERE i.indexrelid = to_regclass(?::text)"_s;
}

Result<bool> PgSearchIndexes::isMissing(StoreDatabase &db, const QString &schema, Index index,
                                        const QString &what)
{
    auto valid = db.value(validitySql(), {qualifiedName(index, schema)}, what);
    if (!valid)
        return valid.error();
    return !valid->toBool(); // no row: a null, false
}

Result<bool> PgSearchIndexes::incomplete(StoreDatabase &db, const QString &schema,
                                         const QString &what)
{
    auto ready = db.value(
        u"SELECT coalesce((SELECT i.indisvalid AND i.indisprimary FROM pg_index i "
        "WHERE i.indexrelid = to_regclass(?::text)), false) AND coalesce((SELECT i.indisvalid "
        "FROM pg_index i WHERE i.indexrelid = to_regclass(?::text)), false)"_s,
        {qualifiedName(Index::Key, schema), qualifiedName(Index::Impact, schema)}, what);
    if (!ready)
        return ready.error();
    return !ready->toBool();
}

Result<PgSearchIndexes::Deferred>
PgSearchIndexes::deferForImport(StoreDatabase &db, const QString &schema, qint64 issues)
{
    if (issues <= 0 || db.transactionDepth() > 0)
        return Deferred {};
    const QString what = PgSearchIndexesTr::tr("Preparing the search index for the import");
    auto indexed = db.value(u"SELECT issues FROM issue_search_totals"_s, {}, what);
    if (!indexed)
        return indexed.error();
    if (issues * impactDeferRatio < indexed->toLongLong())
        return Deferred {};
    // Another import holds them back already: it builds them at its end.
    auto locked = db.value(u"SELECT pg_try_advisory_lock("_s + lockKeySql() + u')', {}, what);
    if (!locked)
        return locked.error();
    if (!locked->toBool())
        return Deferred {};
    // A drop that fails (a teammate's transaction held the table past the busy timeout) leaves
    // the index kept up as before; the end of the import finds it there and builds nothing.
    Deferred deferred;
    deferred.locked = true;
    (void)drop(db, schema, Index::Impact, what);
    deferred.key = issues * keyDeferRatio >= indexed->toLongLong()
        && drop(db, schema, Index::Key, what).ok();
    return deferred;
}

Status PgSearchIndexes::keyForRemoval(StoreDatabase &db)
{
    // The index alone: making it the primary key would lock out every reader of the table until
    // the batch commits; the end of the import does that (buildAndUnlock()).
    return db.execute(createSql(Index::Key),
                      PgSearchIndexesTr::tr("Preparing the search index for the import"));
}

Status PgSearchIndexes::rebuildAfterImport(StoreDatabase &db, const QString &schema)
{
    // Let go, then build as an opening would: should the import's connection have been lost
    // and made again, the lock went with the old session, and another Galley may be building
    // them now (then it holds the lock, and this one leaves it to it).
    const QString what = PgSearchIndexesTr::tr("Building the search index after the import");
    db.value(u"SELECT pg_advisory_unlock("_s + lockKeySql() + u')', {}, what);
    return buildWhenMissing(db, schema, what);
}

Status PgSearchIndexes::buildIfMissing(StoreDatabase &db, const QString &schema)
{
    return buildWhenMissing(db, schema,
                            PgSearchIndexesTr::tr("Building the search index after the import"));
}

} // namespace galley
