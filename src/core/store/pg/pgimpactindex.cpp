#include "pgimpactindex.h"

#include "pgtopranking.h"
#include "store/storedatabase.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgImpactIndexTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

// An import of at least this part of the issues indexed already builds the index afresh:
// building costs about a tenth of keeping it up for the same rows (measured at 3,000 issues).
constexpr qint64 deferRatio = 8;

// An import's own drop and build (the import waits for them) are not CONCURRENTLY (a repair's
// is, PgIndexRepair, as nobody waits for it): that waits for every older transaction in the whole
// database, other stores' included (a teammate's long import in another schema made the build give
// up after the busy timeout), where a plain drop or build waits only for this store's table. A
// build holds the store's writers meanwhile (seconds at 10,000 issues); searches sort each word's
// rows until the index is back. Neither runs in a transaction.
Status drop(StoreDatabase &db, const QString &schema, const QString &what)
{
    return db.execute(u"DROP INDEX IF EXISTS "_s + PgImpactIndex::qualifiedName(schema), what);
}

// Builds the index (when missing or unusable) and lets go of the lock, whatever the build gave.
Status buildAndUnlock(StoreDatabase &db, const QString &schema, const QString &what)
{
    auto missing = PgImpactIndex::isMissing(db, schema, what);
    Status built = missing ? Status(Done {}) : Status(missing.error());
    if (missing && *missing)
        built = drop(db, schema, what);
    if (built && missing && *missing) {
        // The sort of every (word, issue) row: in memory where it fits, rather than in files.
        db.execute(u"SET maintenance_work_mem = '256MB'"_s, what);
        built = db.execute(PgImpactIndex::createSql(), what);
        db.execute(u"RESET maintenance_work_mem"_s, what);
    }
    const auto unlocked
        = db.value(u"SELECT pg_advisory_unlock("_s + PgImpactIndex::lockKeySql() + u')', {}, what);
    if (!built)
        return built;
    if (!unlocked)
        return unlocked.error();
    return Done {};
}

// Builds the index when it is missing or unusable and no other session holds the lock.
Status buildWhenMissing(StoreDatabase &db, const QString &schema, const QString &what)
{
    auto missing = PgImpactIndex::isMissing(db, schema, what);
    if (!missing)
        return missing.error();
    if (!*missing)
        return Done {};
    // Held: an import is under way and builds it at its end (or is building it).
    auto locked = db.value(u"SELECT pg_try_advisory_lock("_s + PgImpactIndex::lockKeySql() + u')',
                           {}, what);
    if (!locked)
        return locked.error();
    if (!locked->toBool())
        return Done {};
    return buildAndUnlock(db, schema, what);
}
} // namespace

QString PgImpactIndex::createSql(bool concurrently)
{
    // The expression is rank()'s ORDER BY, for the planner to read the index in that order.
    return u"CREATE INDEX "_s + (concurrently ? u"CONCURRENTLY "_s : QString())
        + u"IF NOT EXISTS issue_terms_impact ON issue_terms (term_id, ("_s
        + PgTopRanking::impactKeySql() + u")) INCLUDE (issue_id, f, len)"_s;
}

QString PgImpactIndex::lockKeySql()
{
    return u"hashtextextended(coalesce(current_schema(), ''), 7478)"_s;
}

QString PgImpactIndex::qualifiedName(const QString &schema)
{
    return u'"' + QString(schema).replace(u'"', u"\"\""_s) + u"\".issue_terms_impact"_s;
}

QString PgImpactIndex::validitySql()
{
    return u"SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?::text)"_s;
}

Result<bool> PgImpactIndex::isMissing(StoreDatabase &db, const QString &schema, const QString &what)
{
    auto valid = db.value(validitySql(), {qualifiedName(schema)}, what);
    if (!valid)
        return valid.error();
    return !valid->toBool(); // no row: a null, false
}

Result<bool> PgImpactIndex::deferForImport(StoreDatabase &db, const QString &schema, qint64 issues)
{
    if (issues <= 0 || db.transactionDepth() > 0)
        return false;
    const QString what = PgImpactIndexTr::tr("Preparing the search index for the import");
    auto indexed = db.value(u"SELECT issues FROM issue_search_totals"_s, {}, what);
    if (!indexed)
        return indexed.error();
    if (issues * deferRatio < indexed->toLongLong())
        return false;
    // Another import holds it back already: it builds it at its end.
    auto locked = db.value(u"SELECT pg_try_advisory_lock("_s + PgImpactIndex::lockKeySql() + u')',
                           {}, what);
    if (!locked)
        return locked.error();
    if (!locked->toBool())
        return false;
    // A drop that fails (a teammate's transaction held the table past the busy timeout) leaves
    // the index kept up as before; the end of the import finds it there and builds nothing.
    (void)drop(db, schema, what);
    return true;
}

Status PgImpactIndex::rebuildAfterImport(StoreDatabase &db, const QString &schema)
{
    // Let go, then build as an opening would: should the import's connection have been lost
    // and made again, the lock went with the old session, and another Galley may be building
    // it now (then it holds the lock, and this one leaves it to it).
    const QString what = PgImpactIndexTr::tr("Building the search index after the import");
    db.value(u"SELECT pg_advisory_unlock("_s + PgImpactIndex::lockKeySql() + u')', {}, what);
    return buildWhenMissing(db, schema, what);
}

Status PgImpactIndex::buildIfMissing(StoreDatabase &db, const QString &schema)
{
    return buildWhenMissing(db, schema,
                            PgImpactIndexTr::tr("Building the search index after the import"));
}

} // namespace galley
