#pragma once

#include "store/inboxitem.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace galley::gui {

// An inbox item as its row shows it, with what the archive and the open draft know of its link
// (read on the store's thread).
struct InboxRow
{
    InboxItem item;
    QList<int> featuredIn; // numbers of earlier issues that featured the link (newest first)
    int featuredUnnumbered = 0; // earlier issues without a number that did
    bool inDraft = false; // the open draft has the link already
};

// The row's lines: title (or URL); domain, age and marks; the note. Plain text: a title
// read from a page is shown, never interpreted.
QString inboxRowText(const InboxRow &row, const QDateTime &now);
// "today", "yesterday", "3 days ago", "2 weeks ago".
QString inboxAge(const QDateTime &added, const QDateTime &now);
// "featured in #41, #38", "in this draft"; empty when neither.
QString inboxMark(const InboxRow &row);

} // namespace galley::gui
