#pragma once

// The fixture archive as the planner and the check take it (plain structs, no store).
#include "archiveinference.h"
#include "fixturefiles.h"

using galley::testsupport::fixtureText;

inline QList<galley::ArchiveIssue> fixtureArchive()
{
    QList<galley::ArchiveIssue> archive;
    qint64 id = 1;
    for (const QString &name : galley::testsupport::fixtureArchiveNames()) {
        if (const auto issue = galley::archiveIssueFromDocument(fixtureText(name), id++))
            archive << *issue;
    }
    return archive;
}
