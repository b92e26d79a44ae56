// `galley settings`: the store's numeric settings listed with their defaults, one shown, one
// changed (and read back by the next command), and every wrong key or value refused (exit 2)
// without touching the store.
#include "processrun.h"

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
