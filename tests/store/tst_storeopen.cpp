#include "storetesthelpers.h"

#include "store/store.h"
#include "store/storeschema.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using galley::Error;
using galley::Store;

// Opening: new stores, migrations, and every kind of file the store must refuse without touching.
class TestStoreOpen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes a plain SQLite file with the given user_version and one table, outside the store.
    void makeSqliteFile(const QString &file, int userVersion)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE other (x)"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = "_s + QString::number(userVersion)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    void expectRefusedUntouched(const QString &file, Error::Code code)
    {
        const QByteArray before = storetest::readBytes(file);
        Store store;
        const auto opened = store.open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, code);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(opened.error().file, file);
        QVERIFY(!store.isOpen());
        QCOMPARE(storetest::readBytes(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s) || QFileInfo(file + u"-wal"_s).size() == 0);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsNewStoreAndFolder()
    {
        const QString file = path(u"sub/folder/new.sqlite"_s);
        Store store;
        const auto opened = store.open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QVERIFY(QFile::exists(file));
        QCOMPARE(store.path(), file);
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
        QVERIFY(store.listIssues()->isEmpty());
        store.close();
        // Reopening an existing current store works and keeps it.
        Store again;
        QVERIFY(again.open(file).ok());
    }

    // The store, its -wal/-shm and its backups were created 0644 under the usual umask: anyone
    // on the machine could read the drafts.
    void storeAndBackupsArePrivateWhateverTheUmask()
    {
        const mode_t old = ::umask(022);
        const auto modeOf = [](const QString &p) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        const QString folder = path(u"private/inner"_s);
        const QString file = folder + u"/galley.sqlite"_s;
        {
            Store store;
            QVERIFY(store.open(file).ok());
            QVERIFY(store.createIssue(u"---\ntitle: secret\n---\n\nDraft.\n"_s).ok());
            QCOMPARE(modeOf(path(u"private"_s)), 0700);
            QCOMPARE(modeOf(folder), 0700);
            QCOMPARE(modeOf(file), 0600);
            QCOMPARE(modeOf(file + u"-wal"_s), 0600);
            QCOMPARE(modeOf(file + u"-shm"_s), 0600);
            const QString backup = path(u"backup.sqlite"_s);
            QVERIFY(store.backupTo(backup).ok());
            QCOMPARE(modeOf(backup), 0600);
            // Over an existing, readable file: the backup is private all the same.
            QVERIFY(storetest::writeBytes(backup, "old"));
            QVERIFY(::chmod(QFile::encodeName(backup).constData(), 0644) == 0);
            QVERIFY(store.backupTo(backup).ok());
            QCOMPARE(modeOf(backup), 0600);
        }
        // A store made readable by an older version is made private when opened.
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        {
            Store store;
            QVERIFY(store.open(file).ok());
            QCOMPARE(modeOf(file), 0600);
        }
        // The folder we did not create (the test's own) keeps its mode.
        QCOMPARE(modeOf(m_dir.path()), 0700); // QTemporaryDir makes it 0700 itself
        ::umask(old);
    }

    void defaultPathIsUnderAppData()
    {
        QVERIFY(Store::defaultPath().endsWith(u"/galley.sqlite"_s));
        QVERIFY(Store::defaultPath().startsWith(qEnvironmentVariable("XDG_DATA_HOME", u"/"_s)));
    }

    void newerSchemaRefusedUntouched()
    {
        const QString file = path(u"newer.sqlite"_s);
        {
            Store store;
            QVERIFY(store.open(file).ok());
            QVERIFY(store.createIssue(storetest::issueText(1)).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
        const QByteArray before = storetest::readBytes(file);
        Store store;
        const auto opened = store.open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::NewerSchema);
        QVERIFY(opened.error().message.contains(u"newer"_s));
        QCOMPARE(storetest::readBytes(file), before);
    }

    void notADatabaseRefusedUntouched()
    {
        const QString file = path(u"notes.sqlite"_s);
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "These are my notes, not a database. Line " + QByteArray::number(i) + "\n";
        QVERIFY(storetest::writeBytes(file, text));
        expectRefusedUntouched(file, Error::Corrupt);
    }

    void corruptStoreRefusedUntouched()
    {
        const QString file = path(u"corrupt.sqlite"_s);
        {
            Store store;
            QVERIFY(store.open(file).ok());
            for (int i = 0; i < 20; ++i)
                QVERIFY(store.createIssue(storetest::issueText(i)).ok());
        }
        QByteArray bytes = storetest::readBytes(file);
        QVERIFY(bytes.size() > 8192);
        // Keep the 100-byte header, destroy the schema page.
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
        QVERIFY(storetest::writeBytes(file, bytes));
        QFile::remove(file + u"-wal"_s);
        QFile::remove(file + u"-shm"_s);
        expectRefusedUntouched(file, Error::Corrupt);
    }

    void foreignSqliteFileRefused()
    {
        const QString file = path(u"foreign.sqlite"_s);
        makeSqliteFile(file, 0);
        expectRefusedUntouched(file, Error::Corrupt);
    }

    void foreignNewerFileRefused()
    {
        const QString file = path(u"foreign-newer.sqlite"_s);
        // Newer than this build, whatever steps later branches add.
        makeSqliteFile(file, galley::StoreSchema::currentVersion() + 1);
        expectRefusedUntouched(file, Error::NewerSchema);
    }

    void unwritableLocationIsAClearError()
    {
        // A regular file where the folder should be: no user, root included, can create the store
        // there, so this works the same whoever runs the tests.
        const QString blocker = path(u"blocker"_s);
        QVERIFY(storetest::writeBytes(blocker, "just a file"));
        Store store;
        const auto opened = store.open(blocker + u"/galley.sqlite"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::ReadOnly);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(storetest::readBytes(blocker), QByteArray("just a file"));
    }

    // Runs `store_writer open DB` (open, then write a setting) as a user who cannot write where
    // the store is: "nobody" when the tests run as root (root writes anywhere), else this user.
    QByteArray openAsOtherUser(const QString &file)
    {
        QProcess child;
        child.setChildProcessModifier([] {
            if (geteuid() == 0) {
                setgroups(0, nullptr);
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(99);
            }
        });
        child.start(QStringLiteral(STORE_WRITER), {u"open"_s, file});
        if (!child.waitForFinished(30000))
            return "timeout";
        return child.readAllStandardOutput().trimmed();
    }

    static QByteArray readOnlyError()
    {
        return QByteArray("error ") + QByteArray::number(int(Error::ReadOnly)) + ' ';
    }

    // A folder only its owner (root, or this user) can write; everyone can enter and read.
    QString readOnlyFolder(const QString &name)
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        ::chmod(QFile::encodeName(folder).constData(), geteuid() == 0 ? 0755 : 0555);
        return folder;
    }

    void readOnlyFolderRefusedUntouched()
    {
        const QString folder = readOnlyFolder(u"locked"_s);
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        const QString file = folder + u"/galley.sqlite"_s;
        {
            Store store;
            QVERIFY(store.open(file).ok());
            QVERIFY(store.createIssue(storetest::issueText(3)).ok());
        }
        readOnlyFolder(u"locked"_s);
        ::chmod(QFile::encodeName(file).constData(), 0644);
        const QByteArray before = storetest::readBytes(file);
        QVERIFY(!before.isEmpty());

        const QByteArray out = openAsOtherUser(file);
        QVERIFY2(out.startsWith(readOnlyError()), out.constData());
        QVERIFY2(out.contains("read-only") || out.contains("writable"), out.constData());
        QCOMPARE(storetest::readBytes(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s));

        // A new store in that folder cannot be created either, and says so.
        const QByteArray fresh = openAsOtherUser(folder + u"/new.sqlite"_s);
        QVERIFY2(fresh.startsWith(readOnlyError()), fresh.constData());
        QVERIFY(!QFile::exists(folder + u"/new.sqlite"_s));
        ::chmod(QFile::encodeName(folder).constData(), 0755);
    }

    void readOnlyFileRefusedUntouched()
    {
        // The folder is writable for everyone, the store file only for its owner.
        const QString folder = path(u"shared"_s);
        QDir().mkpath(folder);
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        const QString file = folder + u"/galley.sqlite"_s;
        {
            Store store;
            QVERIFY(store.open(file).ok());
            QVERIFY(store.createIssue(storetest::issueText(4)).ok());
        }
        ::chmod(QFile::encodeName(folder).constData(), 0777);
        ::chmod(QFile::encodeName(file).constData(), 0444);
        const QByteArray before = storetest::readBytes(file);

        const QByteArray out = openAsOtherUser(file);
        QVERIFY2(out.startsWith(readOnlyError()), out.constData());
        QVERIFY2(out.contains("read-only"), out.constData());
        QCOMPARE(storetest::readBytes(file), before);
        ::chmod(QFile::encodeName(file).constData(), 0644);
        // Its owner still opens it as usual.
        Store store;
        QVERIFY(store.open(file).ok());
        QCOMPARE(store.listIssues()->size(), 1);
    }

    void folderIsNotAStore()
    {
        Store store;
        const auto opened = store.open(m_dir.path());
        QVERIFY(!opened.ok());
        QVERIFY(QFileInfo(m_dir.path()).isDir());
    }

    void closedStoreSaysSo()
    {
        Store store;
        QVERIFY(!store.listIssues().ok());
        QVERIFY(!store.search(u"x"_s).ok());
    }

    void manyInstancesInOneThread()
    {
        // Each instance has its own connection: opening and closing many must not clash.
        const QString file = path(u"many.sqlite"_s);
        for (int i = 0; i < 20; ++i) {
            Store a;
            Store b;
            QVERIFY(a.open(file).ok());
            QVERIFY(b.open(file).ok());
            QVERIFY(a.setSetting(u"k"_s, QString::number(i)).ok());
            QCOMPARE(b.setting(u"k"_s).value(), QString::number(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
