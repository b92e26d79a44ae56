#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

// Where an inbox item came from. The names (inboxSourceName) are what the store and the CLI's
// JSON write.
enum class InboxSource { Typed, Pasted, Dropped, Feed, Bookmarks, CommandLine };
QString inboxSourceName(InboxSource source);
std::optional<InboxSource> inboxSourceFromName(const QString &name);

// New: waiting to be triaged. Used: added to an issue (which one is kept). Dismissed: set
// aside; it stays in the store so that capturing the same link again does not bring it back.
enum class InboxState { New, Used, Dismissed };
QString inboxStateName(InboxState state);
std::optional<InboxState> inboxStateFromName(const QString &name);

// One link to capture, as the person (or a feed, or a bookmarks file) gave it. Only the URL is
// required; capturing never needs the network (titles come later, see Store::setInboxTitle).
struct InboxCapture
{
    QString url;
    QString title;
    QString description;
    QString note;
    QString section; // the section it is meant for; empty: none yet
    InboxSource source = InboxSource::Typed;
};

struct InboxItem
{
    qint64 id = 0;
    QString url; // as first captured
    QString normalized; // normalizeUrl(url): the same link twice is one item
    QString title;
    QString description;
    QString note;
    QString section;
    InboxSource source = InboxSource::Typed;
    QDateTime added; // UTC
    InboxState state = InboxState::New;
    qint64 usedIssueId = 0; // with Used: the issue it went into (0 when that issue is gone)
    std::optional<int> usedNumber; // with Used: that issue's number when it had one
    QString fetchError; // why the page's title could not be read; empty when it was or not yet
    bool fetched = false; // the page has been asked for its title (successfully or not)
};

// What capturing one link did: a new item, or the note (and missing title) added to the item
// the link already had.
struct InboxAddOutcome
{
    qint64 id = 0;
    bool merged = false;
    InboxState state = InboxState::New; // the item's state (a merged item keeps its own)
};

// New items captured before a time: how many, and the oldest few (oldest first).
struct InboxWaiting
{
    int count = 0;
    QList<InboxItem> oldest;
};

} // namespace galley
