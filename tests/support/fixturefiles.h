#pragma once
// The fixture archive's files (tests/data/fixtures: Ops Weekly #101-#103), for any test: by path
// for a command line, as text for a store or a parser. Needs only Qt Core.

#include <QFile>
#include <QString>
#include <QStringList>

namespace galley::testsupport {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(GALLEY_TEST_DATA) + QStringLiteral("/fixtures/") + name;
}

// The file's text; empty when it cannot be read (a test comparing with it then fails).
inline QString fixtureText(const QString &name)
{
    QFile f(fixturePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The three sent issues of the fixture archive, oldest first.
inline QStringList fixtureArchiveNames()
{
    return {QStringLiteral("ops-weekly-101.md"), QStringLiteral("ops-weekly-102.md"),
            QStringLiteral("ops-weekly-103.md")};
}

} // namespace galley::testsupport
