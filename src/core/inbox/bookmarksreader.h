#pragma once

#include "store/inboxitem.h"

#include <QByteArray>
#include <QString>

namespace galley {

// The links of a browser's bookmarks export (the Netscape bookmark file every browser writes:
// <DL><DT><A HREF=...>title</A><DD>description), parsed as HTML5 with gumbo, so whatever a
// browser writes (unclosed <DT> and <p>, entities, upper-case tags) reads as a browser would
// read it. Only http(s) links; source Bookmarks.
QList<InboxCapture> readBookmarks(const QByteArray &utf8);

// The text a piece of HTML shows (a feed's summary, an HTML title): entities decoded, tags,
// scripts and styles gone, white space collapsed. Plain text comes back as it was, trimmed.
QString htmlToText(const QString &html);

} // namespace galley
