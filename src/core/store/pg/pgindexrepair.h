#pragma once

#include <QString>

#include <memory>
#include <thread>

namespace galley {

class StoreDatabase;

// Builds the search's indexes (PgSearchIndexes) again for a store opened without one, or with
// one a build left unusable (an import that crashed or lost its connection), in the background:
// on a thread and a connection of its own, CONCURRENTLY. So the opening does not wait for it (tens
// of seconds at 100,000 issues), and neither do this Galley's saves and searches nor a teammate's
// (a plain build holds every writer of the table until it ends). Meanwhile searches sort each
// word's rows themselves (or, without the key, read the whole table), with the same results.
//
// A concurrent build waits for every older transaction in the database to end, other stores'
// included; here nobody waits for it, so it has no time limit. It holds the import's advisory
// lock meanwhile: no other Galley builds it beside this one. Stopping it (the store closes, or
// an import of this Galley starts, which builds the indexes itself) cancels the build through
// libpq's cancel request on the build's own connection: it needs no privilege (a team role's
// session may not cancel its login user's) and not the store's connection, which may be gone.
class PgIndexRepair
{
public:
    PgIndexRepair() = default;
    PgIndexRepair(const PgIndexRepair &) = delete;
    PgIndexRepair &operator=(const PgIndexRepair &) = delete;
    ~PgIndexRepair() { stop(); }

    // Starts the build when the store's index is missing or unusable (a look at the catalog on
    // `db`, the store's own connection) and none is under way here. `role`: the team role the
    // store's sessions take (SET ROLE), empty for none.
    void startIfNeeded(StoreDatabase &db, const QString &schema, const QString &role);
    // Cancels a build under way and waits for its thread: at most a few seconds, after which a
    // thread whose connection does not answer (a network gone) is left to end on its own.
    void stop();

    // Shared with the thread, which may outlive this object (see stop()).
    struct State;

private:
    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

} // namespace galley
