#pragma once
// The fixture archive (tests/data/fixtures: issues #101-#103) imported into a store, for the
// window tests of New Issue, Add Link, Check and Link History.

#include "drafts/draftsession.h"
#include "fixturearchive.h"
#include "issuedocument.h"
#include "issuestructure.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QString>

namespace galley::gui::test {

using testsupport::fixtureText;
using testsupport::importFixtureArchive;

// A window on a store holding the fixture archive, with a new issue (#104) created through New
// Issue and open in the editor; null when any step fails.
inline std::unique_ptr<MainWindow> openWindowOnNewIssue(const QString &dbPath)
{
    if (!importFixtureArchive(dbPath))
        return nullptr;
    auto window = openWindow(dbPath);
    if (!window)
        return nullptr;
    const qint64 before = window->session()->issueId();
    window->actions()->action(ActionRegistry::NewIssue)->trigger();
    if (!QTest::qWaitFor([&] { return window->session()->issueId() != before; }, 10000))
        return nullptr;
    return window;
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
