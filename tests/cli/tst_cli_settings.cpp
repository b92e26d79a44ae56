// `galley settings`: the store's numeric settings listed with their defaults, one shown, one
// changed (and read back by the next command), and every wrong key or value refused (exit 2)
// without touching the store. Without --db or GALLEY_DB the store named in Preferences ▸ Store.
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

class TestCliSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    ProcessRun settings(const QStringList &args) const
    {
        return runGalley(QStringList {u"settings"_s} + args
                         + QStringList {u"--db"_s, m_dir.filePath(u"settings.sqlite"_s)});
    }

    QJsonObject byKey(const QString &key) const
    {
        const ProcessRun r = settings({u"--json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v.toObject().value(u"key"_s).toString() == key)
                return v.toObject();
        }
        return {};
    }

private slots:
    // Preferences ▸ Store names the store every command opens when neither --db nor GALLEY_DB
    // does (chooseStore): this person's settings file, as the editor writes it.
    void theStoreFromPreferencesComesAfterDbAndGalleyDb()
    {
        const QString config = m_dir.filePath(u"config"_s);
        QVERIFY(QDir().mkpath(config + u"/org.galley.Galley"_s));
        const QString preferred = m_dir.filePath(u"preferred.sqlite"_s);
        QFile conf(config + u"/org.galley.Galley/galley.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[store]\nlocation=" + QFile::encodeName(preferred) + "\n");
        conf.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        env.remove(u"GALLEY_DB"_s);
        const ProcessRun set
            = runGalley({u"settings"_s, u"inbox.remindWeeks"_s, u"4"_s}, 60000, env);
        QCOMPARE(set.exitCode, 0);
        QVERIFY(QFileInfo::exists(preferred));
        // GALLEY_DB comes first, and --db before it.
        const QString fromEnv = m_dir.filePath(u"env.sqlite"_s);
        env.insert(u"GALLEY_DB"_s, fromEnv);
        QVERIFY(runGalley({u"settings"_s, u"inbox.remindWeeks"_s}, 60000, env)
                    .outText()
                    .startsWith(u"inbox.remindWeeks = 0 "_s));
        QVERIFY(QFileInfo::exists(fromEnv));
        const QString fromDb = m_dir.filePath(u"db.sqlite"_s);
        QCOMPARE(runGalley({u"settings"_s, u"inbox.remindWeeks"_s, u"--db"_s, fromDb}, 60000, env)
                     .exitCode,
                 0);
        QVERIFY(QFileInfo::exists(fromDb));
        env.remove(u"GALLEY_DB"_s);
        QCOMPARE(runGalley({u"settings"_s, u"inbox.remindWeeks"_s}, 60000, env).outText().trimmed(),
                 u"inbox.remindWeeks = 4"_s);
    }

    void listsShowsAndChanges()
    {
        const ProcessRun list = settings({});
        QCOMPARE(list.exitCode, 0);
        for (const QString &key : {u"linkcheck.freshHours = 24"_s, u"linkcheck.timeoutMs = 10000"_s,
                                   u"inbox.remindWeeks = 0"_s})
            QVERIFY2(list.outText().contains(key), list.out.constData());
        QVERIFY(list.outText().contains(u"(the default)"_s));
        QCOMPARE(byKey(u"inbox.remindWeeks"_s).value(u"maximum"_s).toInt(), 520);

        const ProcessRun set = settings({u"inbox.remindWeeks"_s, u"3"_s});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.outText().trimmed(), u"inbox.remindWeeks = 3"_s);
        QCOMPARE(byKey(u"inbox.remindWeeks"_s).value(u"value"_s).toInt(), 3);
        const ProcessRun one = settings({u"inbox.remindWeeks"_s});
        QCOMPARE(one.outText().trimmed(), u"inbox.remindWeeks = 3"_s);
    }

    void refusesWhatItCannotTake()
    {
        const ProcessRun unknown = settings({u"inbox.weeks"_s, u"3"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.errText().contains(u"there are: linkcheck.freshHours"_s),
                 unknown.err.constData());
        const ProcessRun tooBig = settings({u"linkcheck.timeoutMs"_s, u"600000"_s});
        QCOMPARE(tooBig.exitCode, 2);
        QVERIFY2(tooBig.errText().contains(u"from 100 to 60000"_s), tooBig.err.constData());
        QCOMPARE(settings({u"linkcheck.freshHours"_s, u"soon"_s}).exitCode, 2);
        QCOMPARE(settings({u"a"_s, u"b"_s, u"c"_s}).exitCode, 2);
        QCOMPARE(byKey(u"linkcheck.timeoutMs"_s).value(u"value"_s).toInt(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_cli_settings.moc"
