#pragma once

// The fixture archive as the planner and the check take it (plain structs, no store).
#include "archiveinference.h"

#include <QFile>
#include <QString>

inline QString fixtureText(const QString &name)
{
    QFile f(QStringLiteral(GALLEY_TEST_DATA) + QStringLiteral("/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline QList<galley::ArchiveIssue> fixtureArchive()
{
    QList<galley::ArchiveIssue> archive;
    qint64 id = 1;
    for (const char *name : {"ops-weekly-101.md", "ops-weekly-102.md", "ops-weekly-103.md"}) {
        if (const auto issue
            = galley::archiveIssueFromDocument(fixtureText(QString::fromLatin1(name)), id++))
            archive << *issue;
    }
    return archive;
}
