// The Nu HTML Checker (vnu.jar, the W3C validator) over the email of every issue. One Java run
// checks all files, because starting the JVM is the slow part.

#include "emailtestsupport.h"
#include "exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::emailtest;

class TestHtmlValidity : public QObject
{
    Q_OBJECT

private slots:
    void noValidatorErrors()
    {
        const QString jar = qEnvironmentVariable("GALLEY_VNU_JAR");
        QVERIFY2(!jar.isEmpty() && QFileInfo::exists(jar),
                 qPrintable(u"The Nu HTML Checker is missing at '%1'. Install it with "
                            "`npm install --prefix build/tools vnu-jar` (packaging/quickstart.sh "
                            "does) and re-run cmake."_s.arg(jar)));
        const QString java = QStandardPaths::findExecutable(u"java"_s);
        QVERIFY2(!java.isEmpty(), "java is missing: install default-jre-headless");

        // Each issue twice: with merge tags in the footer as exported, and as the mailing
        // service delivers it (the tags replaced by real URLs).
        QTemporaryDir dir;
        QStringList files;
        QHash<QString, QStringList> allowedBadHrefs; // file -> merge tags left in it
        const QStringList presets = EmailSettings::mergeTagPresetNames();
        int presetIndex = 0;
        for (const QString &path : issueFiles()) {
            const IssueDocument doc = loadIssue(path);
            const QString base = QFileInfo(path).completeBaseName();
            EmailSettings tagged;
            // Rotate through the presets so each service's tags are exercised.
            const QString preset = presets[presetIndex++ % presets.size()];
            tagged.mergeTags = *EmailSettings::mergeTagPreset(preset);
            EmailSettings delivered;
            delivered.mergeTags = {u"https://lists.example.com/unsubscribe?u=1&id=2"_s,
                                   u"https://lists.example.com/archive/104"_s};
            const QList<std::pair<QString, EmailSettings>> variants {
                {QString(base + u'-' + preset), tagged},
                {QString(base + u"-delivered"_s), delivered}};
            for (const auto &[name, settings] : variants) {
                QFile f(dir.filePath(name + u".html"_s));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(exportDocument(doc, ExportFormat::Html, {}, settings));
                f.close();
                files << f.fileName();
                if (!name.endsWith(u"-delivered"_s))
                    allowedBadHrefs[QFileInfo(f).fileName()]
                        = {settings.mergeTags.unsubscribe, settings.mergeTags.viewOnline};
            }
        }

        // Markup the issues above do not have: footnotes linked both ways (ids made from labels
        // that need escaping, a second reference, a note ending with a list) and task boxes.
        const auto notes = IssueDocument::fromText(
            u"---\ntitle: Notes and tasks\n---\n\nOne[^a] two[^\u00e9t\u00e9] three[^a\"b'c] "
            "four[^a].\n\n- [x] done\n- [ ] open\n  1. [x] nested\n\n[^a]: Note A.\n\n"
            "    - a list last\n\n[^\u00e9t\u00e9]: Note with [^a].\n\n[^a\"b'c]: Odd label.\n"_s);
        QVERIFY(notes);
        {
            QFile f(dir.filePath(u"notes-and-tasks-delivered.html"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            EmailSettings delivered;
            delivered.mergeTags = {u"https://lists.example.com/unsubscribe?u=1&id=2"_s,
                                   u"https://lists.example.com/archive/104"_s};
            const QByteArray html = exportDocument(*notes, ExportFormat::Html, {}, delivered);
            QVERIFY(html.contains("id=\"fnref-a-3\""));
            f.write(html);
            files << f.fileName();
        }

        QProcess vnu;
        vnu.start(java,
                  QStringList {u"-jar"_s, jar, u"--errors-only"_s, u"--format"_s, u"json"_s}
                      + files);
        QVERIFY(vnu.waitForFinished(240000));
        const QByteArray report = vnu.readAllStandardError() + vnu.readAllStandardOutput();
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(report, &error);
        QVERIFY2(json.isObject(), report.constData());

        QStringList problems;
        int tolerated = 0;
        for (const QJsonValue &value : json.object().value(u"messages"_s).toArray()) {
            const QJsonObject m = value.toObject();
            const QString file
                = QFileInfo(QUrl(m.value(u"url"_s).toString()).toLocalFile()).fileName();
            const QString message = m.value(u"message"_s).toString();
            // The only accepted error: a merge tag is not a valid URL until the mailing service
            // replaces it. The "-delivered" copies prove the rest of the footer is valid.
            bool isMergeTag = false;
            for (const QString &tag : allowedBadHrefs.value(file))
                isMergeTag = isMergeTag
                    || message.startsWith(u"Bad value \u201c"_s + tag
                                          + u"\u201d for attribute \u201chref\u201d"_s);
            if (isMergeTag) {
                ++tolerated;
                continue;
            }
            problems << file + u':' + QString::number(m.value(u"lastLine"_s).toInt()) + u": "_s
                    + m.value(u"type"_s).toString() + u": "_s + message;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(vnu.exitCode(), tolerated > 0 ? 1 : 0);
        QVERIFY(files.size() >= 9);
    }
};

QTEST_GUILESS_MAIN(TestHtmlValidity)
#include "tst_htmlvalidity.moc"
