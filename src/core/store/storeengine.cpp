#include "storeengine.h"

#include "pg/pgengine.h"
#include "sqliteengine.h"
#include "storelocation.h"

namespace galley {

std::unique_ptr<StoreEngine> makeStoreEngine(const StoreLocation &where)
{
    if (where.isPostgres())
        return std::make_unique<PgEngine>();
    return std::make_unique<SqliteEngine>();
}

} // namespace galley
