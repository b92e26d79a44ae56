#include "storetesthelpers.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using galley::IssueStatus;
using galley::Store;

// The store's subcommands through the real `galley` binary: import, list, search, links, show,
// backup and export --draft, with their JSON and exit codes.
class TestStoreCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run galley(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_DB"_s, db.isNull() ? m_db : db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GALLEY_BINARY), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QJsonArray array(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).array();
    }

    static QList<int> numbers(const QJsonArray &a)
    {
        QList<int> n;
        for (const auto &v : a)
            n << v.toObject().value(u"number"_s).toInt();
        return n;
    }

    qint64 idOf(int number)
    {
        for (const auto &v : array(galley({u"list"_s, u"--json"_s}).out)) {
            if (v.toObject().value(u"number"_s).toInt() == number)
                return v.toObject().value(u"id"_s).toInteger();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cli.sqlite"_s);
        const QString archive = m_dir.filePath(u"archive"_s);
        QVERIFY(QDir().mkpath(archive));
        for (const QString &f : storetest::fixtureFiles())
            QVERIFY(QFile::copy(f, archive + u'/' + QFileInfo(f).fileName()));
        const Run r = galley({u"import"_s, archive, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"added"_s).toInt(), 3);
        QCOMPARE(report.value(u"failed"_s).toInt(), 0);
        // Again: nothing twice.
        const Run again = galley({u"import"_s, archive, u"--json"_s});
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"unchanged"_s).toInt(), 3);
    }

    void linksNamesBothIssues()
    {
        const Run r = galley({u"links"_s, u"https://github.com/example/kilnfile"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("#101"));
        QVERIFY(r.out.contains("#103"));
        QVERIFY(!r.out.contains("#102"));
        const QJsonArray json = array(
            galley({u"links"_s, u"http://www.github.com/example/kilnfile/"_s, u"--json"_s}).out);
        QCOMPARE(numbers(json), (QList<int> {103, 101}));
        for (const auto &v : json) {
            const QJsonObject o = v.toObject();
            for (const char16_t *key : {u"id", u"number", u"title", u"url", u"sponsor"})
                QVERIFY2(o.contains(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));
            QCOMPARE(o.value(u"url"_s).toString(), u"https://github.com/example/kilnfile"_s);
            QCOMPARE(o.value(u"sponsor"_s).toBool(), false);
        }
        const QJsonArray sponsor
            = array(galley({u"links"_s, u"https://pagerly.example.com/weekly"_s, u"--json"_s}).out);
        QVERIFY(!sponsor.isEmpty());
        for (const auto &v : sponsor)
            QVERIFY(v.toObject().value(u"sponsor"_s).toBool());
    }

    void searchFindsStrangler()
    {
        const Run r = galley({u"search"_s, u"strangler"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = array(r.out);
        QCOMPARE(numbers(hits), QList<int> {102});
        const QJsonObject hit = hits.first().toObject();
        QVERIFY(hit.value(u"id"_s).toInteger() > 0);
        QVERIFY(hit.value(u"title"_s).toString().contains(u"#102"_s));
        QVERIFY(hit.value(u"snippet"_s).toString().contains(u"strangler"_s, Qt::CaseInsensitive));
        QVERIFY(galley({u"search"_s, u"strangler"_s}).out.contains("#102"));
        // Hostile input is a search, not an error.
        QCOMPARE(galley({u"search"_s, u"\"NEAR(-*"_s, u"--json"_s}).code, 0);
    }

    void listJson()
    {
        const Run r = galley({u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = array(r.out);
        QCOMPARE(numbers(list), (QList<int> {103, 102, 101}));
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            for (const char16_t *key : {u"id", u"number", u"title", u"date", u"status", u"updated"})
                QVERIFY2(o.contains(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));
            QCOMPARE(o.value(u"status"_s).toString(), u"sent"_s);
        }
        QCOMPARE(list.first().toObject().value(u"date"_s).toString().left(10), u"2025-01-19"_s);
        QVERIFY(galley({u"list"_s}).out.contains("OPS WEEKLY ISSUE #102"));
    }

    void showPrintsTheDocument()
    {
        const Run r = galley({u"show"_s, QString::number(idOf(101))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("---\ntitle: OPS WEEKLY ISSUE"));
        QVERIFY(r.out.contains("From our sponsor, Pagerly"));
        QCOMPARE(galley({u"show"_s, u"99999"_s}).code, 2);
        QCOMPARE(galley({u"show"_s, u"abc"_s}).code, 2);
    }

    void exportedDraftReimportedRendersTheSame()
    {
        const QString id = QString::number(idOf(102));
        const Run html = galley({u"export"_s, u"--draft"_s, id, u"--to"_s, u"html"_s});
        QCOMPARE(html.code, 0);
        QVERIFY(html.out.contains("strangler"));
        const QString md = m_dir.filePath(u"exported.md"_s);
        QCOMPARE(
            galley({u"export"_s, u"--draft"_s, id, u"--to"_s, u"markdown"_s, u"-o"_s, md}).code, 0);
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QCOMPARE(galley({u"import"_s, md}, other).code, 0);
        const Run again = galley({u"export"_s, u"--draft"_s, u"1"_s, u"--to"_s, u"html"_s}, other);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, html.out);
        // The file export and the draft export of the same issue agree too.
        QCOMPARE(galley({u"export"_s, md, u"--to"_s, u"html"_s}).out, html.out);
        QCOMPARE(galley({u"export"_s, u"--draft"_s, u"4242"_s}).code, 2);
    }

    // The reproduction of the audit: `galley import` of an unrelated "#3001" replaced the draft
    // #3001, reported only as "updated": 1. Now the draft stays, the file becomes a new draft,
    // and the report says so; a `>From` block quote of the draft survives export and re-import.
    void importLeavesADraftAndSaysSo()
    {
        const QString db = m_dir.filePath(u"draft3001.sqlite"_s);
        const QString draftText = u"---\ntitle: \"Weekly #3001\"\n---\n\n>From the notes.\n\n"
                                  ">>From deeper.\n"_s;
        const QString draftFile = m_dir.filePath(u"draft3001.md"_s);
        QVERIFY(storetest::writeBytes(draftFile, draftText.toUtf8()));
        // `galley new` would number it itself; a draft with this text is what the window makes.
        const Run created = galley({u"new"_s, u"--number"_s, u"3001"_s, u"--json"_s}, db);
        QCOMPARE(created.code, 0);
        const qint64 draftId
            = QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
        QVERIFY(draftId > 0);
        const QByteArray before = galley({u"show"_s, QString::number(draftId)}, db).out;

        const QString unrelated = m_dir.filePath(u"unrelated3001.md"_s);
        QVERIFY(storetest::writeBytes(unrelated, "---\ntitle: \"Other #3001\"\n---\n\nOther.\n"));
        const Run r = galley({u"import"_s, unrelated, u"--json"_s}, db);
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"updated"_s).toInt(), 0);
        QCOMPARE(report.value(u"asDrafts"_s).toInt(), 1);
        const QJsonObject conflict = report.value(u"conflicts"_s).toArray().at(0).toObject();
        QCOMPARE(conflict.value(u"existing"_s).toInteger(), draftId);
        QVERIFY(r.err.contains("unrelated3001.md"));
        QCOMPARE(galley({u"show"_s, QString::number(draftId)}, db).out, before);
        const Run added
            = galley({u"show"_s, QString::number(conflict.value(u"draft"_s).toInteger())}, db);
        QVERIFY(added.out.contains("Other."));

        // The block quote, through a file and back.
        const QString quotesDb = m_dir.filePath(u"quotes.sqlite"_s);
        QCOMPARE(galley({u"import"_s, draftFile}, quotesDb).code, 0);
        const QString exported = m_dir.filePath(u"quotes-exported.md"_s);
        QCOMPARE(
            galley({u"export"_s, u"--draft"_s, u"1"_s, u"--to"_s, u"markdown"_s, u"-o"_s, exported},
                   quotesDb)
                .code,
            0);
        QCOMPARE(storetest::readBytes(exported), draftText.toUtf8());
        QVERIFY(galley({u"export"_s, exported, u"--to"_s, u"fragment"_s})
                    .out.contains("<blockquote>\n<p>From the notes."));
    }

    // A title with terminal escapes (YAML's \\e) was printed raw by list, search, links and
    // check: it could retitle the terminal or recolour what followed.
    void controlCharactersNeverReachTheTerminal()
    {
        const QString db = m_dir.filePath(u"escapes.sqlite"_s);
        const QString file = m_dir.filePath(u"escapes\x1b[31m.md"_s);
        QVERIFY(storetest::writeBytes(
            file,
            "---\ntitle: \"Weekly #77 \\e]0;pwned\\a\\e[31m red \\x9b2J\\x7f\"\n---\n\n"
            "Escapes everywhere. TODO\n<br>[https://example.com/esc](https://example.com/esc)\n"));
        QCOMPARE(galley({u"import"_s, file}, db).code, 0);
        const QList<QStringList> commands = {{u"list"_s},
                                             {u"search"_s, u"escapes"_s},
                                             {u"links"_s, u"https://example.com/esc"_s},
                                             {u"check"_s, file}};
        for (const QStringList &command : commands) {
            const Run human = galley(command, db);
            QVERIFY2(human.code == 0 || human.code == 1, human.err.constData());
            const QByteArray all = human.out + human.err;
            QVERIFY2(!all.contains('\x1b') && !all.contains('\x07') && !all.contains('\x7f')
                         && !all.contains("\xc2\x9b"),
                     qPrintable(command.join(u' ')));
            QVERIFY2(all.contains("\\x1B"), all.constData());
            const Run json = galley(command + QStringList {u"--json"_s}, db);
            QVERIFY2(!json.out.contains('\x1b') && !json.out.contains('\x7f')
                         && !json.out.contains("\xc2\x9b"),
                     json.out.constData());
            QVERIFY(!QJsonDocument::fromJson(json.out).isNull());
        }
        const Run list = galley({u"list"_s, u"--json"_s}, db);
        QVERIFY2(list.out.contains("\\u001b]0;pwned\\u0007"), list.out.constData());
        QVERIFY(list.out.contains("\\u009b") && list.out.contains("\\u007f"));
        // The JSON still reads back as the title itself.
        QVERIFY(QJsonDocument::fromJson(list.out)
                    .array()
                    .at(0)
                    .toObject()
                    .value(u"title"_s)
                    .toString()
                    .contains(QChar(0x1b)));
    }

    // Listed by its heading, and the .eml's Subject is that heading too.
    void aHeadingTitlesAPlainMarkdownFile()
    {
        const QString db = m_dir.filePath(u"plain.sqlite"_s);
        const QString file = m_dir.filePath(u"plain-notes.md"_s);
        QVERIFY(storetest::writeBytes(file, "# Notes for Tuesday\n\nA plain file.\n"));
        QCOMPARE(galley({u"import"_s, file}, db).code, 0);
        const QJsonArray list = array(galley({u"list"_s, u"--json"_s}, db).out);
        QCOMPARE(list.at(0).toObject().value(u"title"_s).toString(), u"Notes for Tuesday"_s);
        const Run eml = galley({u"export"_s, file, u"--to"_s, u"eml"_s}, db);
        QCOMPARE(eml.code, 0);
        QVERIFY2(eml.out.contains("Subject: Notes for Tuesday"), eml.out.left(600).constData());
    }

    void backupIsAUsableStore()
    {
        const QString out = m_dir.filePath(u"backup.sqlite"_s);
        QCOMPARE(galley({u"backup"_s, out}).code, 0);
        const Run r = galley({u"list"_s, u"--json"_s}, out);
        QCOMPARE(numbers(array(r.out)), (QList<int> {103, 102, 101}));
        QCOMPARE(galley({u"backup"_s, out}).code, 0); // replaces
    }

    void dbOptionWinsOverEnvironment()
    {
        const QString other = m_dir.filePath(u"empty.sqlite"_s);
        const Run r = galley({u"list"_s, u"--json"_s, u"--db"_s, other});
        QCOMPARE(r.code, 0);
        QVERIFY(array(r.out).isEmpty());
    }

    void defaultLocationIsCreated()
    {
        // No --db, no GALLEY_DB: the store goes under the (test's private) data location.
        const QString data = m_dir.filePath(u"xdg"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GALLEY_DB"_s);
        env.insert(u"XDG_DATA_HOME"_s, data);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GALLEY_BINARY), {u"list"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(data + u"/org.galley.Galley/galley/galley.sqlite"_s));
    }

    // `galley import` of a copy of the fixtures folder: its README is no issue. The JSON and the
    // person's report both name it with the reason, and the count says it was skipped.
    void importOfTheFixturesFolderSkipsItsReadme()
    {
        const QString folder = m_dir.filePath(u"fixtures-copy"_s);
        QVERIFY(storetest::copyFixturesFolder(folder));
        const QString db = m_dir.filePath(u"readme.sqlite"_s);
        const Run json = galley({u"import"_s, folder, u"--json"_s}, db);
        QCOMPARE(json.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(u"added"_s).toInt(), 3);
        QCOMPARE(report.value(u"skipped"_s).toInt(), 1);
        const QJsonArray skipped = report.value(u"skippedFiles"_s).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).toObject().value(u"file"_s).toString(), folder + u"/README.md"_s);
        QVERIFY(skipped.at(0)
                    .toObject()
                    .value(u"reason"_s)
                    .toString()
                    .startsWith(
                        u"not an issue: it has no front matter with a date or an issue number."_s));
        QCOMPARE(numbers(array(galley({u"list"_s, u"--json"_s}, db).out)),
                 (QList<int> {103, 102, 101}));

        const Run human = galley({u"import"_s, folder}, m_dir.filePath(u"readme2.sqlite"_s));
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.contains(
                     "Imported 3 new, 0 updated, 0 unchanged, 0 as new drafts, 1 skipped, 0 "
                     "failed."),
                 human.out.constData());
        const QString line = u"galley import: "_s + folder + u"/README.md: skipped: not an issue"_s;
        QVERIFY2(QString::fromUtf8(human.err).contains(line), human.err.constData());
    }

    void problemsAndUsageErrors()
    {
        const QString broken = m_dir.filePath(u"broken.md"_s);
        QVERIFY(storetest::writeBytes(broken, QByteArray("bin\0ary", 7)));
        const Run r = galley({u"import"_s, broken, storetest::fixtureFiles().first()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("broken.md"));
        QCOMPARE(galley({u"import"_s}).code, 2);
        QCOMPARE(galley({u"links"_s}).code, 2);
        QCOMPARE(galley({u"search"_s}).code, 2);
        const QString notADb = m_dir.filePath(u"notes.txt"_s);
        QVERIFY(storetest::writeBytes(notADb, QByteArray(5000, 'x')));
        const Run bad = galley({u"list"_s}, notADb);
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("notes.txt"));
        QCOMPARE(storetest::readBytes(notADb), QByteArray(5000, 'x'));
    }

    // Issue 15, finding 8: the trash can be listed and emptied, only with --yes, and only it.
    void trashListAndEmpty()
    {
        const QString db = m_dir.filePath(u"trash.sqlite"_s);
        qint64 kept = 0;
        qint64 trashed = 0;
        {
            Store store;
            QVERIFY(store.open(db).ok());
            kept = *store.createIssue(u"---\ntitle: Kept\n---\nKept.\n"_s);
            trashed = *store.createIssue(u"---\ntitle: Gone\n---\nGone.\n"_s);
            QVERIFY(store.moveToTrash(trashed).ok());
        }
        const Run list = galley({u"trash"_s, u"list"_s, u"--json"_s}, db);
        QCOMPARE(list.code, 0);
        const QJsonArray listed = array(list.out);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(u"id"_s).toInteger(), trashed);
        // Without --yes nothing goes, and the message says how to confirm.
        const Run unconfirmed = galley({u"trash"_s, u"empty"_s}, db);
        QCOMPARE(unconfirmed.code, 2);
        QVERIFY2(unconfirmed.err.contains("--yes"), unconfirmed.err.constData());
        QCOMPARE(array(galley({u"trash"_s, u"list"_s, u"--json"_s}, db).out).size(), 1);
        const Run emptied = galley({u"trash"_s, u"empty"_s, u"--yes"_s, u"--json"_s}, db);
        QVERIFY2(emptied.code == 0, emptied.err.constData());
        QCOMPARE(QJsonDocument::fromJson(emptied.out).object().value(u"deleted"_s).toInt(), 1);
        QCOMPARE(galley({u"trash"_s, u"list"_s}, db).out.trimmed(),
                 QByteArray("The trash is empty."));
        QCOMPARE(galley({u"show"_s, QString::number(trashed)}, db).code, 2);
        QCOMPARE(galley({u"show"_s, QString::number(kept)}, db).code, 0);
        QCOMPARE(galley({u"trash"_s, u"burn"_s}, db).code, 2);
    }

    // Issue 15, finding 8: an .eml without a sender set says so on stderr (and is still written).
    void emlWithoutSenderSaysSo()
    {
        const QString id = QString::number(idOf(102));
        const Run eml = galley({u"export"_s, u"--draft"_s, id, u"--to"_s, u"eml"_s});
        QCOMPARE(eml.code, 0);
        QVERIFY(eml.out.contains("newsletter@example.com"));
        QVERIFY2(eml.err.contains("No sender is set"), eml.err.constData());
        const Run html = galley({u"export"_s, u"--draft"_s, id, u"--to"_s, u"html"_s});
        QVERIFY(!html.err.contains("No sender is set"));
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
