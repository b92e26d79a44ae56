#pragma once

#include "store.h"

#include <QList>
#include <QString>

namespace galley {

// What importing a file does when the store already has issues with its number. One rule for
// the command line's `galley import` and the window, so that neither replaces a person's work:
// an archived (sent) issue may be updated from a newer copy of the file; a draft or a scheduled
// issue is never replaced: the file becomes a new draft beside it, and the report says so.
struct ImportCandidate
{
    qint64 id = 0;
    qint64 version = 0;
    IssueStatus status = IssueStatus::Sent;
    bool deleted = false;
    bool sameDocument = false;
};

struct ImportAction
{
    enum Kind {
        AddArchived, // nothing has this number: a new archived issue
        Unchanged, // an issue already holds exactly this text
        UpdateArchived, // `target` is archived: update it (its old text stays as a revision)
        NewDraftBeside, // `target` is a draft or scheduled: never replaced; the file becomes a new
                        // draft
    };
    Kind kind = AddArchived;
    qint64 target = 0;
    qint64 targetVersion = 0;
};

// `existing`: the issues with the file's number (or, without a number, those with the same text),
// live ones before those in the Trash.
ImportAction decideImport(const QList<ImportCandidate> &existing);

} // namespace galley
