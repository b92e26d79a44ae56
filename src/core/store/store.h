#pragma once

#include "countedsearchterms.h"
#include "inboxitem.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace galley {

enum class IssueStatus { Draft, Scheduled, Sent };
// "draft", "scheduled", "sent": the names the CLI's JSON and the database use.
QString issueStatusName(IssueStatus status);
std::optional<IssueStatus> issueStatusFromName(const QString &name);

// Why a revision was kept. Autosave revisions are thinned over time; the others are kept.
// Conflict marks a text that a save based on an older version replaced (Store::saveKeepingBoth):
// it was written elsewhere, so it is kept for good, whatever its first reason was.
enum class RevisionReason { Autosave, Manual, Import, Restore, Conflict };
QString revisionReasonName(RevisionReason reason);
std::optional<RevisionReason> revisionReasonFromName(const QString &name);

// An issue without its document: what lists show.
struct IssueSummary
{
    qint64 id = 0;
    std::optional<int> number; // from the front matter (`issue:` or `#N` in the title)
    QString title;
    QDateTime date; // front matter `date:`; invalid when absent
    IssueStatus status = IssueStatus::Draft;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    qint64 version = 0; // goes up by one with every change; see Store::saveDocument
    bool deleted = false; // in the trash
};

struct StoredIssue : IssueSummary
{
    QString document; // front matter + Markdown, as saved
};

struct RevisionInfo
{
    qint64 id = 0;
    qint64 issueId = 0;
    QDateTime time; // UTC
    RevisionReason reason = RevisionReason::Manual;
    qint64 size = 0; // bytes of UTF-8
};

// A test email sent of an issue (Issue ▸ Send Test Email, `galley send-test --draft`), listed in
// the issue's history. Only sends the server accepted whole are recorded.
struct TestSendRecord
{
    qint64 id = 0;
    qint64 issueId = 0;
    QDateTime time; // UTC
    QString server; // host:port
    QStringList recipients;
    QString subject; // as sent, with its [TEST] prefix
    qint64 size = 0; // bytes of the message
};

// What Store::saveKeepingBoth did.
struct KeptSave
{
    qint64 version = 0; // the issue's version after the save
    // The issue was no longer at the expected version: the other text is now a Conflict revision.
    bool keptOther = false;
};

struct SearchHit
{
    qint64 issueId = 0;
    std::optional<int> number;
    QString title;
    QDateTime date;
    IssueStatus status = IssueStatus::Draft;
    // A piece of the body around the match, the matched words wrapped in `[` and `]`.
    QString snippet;
    double rank = 0; // lower is better (a BM25 score, negated); hits come best first
};

struct LinkUse
{
    qint64 issueId = 0;
    std::optional<int> number;
    QString title;
    QDateTime date;
    IssueStatus status = IssueStatus::Draft;
    QString url; // as written in that issue
    QString section; // the heading above it; empty in the intro
    bool sponsor = false; // in the sponsor block or the closing sponsor repeat
    QString normalized; // normalizeUrl(url); filled by Store::allLinkUses only
};

// An issue as the checks and the next issue's plan see it, read without its document (see
// Store::outlines): its number, title and date as the front matter says, and its sections.
struct IssueOutline
{
    qint64 id = 0;
    std::optional<int> number;
    QString title;
    QDate date; // the front matter's date as written (in its own offset); invalid when absent
    IssueStatus status = IssueStatus::Draft;
    QStringList sections; // the section headings, in order
};

// What importing one document did.
struct ImportOutcome
{
    // AddedAsDraft: a draft or scheduled issue already has this number; it was left as it was
    // and the file became a new draft beside it (`conflictIssueId`).
    enum Kind { Added, Updated, Unchanged, AddedAsDraft };
    Kind kind = Added;
    qint64 issueId = 0;
    qint64 conflictIssueId = 0;
};

class StoreDatabase;
struct IssueFacts;
struct LinkCheck;

// The editor's memory: drafts, the archive of sent issues, their revisions, links and full-text
// index, and small settings, in one SQLite file.
//
// A Store is used from one thread (the one that called open()); each instance has its own named
// connection, so the GUI's worker thread and the command line each create their own. Several
// instances, in one or several processes, may share a file: writes are transactions, and
// saveDocument() refuses to overwrite a change it has not seen (Error::Conflict).
//
// Every call returns an Error value with a message a person can act on; codes: NotFound,
// Conflict, Busy, ReadOnly, DiskFull, Corrupt (also "not a database"), NewerSchema, Offline
// (PostgreSQL: the connection was lost; see reconnect()).
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // <AppDataLocation>/galley.sqlite (~/.local/share/org.galley.Galley/galley/galley.sqlite).
    // The folder is not created here; open() creates it.
    static QString defaultPath();

    // How open() treats the store it finds.
    enum class OpenMode {
        ReadWrite, // creates a missing store (with its folder), upgrades an older one
        // Never writes (`galley migrate`'s source): nothing is created, no journal mode is set,
        // and a store at an older schema version is refused rather than upgraded. SQLite opens
        // the file read-only; PostgreSQL's transactions are read-only.
        ReadOnly,
        // Creates a missing store but refuses to upgrade an older one (`galley migrate`'s
        // target, which must be new).
        NoUpgrade,
    };
    // Opens (creating when missing, with its folder) and migrates the store at `path` (a file, or
    // a postgresql:// URL). A file that is not a Galley store, is corrupt or comes from a newer
    // Galley is refused and left untouched.
    Status open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // Whether open() (from now on) may start work in the background that goes on after it returns:
    // on PostgreSQL, building again a search index a crashed import left out (PgIndexRepair).
    // Only the window's store says yes (StoreClient): it stays open. Every other store is open
    // for a moment (a command, a publish, a copy), and its close would stop the build half
    // way, leaving a half-built index for the next opening to drop; an import builds the index
    // itself at its end.
    void setBackgroundWork(bool allowed) { m_backgroundWork = allowed; }
    void close();
    bool isOpen() const;
    // After Error::Offline (the PostgreSQL server went away): a new connection to the same
    // store, with its settings and change notifications. Offline again while the server is
    // still away. Nothing to do on SQLite.
    Status reconnect();
    QString path() const;

    // --- issues --------------------------------------------------------------------------------
    // Number, title and date are read from the document's front matter on every save.
    Result<qint64> createIssue(const QString &document, IssueStatus status = IssueStatus::Draft,
                               RevisionReason reason = RevisionReason::Manual);
    Result<StoredIssue> issue(qint64 id);
    // Newest first (by date, then number, then last change); the trash is left out.
    Result<QList<IssueSummary>> listIssues();
    // Saves when the issue is still at `expectedVersion` and returns the new version; otherwise
    // Error::Conflict (someone else saved in between: reload or keep both) or Error::NotFound.
    // Every save keeps a revision; autosave revisions are thinned afterwards.
    Result<qint64> saveDocument(qint64 id, const QString &document, qint64 expectedVersion,
                                RevisionReason reason = RevisionReason::Autosave);
    // Like saveDocument, but a save based on an older version is not refused: the text it
    // replaces (written elsewhere in between) is kept as a Conflict revision, which thinning never
    // removes, and `document` goes on top. In one transaction, so a third writer cannot slip in.
    Result<KeptSave> saveKeepingBoth(qint64 id, const QString &document, qint64 expectedVersion,
                                     RevisionReason reason = RevisionReason::Autosave);
    // Returns the new version (status changes count as changes).
    Result<qint64> setStatus(qint64 id, IssueStatus status);

    Status moveToTrash(qint64 id);
    Status restoreFromTrash(qint64 id);
    Result<QList<IssueSummary>> listTrash();
    // Removes a trashed issue for good, with its revisions and links.
    Status deleteForever(qint64 id);
    // Removes everything in the trash for good, in one transaction (all or nothing); returns how
    // many issues went.
    Result<int> emptyTrash();

    // --- revisions -----------------------------------------------------------------------------
    // Newest first.
    Result<QList<RevisionInfo>> revisions(qint64 issueId);
    Result<QString> revisionDocument(qint64 revisionId);
    // Makes the revision's document the issue's document again (a new revision, reason Restore).
    // Returns the new version; Conflict when the issue is not at `expectedVersion`.
    Result<qint64> restoreRevision(qint64 revisionId, qint64 expectedVersion);
    // Applies the thinning rule to one issue's autosave revisions as of `now`: all from the last
    // hour, then the newest per hour for a week, then the newest per day. Returns how many went.
    Result<int> thinRevisions(qint64 issueId,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

    // --- test emails (store/testsendlog.cpp) ---------------------------------------------------
    Result<qint64> recordTestSend(const TestSendRecord &record);
    // Newest first.
    Result<QList<TestSendRecord>> testSends(qint64 issueId);

    // --- search and links ----------------------------------------------------------------------
    // Full-text search over titles and bodies, best first. Any text is a valid query: it is
    // searched word by word, each word also as a prefix (except a word ending in a single letter or
    // digit, matched whole; see toFtsQuery). An empty query finds nothing.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50);
    // The issues that contain `url`, compared normalised (see normalizeUrl), newest first.
    // OutlinedOnly: only issues whose front matter can be read (those outlines() lists), as the
    // checks compare with; an issue without a number or date is no "earlier" issue.
    enum class LinkScope { AllIssues, OutlinedOnly };
    Result<QList<LinkUse>> linkUses(const QString &url, LinkScope scope = LinkScope::AllIssues);
    // Every link of every issue outside the trash (the published archive's link page), in no
    // particular order. Only issueId, url, sponsor and normalized are filled.
    Result<QList<LinkUse>> allLinkUses();
    // One issue's links as allLinkUses() reads them, in their order in the issue.
    Result<QList<LinkUse>> issueLinkUses(qint64 issueId);

    // --- link checks (the link checker's cache, see LinkCheckCache) ---------------------------
    // The stored check of `url` made at or after `notBefore`, if any.
    Result<std::optional<LinkCheck>> cachedLinkCheck(const QString &url,
                                                     const QDateTime &notBefore);
    Status saveLinkCheck(const LinkCheck &check);

    // --- the archive as the checks read it (issue_outlines) -------------------------------------
    // Every issue outside the trash whose front matter can be read, in listIssues() order, with
    // its section headings: written with the issue on every write, so reading it never parses a
    // document.
    Result<QList<IssueOutline>> outlines();
    // Only what checking issue `number` against the archive needs, whatever its size: the issues
    // numbered `number` (duplicates) and those with the two highest numbers below it (the
    // previous issue, when one of them is the checked issue itself). Same order as outlines().
    Result<QList<IssueOutline>> outlinesAround(int number);

    // --- import --------------------------------------------------------------------------------
    // Stores a document as an archived (sent) issue: a new issue, or the archived issue with the
    // same number updated with an Import revision when the content differs, or nothing at all
    // when the same text is already there. A draft or scheduled issue is never replaced: when
    // only such issues carry the number, the document becomes a new draft beside them
    // (AddedAsDraft). Issues without a number are matched by identical content.
    Result<ImportOutcome> importDocument(const QString &document);
    // The same with the facts already read (readIssueFacts, "store/issuefacts.h"), so that an
    // importer can parse on worker threads.
    Result<ImportOutcome> importDocument(const QString &document, const IssueFacts &facts);
    // The same for an issue whose number the caller knows no issue carries (numbersInUse(), in
    // the same batch): it is added without looking for one, a round trip saved per issue.
    Result<ImportOutcome> importNewNumber(const QString &document, const IssueFacts &facts);
    // Which of `numbers` an issue carries, trashed ones included: an importer's batch asks once
    // for all its files' numbers instead of once per file.
    Result<QSet<int>> numbersInUse(const QList<int> &numbers);
    // Groups many writes into one transaction (the importer's batches). Nested calls are fine.
    // KeepOthers: a failure inside one write undoes only that write (each write is a savepoint).
    // AllOrNothing: no savepoints, which makes writing the full-text index about twice as fast;
    // after a failed write, commitBatch() undoes the whole batch and says so.
    enum class BatchMode { KeepOthers, AllOrNothing };
    Status beginBatch(BatchMode mode = BatchMode::KeepOthers);
    Status commitBatch();
    void rollbackBatch();
    // How eagerly the search index merges what each write adds: `bulk` (an import) merges 4
    // segments at a time, which keeps the index compact; otherwise 8 (the default from schema
    // step 2), so that a save writes fewer pages. Persistent, for every connection. On
    // PostgreSQL, this connection's write transactions meanwhile do not wait for their commit
    // to reach the disk (see PgEngine::beginWriteSql), an import of `issues` (at most) that is
    // large for the archive builds the search's indexes once at its end
    // (PgSearchIndexes), and `false` ends with VACUUM (ANALYZE).
    Status setBulkWriting(bool bulk, qint64 issues = 0);
    // How the store's search counts an issue's terms, where an import should do it on its worker
    // threads and pass them in IssueFacts::countedTerms; null where the engine's index counts
    // them itself (SQLite's FTS5), or when the store is not open. Pure: any thread may call it.
    SearchTermCounter searchTermCounter() const;

    // --- the link inbox (InboxRepository) -----------------------------------------------------
    // Captures links in one transaction. A link the inbox already has (compared normalised) stays
    // one item: the capture's note is appended to its note, its title, description and section
    // fill what is empty, and its state is kept (a dismissed link does not come back with the
    // next feed import). Outcomes in the order of `captures`.
    Result<QList<InboxAddOutcome>> addToInbox(const QList<InboxCapture> &captures);
    // Oldest first. Only the new items unless `all`.
    Result<QList<InboxItem>> inboxItems(bool all = false);
    Result<int> inboxNewCount();
    // The new items captured before `before`: their count and the `oldest` first of them.
    Result<InboxWaiting> inboxWaitingSince(const QDateTime &before, int oldest = 3);
    // The item holding `url` (compared normalised), if any.
    Result<std::optional<InboxItem>> inboxItemForUrl(const QString &url);
    // Removes items for good. NotFound when one of them does not exist (and nothing is removed).
    Status removeFromInbox(const QList<qint64> &ids);
    // With Used, `issueId` names the issue they went into (its number is kept with them).
    Status setInboxState(const QList<qint64> &ids, InboxState state, qint64 issueId = 0);
    // What reading the page found: fills an empty title and description; `error` (empty when
    // it worked) says why not.
    Status setInboxFetched(qint64 id, const QString &title, const QString &description,
                           const QString &error);

    // --- spelling (store/spellingvocabulary.cpp) -------------------------------------------------
    // The words known in a dictionary ("en_US"): the personal dictionary's and those of at least
    // 3 sent issues (see SpellingVocabulary); `newsletterLanguage`: the dictionary is the
    // newsletter's own language, so issues that name no language count too.
    Result<QSet<QString>> spellingKnownWords(const QString &dictionary, bool newsletterLanguage);
    Result<QStringList> personalWords(const QString &dictionary);
    Status addPersonalWord(const QString &dictionary, const QString &word);
    Status removePersonalWord(const QString &dictionary, const QString &word);
    // Counts the archive's words again (ArchiveImporter does after an import that updated
    // archived issues), or adds newly archived issues' words (after one that only added).
    Status rebuildSpellingVocabulary();
    Status addToSpellingVocabulary(const QHash<QString, QHash<QString, int>> &counts);

    // --- everything else -----------------------------------------------------------------------
    // A consistent copy of the whole store (while others may be writing), replacing `path`
    // atomically.
    Status backupTo(const QString &path);
    Result<QString> setting(const QString &key, const QString &defaultValue = {});
    Status setSetting(const QString &key, const QString &value);
    // Changes whenever another connection (window, process) commits to the store: poll it to
    // notice that lists need reloading. On PostgreSQL it counts the server's notifications of
    // others' commits, which arrive through this thread's event loop (no query).
    // One trivial query: on PostgreSQL, Error::Offline when the server went away, which an
    // idle window would otherwise only learn at its next save (dataVersion() asks nothing).
    Status checkConnection();
    // Whether the store is behind a server connection that can go away (PostgreSQL), so that
    // an idle window looks at it now and then (checkConnection).
    bool isOnServer() const;
    Result<qint64> dataVersion();
    // `changed` is called from this thread's event loop as soon as another connection's commit
    // is known, after the first dataVersion(): on PostgreSQL. SQLite's store is only polled.
    void onChangedElsewhere(std::function<void()> changed);
    // --- who else has a draft open (a team on PostgreSQL; see PgPresence) --------------------
    // False on SQLite: one person's store, nothing to show.
    bool hasPresence() const;
    // This connection has `issueId` open (0: none) as `editorName`; the other connections hear
    // of it at once (onPresenceChanged). Ends with the connection.
    Status setPresence(qint64 issueId, const QString &editorName);
    // The names of the editors on other connections with `issueId` open (sorted, each once).
    Result<QStringList> presence(qint64 issueId);
    // `changed` is called from this thread's event loop when another connection opened or
    // closed a draft (after the first dataVersion(), as onChangedElsewhere).
    void onPresenceChanged(std::function<void()> changed);
    // PRAGMA integrity_check: "ok" or the problems found.
    Result<QString> integrityCheck();

private:
    friend class StoreCopier; // copies a whole store between engines, table by table
    std::unique_ptr<StoreDatabase> m_db;
    bool m_backgroundWork = false;
};

} // namespace galley
