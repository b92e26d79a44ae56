#include "pgsearch_placeholder.h"

#include "../storedatabase.h"

#include <QCoreApplication>

namespace galley {

namespace {
struct Pgsearch_placeholderTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

Result<QList<SearchHit>> PgSearchPlaceholder::search(const QString &, int)
{
    return Error {m_db.path(), 0,
                  Pgsearch_placeholderTr::tr("Search is not available yet in a store on "
                                            "PostgreSQL."),
                  Error::Failed};
}

} // namespace galley
