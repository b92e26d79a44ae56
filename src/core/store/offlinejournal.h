#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace galley {

class Store;

// A document save that could not reach the store's server, kept until it can.
struct JournalEntry
{
    qint64 seq = 0; // the order the saves were made in
    qint64 issueId = 0;
    qint64 baseVersion = 0; // the issue's version the editor's text was based on
    QString document;
    QDateTime created; // UTC
};

// What OfflineJournal::replay() did.
struct JournalReplay
{
    int written = 0; // entries now in the store (and gone from the journal)
    int conflicts = 0; // of those, saves over a text written elsewhere meanwhile (kept both)
    int recreated = 0; // saves of an issue deleted meanwhile, kept as new drafts
    int waiting = 0; // entries left in the journal
    // Each replayed issue's version after its last entry, for the editor's next save.
    QHash<qint64, qint64> versions;
    QSet<qint64> conflicted; // the issues whose replay kept a text written elsewhere
    std::optional<Error> error; // why the replay stopped early (Offline again, ...)
};

// The editor's saves while a PostgreSQL store's server is away (issue 23): a small SQLite file
// of its own, per store address, so typing goes on and nothing typed is lost, also when Galley
// is closed or crashes before the server is back. Only document saves are journalled; other
// writes fail with Error::Offline and the person is told.
//
// Used from one thread, like Store. Every add() is its own committed transaction.
class OfflineJournal
{
public:
    // <AppDataLocation>/journal-<hash of the address>.sqlite
    static QString defaultPathFor(const QString &storeLocation);

    // `path` empty: defaultPathFor(storeLocation). Nothing is created before open().
    explicit OfflineJournal(const QString &storeLocation, const QString &path = {});
    ~OfflineJournal();
    OfflineJournal(const OfflineJournal &) = delete;
    OfflineJournal &operator=(const OfflineJournal &) = delete;

    const QString &path() const { return m_path; }
    // Opens the file when there is one, or creates it (0600, in a 0700 folder).
    Status open();
    Status add(qint64 issueId, qint64 baseVersion, const QString &document);
    Result<int> count();
    // Oldest first.
    Result<QList<JournalEntry>> entries();
    // Writes the entries into `store` in order, each through Store::saveKeepingBoth(), so that
    // a text a teammate wrote meanwhile is kept as a Conflict revision under ours. The second
    // and later saves of one issue are based on the version the previous one made (also after
    // a replay that stopped half way). An entry is deleted only after its save committed; one whose
    // text is already the issue's (a crash between the two) is just deleted. Stops at the first
    // failure, leaving the rest.
    JournalReplay replay(Store &store);

private:
    // Deletes a written entry; the later entries of its issue were based on it, so they now
    // follow the version it made (and the draft that took its text, when it was recreated).
    Status settle(const JournalEntry &entry, qint64 id, qint64 version);
    Error error(const QString &what, const QString &detail) const;

    QString m_storeLocation;
    QString m_path;
    QString m_connectionName;
};

} // namespace galley
