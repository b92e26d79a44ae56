// English plural forms: "%n problem(s)" in the sources reads "1 problem" and "2 problems" in the
// program (translations/galley_en.ts, loaded for an English or C locale), for every message with
// %n. The committed file holds all of them, each with both forms and the source's placeholders,
// and lupdate finds none missing.
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Plural
{
    QString context;
    QString source;
    QStringList forms;
    bool unfinished = false;
};

QString enTs()
{
    return QStringLiteral(GALLEY_SOURCE_DIR) + u"/translations/galley_en.ts"_s;
}

QList<Plural> readPlurals(const QString &path, QString *error)
{
    QList<Plural> plurals;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return plurals;
    }
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Plural p;
            p.context = context;
            if (xml.attributes().value(u"numerus"_s) != u"yes")
                p.context = u"(not numerus) "_s + context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    p.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    p.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                    while (xml.readNextStartElement())
                        p.forms << xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            plurals << p;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return plurals;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(uR"(%(\d{1,2}|n))"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT
private slots:
    void committedFileHasBothFormsOfEveryPlural()
    {
        QString error;
        const QList<Plural> plurals = readPlurals(enTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(plurals.size() >= 10);
        for (const Plural &p : plurals) {
            const QString what = p.context + u" / "_s + p.source;
            QVERIFY2(!p.context.startsWith(u"(not numerus)"), qPrintable(what));
            QVERIFY2(!p.unfinished, qPrintable(what));
            QCOMPARE(p.forms.size(), 2);
            for (const QString &form : p.forms) {
                QVERIFY2(!form.contains(u"(s)"_s), qPrintable(form));
                QCOMPARE(placeholders(form), placeholders(p.source));
            }
        }
    }

    void lupdateFindsNoNewPlural()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"galley_en.ts"_s);
        QVERIFY(QFile::copy(enTs(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString src = QStringLiteral(GALLEY_SOURCE_DIR);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                      {src + u"/src"_s, src + u"/ui"_s, u"-pluralonly"_s, u"-locations"_s,
                       u"none"_s, u"-no-obsolete"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Plural> updated = readPlurals(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Plural &p : updated) {
            if (p.unfinished)
                missing << p.context + u" / "_s + p.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"translations/galley_en.ts lacks plural forms (run `ninja "
                            "galley_core_lupdate` and write both forms):\n"_s
                            + missing.join(u'\n')));
        QCOMPARE(updated.size(), readPlurals(enTs(), &error).size());
    }

    void theProgramSpeaksInPlurals_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    }

    void theProgramSpeaksInPlurals()
    {
        QFETCH(QLocale, locale);
        // English: no Galley translation, only the plural forms.
        QVERIFY(!galley::installTranslators(locale));
        const auto tr = [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };
        QCOMPARE(tr("galley::cli::TrashCommand", "Deleted %n issue(s) for good.", 1),
                 u"Deleted 1 issue for good."_s);
        QCOMPARE(tr("galley::cli::TrashCommand", "Deleted %n issue(s) for good.", 3),
                 u"Deleted 3 issues for good."_s);
        // Every plural of the program, as it runs: no "(s)" left, one form for 1 and another
        // for 2 where English has two.
        QString error;
        for (const Plural &p : readPlurals(enTs(), &error)) {
            const QByteArray context = p.context.toUtf8();
            const QByteArray source = p.source.toUtf8();
            const QString one = tr(context.constData(), source.constData(), 1);
            const QString two = tr(context.constData(), source.constData(), 2);
            QVERIFY2(!one.contains(u"(s)"_s) && !two.contains(u"(s)"_s), qPrintable(one));
            QCOMPARE(one, QString(p.forms.at(0)).replace(u"%n"_s, u"1"_s));
            QCOMPARE(two, QString(p.forms.at(1)).replace(u"%n"_s, u"2"_s));
        }
        QVERIFY(error.isEmpty());
        galley::installTranslators(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
