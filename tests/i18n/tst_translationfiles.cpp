// The committed translations are complete and current: no unfinished, obsolete or vanished
// entries, placeholders and accelerators kept, and running lupdate over today's sources (into a
// temporary copy, never the source tree) adds nothing the .ts files lack: a forgotten tr() or an
// untranslated new string fails here. English is a row of its own with its own rules:
// translations/galley_en.ts (lupdate -pluralonly, loaded for an English or C locale) holds only
// the messages with %n, each with both forms, so that "%n problem(s)" reads "1 problem" and
// "2 problems" in the running program.
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message {};
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString describe(const Message &m)
{
    return m.context + u" / \""_s + QString(m.source).replace(u'\n', u"\\n"_s) + u'"';
}

// %1..%99 and %n, as a sorted list (a placeholder may appear more than once).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(uR"(%(\d{1,2}|n))"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Keyboard accelerators: "&" before a letter or digit, not "&&" and not an HTML entity.
int accelerators(const QString &text)
{
    static const QRegularExpression re(uR"((?<!&)&(?!&)(?![a-z]+;|#\d+;)[\p{L}\p{N}])"_s);
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

// English holds only the plurals (galley_en.ts).
const QStringList languages = {u"de"_s, u"fr"_s, u"en"_s};

bool pluralsOnly(const QString &lang)
{
    return lang == u"en";
}

// The reviewed words an issue writes the same in a language as in English.
const QHash<QString, QStringList> sameAsEnglish = {
    {u"de"_s, {u"Newsletter"_s, u"Sponsor"_s}},
    {u"fr"_s, {u"image"_s, u"Newsletter"_s, u"Sponsor"_s}},
};

QString tsPath(const QString &lang)
{
    return QStringLiteral(GALLEY_SOURCE_DIR) + u"/translations/galley_"_s + lang + u".ts"_s;
}

// Everything wrong with the translations of `ts` (language `lang`), one line each.
QStringList problemsIn(const TsFile &ts, const QString &lang)
{
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.context.isEmpty())
            problems << u"no context (tr() through an alias lupdate cannot resolve): "_s
                    + describe(m);
        if (!m.type.isEmpty()) {
            problems << m.type + u": "_s + describe(m);
            continue;
        }
        if (pluralsOnly(lang) && !m.numerus)
            problems << u"not a plural (the file holds only messages with %n): "_s + describe(m);
        // German, French and English all have two plural forms.
        if (m.numerus && m.translations.size() != 2)
            problems << u"needs 2 plural forms: "_s + describe(m);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << u"empty translation: "_s + describe(m);
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems << u"placeholders differ (%1 vs %2): "_s.arg(
                                placeholders(t).join(u' '), placeholders(m.source).join(u' '))
                        + describe(m);
            if (accelerators(m.source) != accelerators(t))
                problems << u"accelerator (&) lost or doubled in \""_s + t + u"\": "_s
                        + describe(m);
            if (m.source.endsWith(u'\n') != t.endsWith(u'\n'))
                problems << u"trailing newline differs: "_s + describe(m);
            if (pluralsOnly(lang) && t.contains(u"(s)"_s))
                problems << u"\"(s)\" left in \""_s + t + u"\": "_s + describe(m);
            // What goes into an issue must really be in the newsletter's language: an
            // English copy is a forgotten translation, unless the word is the same there.
            if (m.context == u"galley::NewsletterText" && t == m.source && lang != u"en"
                && !sameAsEnglish.value(lang).contains(m.source))
                problems << u"identical to the English source: "_s + describe(m);
        }
    }
    return problems;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void committedFilesAreComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : languages)
            QTest::newRow(qPrintable(lang)) << lang;
    }
    void committedFilesAreComplete()
    {
        QFETCH(QString, lang);
        const TsFile ts = readTs(tsPath(lang));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(lang), qPrintable(ts.language));
        QVERIFY(pluralsOnly(lang) ? ts.messages.size() >= 10 : ts.messages.size() > 100);

        const QStringList problems = problemsIn(ts, lang);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void lupdateFindsNothingNew_data() { committedFilesAreComplete_data(); }
    void lupdateFindsNothingNew()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"galley_"_s + lang + u".ts"_s);
        QVERIFY(QFile::copy(tsPath(lang), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        const QString src = QStringLiteral(GALLEY_SOURCE_DIR);
        QStringList args = {src + u"/src"_s};
        if (QDir(src + u"/ui"_s).exists())
            args << src + u"/ui"_s;
        if (pluralsOnly(lang))
            args << u"-pluralonly"_s;
        args << u"-locations"_s << u"none"_s << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QCOMPARE(lupdate.exitCode(), 0);
        // "Class '' lacks Q_OBJECT macro" and friends: a string lupdate cannot place.
        QVERIFY2(!output.contains(u"lacks Q_OBJECT"_s), qPrintable(output));

        const TsFile updated = readTs(copy);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QStringList missing;
        for (const Message &m : updated.messages) {
            if (m.type == u"unfinished")
                missing << u"not translated: "_s + describe(m);
            else if (m.type == u"vanished" || m.type == u"obsolete")
                missing << u"no longer in the sources: "_s + describe(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"translations/galley_%1.ts is behind the sources (run `ninja "
                            "galley_core_lupdate` and translate):\n"_s.arg(lang)
                            + missing.join(u'\n')));
        QCOMPARE(updated.messages.size(), readTs(tsPath(lang)).messages.size());
    }

    // English as the program runs, in every English locale and in C: no Galley translation is
    // installed, only the plural forms, and every message with %n reads its first form for 1
    // and its second for 2.
    void theProgramSpeaksInEnglishPlurals_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    void theProgramSpeaksInEnglishPlurals()
    {
        QFETCH(QLocale, locale);
        QVERIFY(!galley::installTranslators(locale));
        const auto tr = [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };
        QCOMPARE(tr("galley::cli::TrashCommand", "Deleted %n issue(s) for good.", 1),
                 u"Deleted 1 issue for good."_s);
        QCOMPARE(tr("galley::cli::TrashCommand", "Deleted %n issue(s) for good.", 3),
                 u"Deleted 3 issues for good."_s);
        const TsFile ts = readTs(tsPath(u"en"_s));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const Message &m : ts.messages) {
            QCOMPARE(m.translations.size(), 2);
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QString one = tr(context.constData(), source.constData(), 1);
            const QString two = tr(context.constData(), source.constData(), 2);
            QVERIFY2(!one.contains(u"(s)"_s) && !two.contains(u"(s)"_s), qPrintable(one));
            QCOMPARE(one, QString(m.translations.at(0)).replace(u"%n"_s, u"1"_s));
            QCOMPARE(two, QString(m.translations.at(1)).replace(u"%n"_s, u"2"_s));
        }
        galley::installTranslators(QLocale::c());
    }

    // The checks themselves: a file with an unfinished entry or a lost placeholder is caught.
    void checksCatchMistakes()
    {
        QCOMPARE(placeholders(u"%1 of %n: %2"_s), QStringList({u"%1"_s, u"%2"_s, u"%n"_s}));
        QCOMPARE(accelerators(u"&File"_s), 1);
        QCOMPARE(accelerators(u"Fish && Chips"_s), 0);
        QCOMPARE(accelerators(u"<p>a&nbsp;b</p>"_s), 0);
        QCOMPARE(accelerators(u"Au&sgabe"_s), 1);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(u"bad.ts"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>X</name>
<message><source>&amp;Open %1</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n words</source><translation><numerusform>%n Wort</numerusform><numerusform>%n Wörter</numerusform></translation></message>
</context></TS>)");
        f.close();
        const TsFile ts = readTs(f.fileName());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.messages.size(), 2);
        QCOMPARE(ts.messages.at(0).type, u"unfinished"_s);
        QCOMPARE(ts.messages.at(0).source, u"&Open %1"_s);
        QCOMPARE(ts.messages.at(1).translations, QStringList({u"%n Wort"_s, u"%n Wörter"_s}));

        // What goes into an issue: an English copy is caught, a reviewed same word is not.
        TsFile issueText;
        issueText.messages
            << Message {u"galley::NewsletterText"_s,
                        u"Unsubscribe"_s,
                        {},
                        false,
                        {u"Unsubscribe"_s}}
            << Message {u"galley::NewsletterText"_s, u"Sponsor"_s, {}, false, {u"Sponsor"_s}}
            << Message {u"galley::NewsletterText"_s,
                        u"View online"_s,
                        {},
                        false,
                        {u"Im Browser ansehen"_s}};
        const QStringList problems = problemsIn(issueText, u"de"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"identical to the English source"_s)
                     && problems.first().contains(u"Unsubscribe"_s),
                 qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
