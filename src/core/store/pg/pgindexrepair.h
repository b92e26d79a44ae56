#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace galley {

class StoreDatabase;

// Builds the search's impact index (PgImpactIndex) again for a store opened without it, or with
// one a build left unusable (an import that crashed or lost its connection), in the background:
// on a thread and a connection of its own, CONCURRENTLY. So the opening does not wait for it (tens
// of seconds at 100,000 issues), and neither do this Galley's saves and searches nor a teammate's
// (a plain build holds every writer of the table until it ends). Meanwhile searches sort each
// word's rows themselves, with the same results.
//
// A concurrent build waits for every older transaction in the database to end, other stores'
// included; here nobody waits for it, so it has no time limit. It holds the import's advisory
// lock meanwhile: no import sets the index aside and no other Galley builds it beside this one.
// Closing the store cancels a build under way; the next opening starts again.
class PgIndexRepair
{
public:
    PgIndexRepair() = default;
    PgIndexRepair(const PgIndexRepair &) = delete;
    PgIndexRepair &operator=(const PgIndexRepair &) = delete;
    ~PgIndexRepair() { stop(nullptr); }

    // Starts the build when the store's index is missing or unusable (a look at the catalog on
    // `db`, the store's own connection) and none is under way here. `role`: the team role the
    // store's sessions take (SET ROLE), empty for none.
    void startIfNeeded(StoreDatabase &db, const QString &schema, const QString &role);
    // Cancels a build under way (through `db`, still open, when given) and waits for its thread.
    void stop(StoreDatabase *db);

private:
    struct Connection
    {
        QString host, user, password, database, options, role, schema;
        int port = -1;
    };
    void run(const Connection &c);

    std::thread m_thread;
    std::atomic<int> m_backendPid {0}; // the build's session, once known
    std::atomic<bool> m_stopping {false};
    std::atomic<bool> m_finished {false};
};

} // namespace galley
