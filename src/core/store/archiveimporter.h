#pragma once

#include "issuefacts.h"
#include "result.h"
#include "spellingvocabulary.h"
#include "store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace galley {

struct ImportReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    // Files not imported, each with the reason: empty ones, and those found in a folder that
    // are no issue (a README beside the issues).
    struct Skipped
    {
        QString file;
        QString reason;
    };
    QList<Skipped> skipped;
    // Files whose number belongs to a draft or scheduled issue: imported as new drafts beside it,
    // the draft left as it was. One note per file in `conflicts`.
    int asDrafts = 0;
    struct Conflict
    {
        QString file;
        qint64 draftId = 0; // the new draft holding the file's text
        qint64 existingId = 0; // the draft or scheduled issue that has the number
    };
    QList<Conflict> conflicts;
    QList<Error> errors; // one per file that could not be imported; the others were
    QStringList warnings; // "file: note", e.g. an encoding guess
    int total() const
    {
        return added + updated + unchanged + asDrafts + int(skipped.size() + errors.size());
    }
};

// Imports back issues from files and folders (recursively: *.md, *.markdown, *.txt) as archived
// issues. A file found in a folder is an issue when its front matter has a date or an issue
// number, as every issue of the archive format has; the others (a README, notes) are skipped
// with the reason. A file named on its own is imported as it is: the person chose it. Re-running it
// is safe: Store::importDocument skips what is already there and updates what changed, so an import
// that was killed half way completes on the next run. Files are read and parsed on worker threads
// and written in batches, one transaction per batch.
class ArchiveImporter
{
public:
    explicit ArchiveImporter(Store &store)
        : m_store(store)
    { }

    // Called after each batch with the files done so far and the total.
    void setProgressCallback(std::function<void(int done, int total)> callback)
    {
        m_progress = std::move(callback);
    }

    // Files that take longer than this to read and parse get a note in the report's warnings:
    // cmark-gfm 0.29 is quadratic on some inputs (`![[]()` repeated: 240 KB take about 4 s).
    void setSlowFileThreshold(int milliseconds) { m_slowFileMs = milliseconds; }

    ImportReport run(const QStringList &paths);

    struct File
    {
        QString path;
        bool inFolder = false; // found in a folder, not named: imported only if it is an issue
    };
    // The files an import of `paths` reads, each folder's sorted; paths that do not exist are
    // errors.
    static QList<File> collectFiles(const QStringList &paths, QList<Error> *errors);

    // A file read and parsed, ready to be written.
    struct Prepared
    {
        QString path;
        std::optional<Error> error;
        QString skipped; // why it is not imported (empty, no issue); empty when it is
        QStringList warnings;
        QString document;
        IssueFacts facts;
        IssueWords words; // for the archive's spelling vocabulary
    };

private:
    // Writes the files of `prepared` that were read; returns what happened to them.
    // The words of the files it added are counted into `added`; `changed` is set when it
    // updated an archived issue (whose old words only a recount removes).
    ImportReport writeBatch(const QList<Prepared> &prepared, Store::BatchMode mode,
                            VocabularyCounts *added, bool *changed);

    Store &m_store;
    std::function<void(int, int)> m_progress;
    int m_slowFileMs = 1000;
};

} // namespace galley
