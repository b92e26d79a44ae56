#pragma once

namespace galley {

// The few libpq functions Galley calls itself, on connections Qt's QPSQL driver opened: COPY
// (PgCopy) and the cancel request (PgIndexRepair). Taken from the libpq that the driver loaded,
// not linked: linking would load libpq, and its TLS libraries, into every command, those on a
// SQLite store included (tst_clistartup). PGconn, PGresult and PGcancel are opaque pointers here,
// and the enum values are libpq's (libpq-fe.h), part of its ABI since PostgreSQL 7.4.
struct PgLibpq
{
    enum : int {
        connectionOk = 0, // ConnStatusType CONNECTION_OK
        commandOk = 1, // ExecStatusType PGRES_COMMAND_OK
        copyIn = 4, // PGRES_COPY_IN
        diagSqlState = 'C', // PG_DIAG_SQLSTATE
    };

    void *(*exec)(void *conn, const char *query) = nullptr;
    int (*resultStatus)(const void *result) = nullptr;
    char *(*resultErrorField)(const void *result, int field) = nullptr;
    char *(*resultErrorMessage)(const void *result) = nullptr;
    void (*clear)(void *result) = nullptr;
    void *(*getResult)(void *conn) = nullptr;
    int (*putCopyData)(void *conn, const char *buffer, int bytes) = nullptr;
    int (*putCopyEnd)(void *conn, const char *errorMessage) = nullptr;
    int (*status)(const void *conn) = nullptr;
    char *(*errorMessage)(const void *conn) = nullptr;
    void *(*getCancel)(void *conn) = nullptr;
    int (*cancel)(void *cancel, char *message, int messageSize) = nullptr;
    void (*freeCancel)(void *cancel) = nullptr;

    // Resolved once; null when libpq (the driver's) cannot be loaded or lacks one of them.
    static const PgLibpq *get();
    // The PGconn under a QPSQL connection's driver handle, or null.
    static void *connection(const class QVariant &driverHandle);
};

} // namespace galley
