#include "archiveimporter.h"

#include "issuedocument.h"
#include "issuefacts.h"
#include "store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct ArchiveImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::ArchiveImporter)
};

// Big enough that a transaction's cost is spread thin, small enough that progress moves and a
// killed import loses little.
constexpr int batchSize = 100;

bool isIssueFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown" || suffix == u"txt";
}

using Prepared = ArchiveImporter::Prepared;
using File = ArchiveImporter::File;

Prepared prepareFile(const File &file, SearchTermCounter countTerms);

Prepared prepare(const File &file, int slowFileMs, SearchTermCounter countTerms)
{
    QElapsedTimer timer;
    timer.start();
    Prepared p = prepareFile(file, countTerms);
    if (!p.error && timer.elapsed() > slowFileMs)
        p.warnings << ArchiveImporterTr::tr(
                          "reading this file took %1 s; Markdown like it (for example many "
                          "unclosed brackets) is slow to parse, and so will be its preview.")
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return p;
}

Prepared prepareFile(const File &file, SearchTermCounter countTerms)
{
    Prepared p;
    p.path = file.path;
    auto doc = readIssueFile(file.path, &p.warnings);
    if (!doc) {
        p.error = doc.error();
        return p;
    }
    p.document = doc->toMarkdown();
    // An empty file (a placeholder, a file truncated by a crash) is no back issue: importing it
    // would add a blank issue to the archive.
    if (p.document.trimmed().isEmpty()) {
        p.skipped = ArchiveImporterTr::tr("the file is empty.");
        return p;
    }
    // Beside the issues, an archive's folder holds a README or notes: every issue of the
    // archive format has front matter with a date and a numbered title, which they lack.
    const bool dated = !doc->frontMatter().value(u"date"_s).value_or(QString()).trimmed().isEmpty();
    if (file.inFolder && !(doc->hasFrontMatter() && (dated || doc->issueNumber()))) {
        p.skipped = ArchiveImporterTr::tr(
            "not an issue: it has no front matter with a date or an issue number. "
            "Name the file itself to import it anyway.");
        return p;
    }
    p.facts = readIssueFacts(p.document);
    // The search's terms too, where the engine wants them counted here rather than on the
    // thread that writes, whose time adds to every batch's (PostgreSQL).
    if (countTerms)
        p.facts.countedTerms = std::make_shared<const CountedSearchTerms>(
            countTerms(p.facts.title, p.facts.searchText));
    p.words = issueWords(p.document);
    return p;
}
} // namespace

QList<File> ArchiveImporter::collectFiles(const QStringList &paths, QList<Error> *errors)
{
    QList<File> files;
    QSet<QString> seen;
    // A file both named and found in a named folder is imported as named.
    QSet<QString> named;
    for (const QString &path : paths) {
        if (const QFileInfo info(path); info.exists() && !info.isDir())
            named.insert(path);
    }
    const auto add = [&](const QString &path) {
        if (!seen.contains(path)) {
            seen.insert(path);
            files << File {path, !named.contains(path)};
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            // System: FIFOs, devices and links to them too, so that each is reported rather
            // than silently left out (reading them refuses what is not a regular file).
            QDirIterator it(path, QDir::Files | QDir::System | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isIssueFile(file))
                    found << file;
            }
            found.sort();
            for (const QString &file : std::as_const(found))
                add(file);
        } else if (info.exists()) {
            add(path); // named explicitly: imported whatever its extension
        } else if (errors) {
            errors->append(
                Error {path, 0, ArchiveImporterTr::tr("No such file or folder."), Error::NotFound});
        }
    }
    return files;
}

ImportReport ArchiveImporter::run(const QStringList &paths)
{
    ImportReport report;
    const QList<File> files = collectFiles(paths, &report.errors);
    const int total = int(files.size());
    // Worker threads read and parse the next batch while this thread writes the current one.
    const int slowFileMs = m_slowFileMs;
    const SearchTermCounter countTerms = m_store.searchTermCounter();
    const auto parse = [&files, slowFileMs, countTerms](int start) {
        return QtConcurrent::mapped(
            files.mid(start, batchSize),
            [slowFileMs, countTerms](const File &f) { return prepare(f, slowFileMs, countTerms); });
    };
    QFuture<Prepared> next = parse(0);
    VocabularyCounts addedWords; // of the issues added, for the spelling vocabulary
    bool vocabularyChanged = false; // an archived issue was updated: recount
    // A compact search index for the archive (see Store::setBulkWriting); a failure here only
    // makes the index a little larger or the import a little slower. How many issues it brings
    // is told once a batch has added some: files already in the store (an import run again)
    // do not count, so that running it again does not rebuild an index (PgSearchIndexes).
    if (total > 0)
        m_store.setBulkWriting(true);
    bool sized = false;
    for (int start = 0; start < total; start += batchSize) {
        const QList<Prepared> prepared = next.results();
        if (start + batchSize < total)
            next = parse(start + batchSize);
        for (const Prepared &p : prepared) {
            for (const QString &w : p.warnings)
                report.warnings << p.path + u": "_s + w;
            if (p.error)
                report.errors << *p.error;
            if (!p.skipped.isEmpty())
                report.skipped.append({p.path, p.skipped});
        }
        // First as one transaction without a savepoint per file (FTS5 writes out its buffer at
        // every savepoint, which makes importing half as fast). When a write fails, that undoes
        // the batch, and it is written again file by file so that the failure stays with its
        // file and the others are kept.
        VocabularyCounts batchWords;
        ImportReport counts
            = writeBatch(prepared, Store::BatchMode::AllOrNothing, &batchWords, &vocabularyChanged);
        if (!counts.errors.isEmpty()) {
            batchWords.clear();
            counts = writeBatch(prepared, Store::BatchMode::KeepOthers, &batchWords,
                                &vocabularyChanged);
        }
        for (auto l = batchWords.cbegin(); l != batchWords.cend(); ++l) {
            QHash<QString, int> &into = addedWords[l.key()];
            for (auto w = l.value().cbegin(); w != l.value().cend(); ++w)
                into[w.key()] += w.value();
        }
        report.added += counts.added;
        report.updated += counts.updated;
        report.unchanged += counts.unchanged;
        report.asDrafts += counts.asDrafts;
        report.conflicts += counts.conflicts;
        report.errors += counts.errors;
        if (!sized && counts.added > 0) {
            sized = true;
            m_store.setBulkWriting(true, std::max(0, total - start - batchSize));
        }
        if (m_progress)
            m_progress(std::min(start + batchSize, total), total);
    }
    // Interactive again; the index an import set aside is built here, and a failure to is said
    // (the next opening of the store builds it).
    if (total > 0) {
        if (Status s = m_store.setBulkWriting(false); !s)
            report.warnings << s.error().toString();
    }
    // The archive's vocabulary (words of 3 sent issues are spelt right) follows what came in:
    // the added issues' words, counted on the worker threads, are added to the counts; an
    // updated issue's old words can only go by counting everything again.
    const Status learnt = vocabularyChanged ? m_store.rebuildSpellingVocabulary()
        : addedWords.isEmpty()              ? Status(Done {})
                                            : m_store.addToSpellingVocabulary(addedWords);
    if (!learnt)
        report.warnings << learnt.error().toString();
    return report;
}

ImportReport ArchiveImporter::writeBatch(const QList<Prepared> &prepared, Store::BatchMode mode,
                                         VocabularyCounts *added, bool *changed)
{
    ImportReport counts;
    Status begun = m_store.beginBatch(mode);
    // The numbers the batch's files carry that no issue has yet, asked once for the batch: such
    // a file is added without a look for its number (a round trip each to a PostgreSQL server).
    // Only in the batch's transaction, where no other writer adds one meanwhile; each number
    // is looked for again once a file of the batch has used it.
    QSet<int> unused;
    if (begun) {
        QSet<int> numbers;
        for (const Prepared &p : prepared) {
            if (!p.error && p.skipped.isEmpty() && p.facts.number)
                numbers.insert(*p.facts.number);
        }
        if (auto used = m_store.numbersInUse(numbers.values())) {
            unused = numbers.subtract(*used);
        } else {
            // A statement that failed ends a PostgreSQL transaction: begun again, each file
            // then looks for its number itself and fails with its own error if it must.
            m_store.rollbackBatch();
            begun = m_store.beginBatch(mode);
        }
    }
    for (const Prepared &p : prepared) {
        if (p.error || !p.skipped.isEmpty())
            continue;
        const bool newNumber = p.facts.number && unused.remove(*p.facts.number);
        auto outcome = newNumber ? m_store.importNewNumber(p.document, p.facts)
                                 : m_store.importDocument(p.document, p.facts);
        if (!outcome) {
            Error e = outcome.error();
            e.file = p.path;
            counts.errors << e;
            if (begun && mode == Store::BatchMode::AllOrNothing) {
                m_store.rollbackBatch();
                added->clear();
                return counts;
            }
            continue;
        }
        switch (outcome->kind) {
        case ImportOutcome::Added:
            ++counts.added;
            for (const QString &w : p.words.words)
                ++(*added)[p.words.language][w];
            break;
        case ImportOutcome::Updated:
            ++counts.updated;
            *changed = true;
            break;
        case ImportOutcome::Unchanged:
            ++counts.unchanged;
            break;
        case ImportOutcome::AddedAsDraft:
            ++counts.asDrafts;
            counts.conflicts.append({p.path, outcome->issueId, outcome->conflictIssueId});
            break;
        }
    }
    const Status committed = begun ? m_store.commitBatch() : begun;
    if (!committed && begun) {
        // The whole batch was undone: say so for each of its files rather than report imports
        // that did not happen.
        counts = {};
        added->clear();
        for (const Prepared &p : prepared) {
            if (p.error || !p.skipped.isEmpty())
                continue;
            Error e = committed.error();
            e.file = p.path;
            counts.errors << e;
        }
    }
    return counts;
}

} // namespace galley
