#pragma once

// The fixture archive as the planner and the check take it (plain structs, no store).
#include "archiveinference.h"
#include "fixturearchive.h"

using galley::testsupport::fixtureText;

inline QList<galley::ArchiveIssue> fixtureArchive()
{
    QList<galley::ArchiveIssue> archive;
    qint64 id = 1;
    for (const QString &name : galley::testsupport::fixtureArchiveNames()) {
        if (const auto issue = galley::archiveIssueFromDocument(
                galley::testsupport::fixtureImportedText(name), id++))
            archive << *issue;
    }
    return archive;
}
