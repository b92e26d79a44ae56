#pragma once
// The fixture archive (tests/data/fixtures: issues #101-#103) imported into a store, for the
// window tests of New Issue, Add Link, Check and Link History.

#include "issuedocument.h"
#include "issuestructure.h"
#include "store/store.h"

#include <QFile>
#include <QString>

namespace galley::gui::test {

inline QString fixtureText(const QString &name)
{
    QFile f(QStringLiteral(GALLEY_TEST_DATA) + QStringLiteral("/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Imports #101-#103 as sent issues; false when any of them does not land.
inline bool importFixtureArchive(const QString &dbPath)
{
    Store store;
    if (!store.open(dbPath))
        return false;
    for (const char *name : {"ops-weekly-101.md", "ops-weekly-102.md", "ops-weekly-103.md"}) {
        const QString text = fixtureText(QString::fromLatin1(name));
        if (text.isEmpty() || !store.importDocument(text))
            return false;
    }
    return true;
}

// The shape of the text in the editor (front matter skipped).
inline IssueStructure structureOf(const QString &text)
{
    const auto doc = IssueDocument::fromText(text);
    return doc ? analyseIssue(doc->body()) : IssueStructure {};
}

inline QStringList sectionNames(const QString &text)
{
    QStringList names;
    for (const IssueSection &s : structureOf(text).sections)
        names << s.heading;
    return names;
}

} // namespace galley::gui::test
