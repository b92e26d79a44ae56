#pragma once
// The fixture archive (Ops Weekly #101-#103) imported into a store, the set-up of the settings
// dialogs', the window commands' and the core's archive tests. Needs galley_core.

#include "fixturefiles.h"
#include "issuedocument.h"
#include "store/store.h"

namespace galley::testsupport {

// The file's text as `galley import` stores it (a mailbox archive's `>From ` quoting undone).
inline QString fixtureImportedText(const QString &name)
{
    const auto doc = IssueDocument::fromFileText(fixtureText(name), name);
    return doc ? doc->toMarkdown() : QString();
}

// Imports #101-#103 as sent issues into the store at `dbPath` (created when missing); false when
// the store cannot be opened or any of them does not land.
inline bool importFixtureArchive(const QString &dbPath)
{
    Store store;
    if (!store.open(dbPath))
        return false;
    for (const QString &name : fixtureArchiveNames()) {
        const QString text = fixtureImportedText(name);
        if (text.isEmpty() || !store.importDocument(text))
            return false;
    }
    return true;
}

} // namespace galley::testsupport
