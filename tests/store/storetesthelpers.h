#pragma once

#include <QDir>
#include <QFile>
#include <QString>

using namespace Qt::StringLiterals;

// Small helpers shared by the store's tests.
namespace storetest {

inline QString fixturesDir()
{
    return QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures"_s;
}

inline QStringList fixtureFiles()
{
    const QDir dir(fixturesDir());
    QStringList files;
    const QStringList names = dir.entryList({u"ops-weekly-*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

// A copy of the whole fixtures folder in `folder`: the three issues and the README beside them
// that describes the archive format (no issue itself). False when a file cannot be copied.
inline bool copyFixturesFolder(const QString &folder)
{
    const QDir dir(fixturesDir());
    bool ok = QDir().mkpath(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        ok = ok && QFile::copy(dir.filePath(name), folder + u'/' + name);
    return ok && QFile::exists(folder + u"/README.md"_s);
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A small but realistic issue with a number, a date, a sponsor block and a few links.
inline QString issueText(int number, const QString &extra = {})
{
    return u"---\ntitle: TEST WEEKLY ISSUE \\#"_s + QString::number(number)
        + u" - a week\ndate: 2024-03-"_s + QString::number(1 + number % 28).rightJustified(2, u'0')
        + u"T09:00:00+00:00\n---\n\nHello readers.\n\nFrom our sponsor, Acme\n"
          "=======================\n\nAcme makes "
          "anvils.\n<br>[https://acme.example.com/](https://acme.example.com/)\n\n"
          "News\n====\n\nA story about issue "_s
        + QString::number(number) + u".\n<br>[https://news.example.org/"_s + QString::number(number)
        + u"](https://news.example.org/"_s + QString::number(number) + u")\n\n"_s + extra + u'\n';
}

} // namespace storetest
