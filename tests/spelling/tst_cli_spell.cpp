// `galley spell FILE|--draft ID [--lang CODE] [--json]` and the spelling notes of `galley check`,
// through the real executable (issue 19): exit codes, line and column, JSON, the missing
// dictionary.
#include "processrun.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

class TestCliSpell : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

private slots:
    void exitCodesAndJson()
    {
        const QString clean = write(u"clean.md"_s, u"# News\n\nWe receive `recieve` mail.\n"_s);
        const QString db = m_dir.filePath(u"store.sqlite"_s);
        ProcessRun r = runGalley({u"spell"_s, clean, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString typo = write(u"typo.md"_s, u"# News\n\nWe recieve mail.\n"_s);
        r = runGalley({u"spell"_s, typo, u"--db"_s, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"typo.md:3:4: recieve -> receive"_s), r.out.constData());

        r = runGalley({u"spell"_s, typo, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"dictionary"_s).toString(), u"en_US"_s);
        const QJsonArray list = o.value(u"words"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject w = list.at(0).toObject();
        QCOMPARE(w.value(u"word"_s).toString(), u"recieve"_s);
        QCOMPARE(w.value(u"line"_s).toInt(), 3);
        QCOMPARE(w.value(u"column"_s).toInt(), 4);
        QCOMPARE(w.value(u"suggestions"_s).toArray().at(0).toString(), u"receive"_s);

        // --lang: the same file in German is full of unknown words.
        const QString german = write(u"de.md"_s, u"Ein Rechtschreibfeher.\n"_s);
        r = runGalley({u"spell"_s, german, u"--lang"_s, u"de"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray de = QJsonDocument::fromJson(r.out).object().value(u"words"_s).toArray();
        QCOMPARE(de.size(), 1);
        QCOMPARE(de.at(0).toObject().value(u"word"_s).toString(), u"Rechtschreibfeher"_s);
    }

    void draftWithTheStoresWords()
    {
        const QString db = m_dir.filePath(u"draft.sqlite"_s);
        qint64 id = 0;
        {
            galley::Store store;
            QVERIFY(store.open(db).ok());
            id = store
                     .createIssue(u"---\ntitle: Draft\nspelling-ignore: [Envoyz]\n---\n\n"
                                  u"Envoyz and Kubernetz and Zorgle recieve.\n"_s)
                     .value();
            // The personal dictionary the window writes is the command line's too.
            QVERIFY(store.addPersonalWord(u"en_US"_s, u"Kubernetz"_s).ok());
        }
        const ProcessRun r = runGalley(
            {u"spell"_s, u"--draft"_s, QString::number(id), u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray words
            = QJsonDocument::fromJson(r.out).object().value(u"words"_s).toArray();
        QStringList found;
        for (const QJsonValue &v : words)
            found << v.toObject().value(u"word"_s).toString();
        QCOMPARE(found, (QStringList {u"Zorgle"_s, u"recieve"_s}));
        QCOMPARE(words.at(0).toObject().value(u"line"_s).toInt(), 6);
    }

    void checkListsNotesWithoutFailing()
    {
        const QString typo = write(u"check.md"_s, u"# News\n\nWe recieve mail.\n"_s);
        const ProcessRun r = runGalley(
            {u"check"_s, typo, u"--json"_s, u"--db"_s, m_dir.filePath(u"check.sqlite"_s)});
        const QJsonArray problems
            = QJsonDocument::fromJson(r.out).object().value(u"problems"_s).toArray();
        bool found = false;
        for (const QJsonValue &v : problems) {
            const QJsonObject p = v.toObject();
            if (p.value(u"rule"_s).toString() == u"spelling"_s) {
                found = true;
                QCOMPARE(p.value(u"severity"_s).toString(), u"notice"_s);
                QCOMPARE(p.value(u"line"_s).toInt(), 3);
            }
        }
        QVERIFY2(found, r.out.constData());
    }

    // The personal dictionary from the command line: listed, added to, removed from, per
    // language; and what the editor and `galley spell FILE` then accept.
    void personalWords()
    {
        const QString db = m_dir.filePath(u"words.sqlite"_s);
        const QString file = write(u"words.md"_s, u"Zorblatt news.\n"_s);
        ProcessRun r = runGalley({u"spell"_s, u"--words"_s, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().trimmed().isEmpty());
        QCOMPARE(runGalley({u"spell"_s, file, u"--db"_s, db}).exitCode, 1);

        r = runGalley({u"spell"_s, u"--add-word"_s, u"Zorblatt"_s, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runGalley({u"spell"_s, u"--add-word"_s, u"quuxword"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 0);
        r = runGalley(
            {u"spell"_s, u"--add-word"_s, u"Schnorbel"_s, u"--lang"_s, u"de"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 0);
        r = runGalley({u"spell"_s, u"--words"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts),
                 (QStringList {u"quuxword"_s, u"zorblatt"_s}));
        r = runGalley(
            {u"spell"_s, u"--words"_s, u"--lang"_s, u"de-DE"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"dictionary"_s).toString(), u"de_DE"_s);
        QCOMPARE(o.value(u"words"_s).toArray().toVariantList(), QVariantList {u"schnorbel"_s});
        QCOMPARE(runGalley({u"spell"_s, file, u"--db"_s, db}).exitCode, 0);

        r = runGalley({u"spell"_s, u"--remove-word"_s, u"ZORBLATT"_s, u"--db"_s, db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runGalley({u"spell"_s, u"--words"_s, u"--db"_s, db});
        QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts), QStringList {u"quuxword"_s});
        QCOMPARE(runGalley({u"spell"_s, file, u"--db"_s, db}).exitCode, 1);
        // A word not there, two words, a file as well: refused.
        QCOMPARE(runGalley({u"spell"_s, u"--remove-word"_s, u"zorblatt"_s, u"--db"_s, db}).exitCode,
                 1);
        QCOMPARE(runGalley({u"spell"_s, u"--add-word"_s, u"two words"_s, u"--db"_s, db}).exitCode,
                 2);
        QCOMPARE(runGalley({u"spell"_s, file, u"--words"_s, u"--db"_s, db}).exitCode, 2);
        QCOMPARE(
            runGalley({u"spell"_s, u"--words"_s, u"--add-word"_s, u"x"_s, u"--db"_s, db}).exitCode,
            2);
    }

    void missingDictionary()
    {
        QTemporaryDir empty;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_DICTIONARY_PATH"_s, empty.path());
        const QString typo = write(u"missing.md"_s, u"We recieve mail.\n"_s);
        const ProcessRun r = runGalley(
            {u"spell"_s, typo, u"--lang"_s, u"fr"_s, u"--db"_s, m_dir.filePath(u"m.sqlite"_s)},
            60000, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(u"hunspell-fr"_s), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSpell)
#include "tst_cli_spell.moc"
