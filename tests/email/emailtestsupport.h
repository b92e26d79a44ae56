#pragma once

// Shared by the email tests: the issues every structure rule runs on (the archive fixtures plus
// the email tests' own kitchen-sink issue) and small HTML helpers.

#include "exporter.h"
#include "issuedocument.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

namespace galley::emailtest {

inline QStringList issueFiles()
{
    QStringList files;
    for (const QString &dir :
         {QStringLiteral(GALLEY_TEST_DATA "/fixtures"), QStringLiteral(GALLEY_EMAIL_TEST_DATA)}) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            if (name != u"README.md")
                files << d.filePath(name);
        }
    }
    return files;
}

inline IssueDocument loadIssue(const QString &path)
{
    auto doc = readIssueFile(path);
    if (!doc)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(doc.error().toString()));
    return *doc;
}

// Adds one data row per issue file, named after the file.
inline void addIssueRows()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : issueFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// Undoes the HTML escaping the exporter applies to text and attribute values.
inline QString unescapeHtml(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#x27;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

// Every value of `attribute` on any element, unescaped.
inline QStringList attributeValues(const QString &html, const QString &attribute)
{
    QStringList values;
    const QRegularExpression re(QStringLiteral("<[a-zA-Z][^>]*\\s") + attribute
                                + QStringLiteral("=\"([^\"]*)\""));
    for (auto it = re.globalMatch(html); it.hasNext();)
        values << unescapeHtml(it.next().captured(1));
    return values;
}

} // namespace galley::emailtest
