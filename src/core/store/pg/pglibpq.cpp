#include "pglibpq.h"

#include <QLibrary>
#include <QVariant>

namespace galley {

const PgLibpq *PgLibpq::get()
{
    static const PgLibpq *const api = []() -> const PgLibpq * {
        static PgLibpq p;
        QLibrary libpq(QStringLiteral("pq"), 5); // loaded already: the driver's
        const auto take = [&libpq](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                libpq.resolve(name));
            return function != nullptr;
        };
        const bool all = take(p.exec, "PQexec") && take(p.resultStatus, "PQresultStatus")
            && take(p.resultErrorField, "PQresultErrorField")
            && take(p.resultErrorMessage, "PQresultErrorMessage") && take(p.clear, "PQclear")
            && take(p.getResult, "PQgetResult") && take(p.putCopyData, "PQputCopyData")
            && take(p.putCopyEnd, "PQputCopyEnd") && take(p.status, "PQstatus")
            && take(p.errorMessage, "PQerrorMessage") && take(p.getCancel, "PQgetCancel")
            && take(p.cancel, "PQcancel") && take(p.freeCancel, "PQfreeCancel");
        return all ? &p : nullptr;
    }();
    return api;
}

void *PgLibpq::connection(const QVariant &driverHandle)
{
    // QPSQL's handle: a PGconn*, which Qt 6.4 names by its struct (pg_conn*).
    const char *type = driverHandle.typeName();
    if (!driverHandle.isValid() || !type
        || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<void *const *>(driverHandle.constData());
}

} // namespace galley
