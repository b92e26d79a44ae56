// The command line speaks the system's language (LANG) like the editor, unless Preferences chose
// one: `LANG=de_DE.UTF-8 galley --help` is German, Qt's own parser text included.
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = galley::testsupport::ProcessRun;

// Runs galley with `lang` as the only locale variable and a private config folder.
Run runGalley(const QStringList &args, const QString &lang, const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        env.remove(QString::fromLatin1(var));
    env.insert(u"LANG"_s, lang);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    return galley::testsupport::runGalley(args, 30000, env);
}

void writeLanguageSetting(const QString &configHome, const QString &lang)
{
    QDir().mkpath(configHome + u"/org.galley.Galley"_s);
    QFile f(configHome + u"/org.galley.Galley/galley.conf"_s);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("[ui]\nlanguage=" + lang.toUtf8() + "\n");
}
} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_config.isValid()); }

    void germanHelp()
    {
        const Run run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"Aufruf: galley"_s), qPrintable(run.outText()));
        QVERIFY2(run.outText().contains(u"Befehle:"_s), qPrintable(run.outText()));
        QVERIFY2(run.outText().contains(u"Exit-Codes"_s), qPrintable(run.outText()));
        // The commands' one-line summaries are German too.
        QVERIFY2(!run.outText().contains(u"Commands:"_s), qPrintable(run.outText()));
        QVERIFY2(!run.outText().contains(u"Every command accepts"_s), qPrintable(run.outText()));
    }

    void germanCommandHelpIncludesQtsOwnText()
    {
        const Run run = runGalley({u"export"_s, u"--help"_s}, u"de_DE.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 0);
        // "Usage:"/"Options:" come from QCommandLineParser, i.e. Qt's qtbase_de.qm.
        QVERIFY2(run.outText().contains(u"Aufruf: galley export"_s), qPrintable(run.outText()));
        QVERIFY2(run.outText().contains(u"Optionen:"_s), qPrintable(run.outText()));
        QVERIFY2(!run.outText().contains(u"Options:"_s), qPrintable(run.outText()));
    }

    void germanErrors()
    {
        const Run run = runGalley({u"exprot"_s}, u"de_DE.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"exprot"_s), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(u"kein Befehl"_s), qPrintable(run.errText()));
    }

    void frenchHelp()
    {
        const Run run = runGalley({u"--help"_s}, u"fr_FR.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"Commandes\u00a0:"_s), qPrintable(run.outText()));
        QVERIFY2(!run.outText().contains(u"Commands:"_s), qPrintable(run.outText()));
    }

    void englishWithoutATranslation()
    {
        for (const QString &lang : {u"C.UTF-8"_s, u"en_GB.UTF-8"_s, u"es_ES.UTF-8"_s}) {
            const Run run = runGalley({u"--help"_s}, lang, m_config.path());
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.outText().contains(u"Commands:"_s), qPrintable(lang + run.outText()));
        }
    }

    void preferencesOverrideTheSystem()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        writeLanguageSetting(config.path(), u"en"_s);
        Run run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
        QVERIFY2(run.outText().contains(u"Commands:"_s), qPrintable(run.outText()));
        writeLanguageSetting(config.path(), u"fr"_s);
        run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
        QVERIFY2(run.outText().contains(u"Commandes\u00a0:"_s), qPrintable(run.outText()));
        writeLanguageSetting(config.path(), QString());
        run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
        QVERIFY2(run.outText().contains(u"Befehle:"_s), qPrintable(run.outText()));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
