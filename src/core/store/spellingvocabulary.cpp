#include "spellingvocabulary.h"

#include "spelling/spellchecker.h"
#include "spelling/spellwords.h"
#include "store.h"
#include "storedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SpellingVocabularyTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

IssueWords issueWords(const QString &document)
{
    IssueWords out;
    if (document.startsWith(u"---\n"_s) || document.startsWith(u"---\r\n"_s)) {
        static const QRegularExpression lang(u"^lang:[ \\t]*[\"']?([A-Za-z_-]+)"_s);
        qsizetype from = document.indexOf(u'\n') + 1;
        while (from > 0 && from < document.size()) {
            const qsizetype end = document.indexOf(u'\n', from);
            const QStringView line = QStringView(document).mid(from, end < 0 ? -1 : end - from);
            if (line.trimmed() == u"---" || line.trimmed() == u"...")
                break;
            if (const auto m = lang.match(line.toString()); m.hasMatch())
                out.language = SpellChecker::dictionaryName(m.captured(1));
            from = end + 1;
        }
    }
    for (const DocumentWord &w : documentWords(document))
        out.words.insert(w.word.toLower());
    return out;
}

Result<QSet<QString>> SpellingVocabulary::knownWords(const QString &dictionary,
                                                     bool newsletterLanguage)
{
    QSet<QString> words;
    auto q = m_db.run(u"SELECT word FROM spelling_personal WHERE language = ?"_s, {dictionary},
                      SpellingVocabularyTr::tr("Reading the personal dictionary"));
    if (!q)
        return q.error();
    while ((*q)->next())
        words.insert((*q)->value(0).toString());
    StoreDatabase::done(**q);
    // The threshold written out, so that SQLite uses the partial index spelling_known.
    auto a = m_db.run(u"SELECT word FROM spelling_vocabulary WHERE (language = ? OR "
                      u"(language = '' AND ?)) AND issues >= "_s
                          + QString::number(archiveThreshold),
                      {dictionary, bool(newsletterLanguage)},
                      SpellingVocabularyTr::tr("Reading the archive's vocabulary"));
    if (!a)
        return a.error();
    while ((*a)->next())
        words.insert((*a)->value(0).toString());
    StoreDatabase::done(**a);
    return words;
}

Result<QStringList> SpellingVocabulary::personalWords(const QString &dictionary)
{
    auto q = m_db.run(u"SELECT word FROM spelling_personal WHERE language = ? ORDER BY word"_s,
                      {dictionary}, SpellingVocabularyTr::tr("Reading the personal dictionary"));
    if (!q)
        return q.error();
    QStringList words;
    while ((*q)->next())
        words << (*q)->value(0).toString();
    StoreDatabase::done(**q);
    return words;
}

Status SpellingVocabulary::addPersonalWord(const QString &dictionary, const QString &word)
{
    auto q = m_db.run(u"INSERT INTO spelling_personal (language, word, added) "
                      u"VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                      {dictionary, word.toLower(), QDateTime::currentMSecsSinceEpoch()},
                      SpellingVocabularyTr::tr("Adding a word to the dictionary"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Status SpellingVocabulary::removePersonalWord(const QString &dictionary, const QString &word)
{
    auto q = m_db.run(u"DELETE FROM spelling_personal WHERE language = ? AND word = ?"_s,
                      {dictionary, word.toLower()},
                      SpellingVocabularyTr::tr("Removing a word from the dictionary"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Status SpellingVocabulary::rebuild()
{
    const QString what = SpellingVocabularyTr::tr("Learning the archive's vocabulary");
    auto q = m_db.run(u"SELECT document FROM issues WHERE status = 'sent' AND deleted IS NULL"_s,
                      {}, what);
    if (!q)
        return q.error();
    // (language, word) -> issues using it. Documents are read in batches and split into words on
    // every core: 10,000 issues of 10 KB are 100 MB of text.
    VocabularyCounts counts;
    QStringList batch;
    const auto countBatch = [&counts, &batch] {
        // mapped().results() rather than blockingMapped: its results are handed over through
        // the future (which tests/tsan/qtannotations.cpp makes visible to ThreadSanitizer), not
        // through QtConcurrent's uninstrumented blocking barrier.
        const QList<IssueWords> words = QtConcurrent::mapped(batch, issueWords).results();
        for (const IssueWords &w : words) {
            QHash<QString, int> &perLanguage = counts[w.language];
            for (const QString &word : w.words)
                ++perLanguage[word];
        }
        batch.clear();
    };
    while ((*q)->next()) {
        batch << (*q)->value(0).toString();
        if (batch.size() >= 256)
            countBatch();
    }
    StoreDatabase::done(**q);
    countBatch();
    if (Status s = m_db.execute(u"DELETE FROM spelling_vocabulary"_s, what); !s)
        return s;
    return add(counts);
}

Status SpellingVocabulary::add(const VocabularyCounts &counts)
{
    const QString what = SpellingVocabularyTr::tr("Learning the archive's vocabulary");
    // An archive's vocabulary is tens of thousands of words: a few hundred statements of many
    // rows each, not a statement (a round trip to a PostgreSQL server) per word. A (language,
    // word) comes once in `counts`, so no statement updates a row twice (PostgreSQL refuses that).
    QVariantList values;
    int rows = 0;
    const auto flush = [&]() -> Status {
        if (rows == 0)
            return Done {};
        auto q
            = m_db.runWithList(u"INSERT INTO spelling_vocabulary (language, word, issues) VALUES "_s
                                   + StoreDatabase::placeholderRows(3, rows)
                                   + u" ON CONFLICT (language, word) DO UPDATE SET "
                                     "issues = spelling_vocabulary.issues + excluded.issues"_s,
                               values, what);
        values.clear();
        rows = 0;
        if (!q)
            return q.error();
        StoreDatabase::done(**q);
        return Done {};
    };
    for (auto l = counts.cbegin(); l != counts.cend(); ++l) {
        for (auto w = l.value().cbegin(); w != l.value().cend(); ++w) {
            values << l.key() << w.key() << w.value();
            if (++rows == StoreDatabase::maxRowsPerStatement) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
    }
    return flush();
}

Status SpellingVocabulary::countIssue(const QString &document, int sign)
{
    return count(issueWords(document), sign);
}

Status SpellingVocabulary::recountIssue(const QString &oldDocument, const QString &newDocument)
{
    IssueWords before = issueWords(oldDocument);
    IssueWords after = issueWords(newDocument);
    if (before.language == after.language) {
        const QSet<QString> kept = before.words & after.words;
        before.words -= kept;
        after.words -= kept;
    }
    if (Status s = count(before, -1); !s)
        return s;
    return count(after, 1);
}

Status SpellingVocabulary::count(const IssueWords &words, int sign)
{
    const QString what = SpellingVocabularyTr::tr("Learning the archive's vocabulary");
    if (words.words.isEmpty())
        return Done {};
    if (sign > 0) {
        VocabularyCounts counts;
        QHash<QString, int> &perLanguage = counts[words.language];
        for (const QString &w : words.words)
            perLanguage.insert(w, 1);
        return add(counts);
    }
    for (const QString &w : words.words) {
        auto q = m_db.run(u"UPDATE spelling_vocabulary SET issues = issues - 1 "
                          u"WHERE language = ? AND word = ? RETURNING issues"_s,
                          {words.language, w}, what);
        if (!q)
            return q.error();
        const bool unused = (*q)->next() && (*q)->value(0).toInt() <= 0;
        StoreDatabase::done(**q);
        // A word no archived issue uses any more is forgotten, as a recount would.
        if (unused) {
            auto d = m_db.run(u"DELETE FROM spelling_vocabulary WHERE language = ? AND word = ?"_s,
                              {words.language, w}, what);
            if (!d)
                return d.error();
            StoreDatabase::done(**d);
        }
    }
    return Done {};
}

// --- Store's face of it ---------------------------------------------------------------------

Result<QSet<QString>> Store::spellingKnownWords(const QString &dictionary, bool newsletterLanguage)
{
    if (!m_db)
        return Error {{}, 0, SpellingVocabularyTr::tr("The store is not open."), Error::Failed};
    return SpellingVocabulary(*m_db).knownWords(dictionary, newsletterLanguage);
}

Result<QStringList> Store::personalWords(const QString &dictionary)
{
    if (!m_db)
        return Error {{}, 0, SpellingVocabularyTr::tr("The store is not open."), Error::Failed};
    return SpellingVocabulary(*m_db).personalWords(dictionary);
}

Status Store::addPersonalWord(const QString &dictionary, const QString &word)
{
    if (!m_db)
        return Error {{}, 0, SpellingVocabularyTr::tr("The store is not open."), Error::Failed};
    return SpellingVocabulary(*m_db).addPersonalWord(dictionary, word);
}

Status Store::removePersonalWord(const QString &dictionary, const QString &word)
{
    if (!m_db)
        return Error {{}, 0, SpellingVocabularyTr::tr("The store is not open."), Error::Failed};
    return SpellingVocabulary(*m_db).removePersonalWord(dictionary, word);
}

Status Store::addToSpellingVocabulary(const VocabularyCounts &counts)
{
    if (!m_db)
        return Error {{}, 0, SpellingVocabularyTr::tr("The store is not open."), Error::Failed};
    StoreTransaction tx(*m_db, SpellingVocabularyTr::tr("Learning the archive's vocabulary"));
    if (!tx.status().ok())
        return tx.status();
    if (Status s = SpellingVocabulary(*m_db).add(counts); !s)
        return s;
    return tx.commit();
}

Status Store::rebuildSpellingVocabulary()
{
    if (!m_db)
        return Error {{}, 0, SpellingVocabularyTr::tr("The store is not open."), Error::Failed};
    StoreTransaction tx(*m_db, SpellingVocabularyTr::tr("Learning the archive's vocabulary"));
    if (!tx.status().ok())
        return tx.status();
    if (Status s = SpellingVocabulary(*m_db).rebuild(); !s)
        return s;
    return tx.commit();
}

} // namespace galley
