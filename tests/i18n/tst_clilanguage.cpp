// The command line speaks the system's language (LANG) like the editor, unless Preferences chose
// one: `LANG=de_DE.UTF-8 galley --help` is German, Qt's own parser text included.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs galley with `lang` as the only locale variable and a private config folder.
Run runGalley(const QStringList &args, const QString &lang, const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        env.remove(QString::fromLatin1(var));
    env.insert(u"LANG"_s, lang);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GALLEY_BINARY), args);
    Run run;
    if (!p.waitForFinished(30000))
        return run;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
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
        QVERIFY2(run.out.contains(u"Aufruf: galley"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Befehle:"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Exit-Codes"_s), qPrintable(run.out));
        // The commands' one-line summaries are German too.
        QVERIFY2(!run.out.contains(u"Commands:"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Every command accepts"_s), qPrintable(run.out));
    }

    void germanCommandHelpIncludesQtsOwnText()
    {
        const Run run = runGalley({u"export"_s, u"--help"_s}, u"de_DE.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 0);
        // "Usage:"/"Options:" come from QCommandLineParser, i.e. Qt's qtbase_de.qm.
        QVERIFY2(run.out.contains(u"Aufruf: galley export"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Optionen:"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Options:"_s), qPrintable(run.out));
    }

    void germanErrors()
    {
        const Run run = runGalley({u"exprot"_s}, u"de_DE.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"exprot"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"kein Befehl"_s), qPrintable(run.err));
    }

    void frenchHelp()
    {
        const Run run = runGalley({u"--help"_s}, u"fr_FR.UTF-8"_s, m_config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Commandes\u00a0:"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Commands:"_s), qPrintable(run.out));
    }

    void englishWithoutATranslation()
    {
        for (const QString &lang : {u"C.UTF-8"_s, u"en_GB.UTF-8"_s, u"es_ES.UTF-8"_s}) {
            const Run run = runGalley({u"--help"_s}, lang, m_config.path());
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(u"Commands:"_s), qPrintable(lang + run.out));
        }
    }

    void preferencesOverrideTheSystem()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        writeLanguageSetting(config.path(), u"en"_s);
        Run run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
        QVERIFY2(run.out.contains(u"Commands:"_s), qPrintable(run.out));
        writeLanguageSetting(config.path(), u"fr"_s);
        run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
        QVERIFY2(run.out.contains(u"Commandes\u00a0:"_s), qPrintable(run.out));
        writeLanguageSetting(config.path(), QString());
        run = runGalley({u"--help"_s}, u"de_DE.UTF-8"_s, config.path());
        QVERIFY2(run.out.contains(u"Befehle:"_s), qPrintable(run.out));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
