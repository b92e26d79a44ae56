#pragma once

#include "result.h"
#include "store/inboxitem.h"

#include <QByteArray>

namespace galley {

// The entries of an RSS 2.0 (also 0.9x and 1.0) or Atom feed as inbox captures (source Feed):
// each entry's link, title and summary as plain text. Entries without an http(s) link are
// left out. An Error (with the line) when the bytes are not well-formed XML or no feed.
Result<QList<InboxCapture>> readFeed(const QByteArray &bytes);

} // namespace galley
