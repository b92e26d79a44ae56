#pragma once

#include "result.h"
#include "store/inboxitem.h"

#include <QByteArray>

namespace galley {

// What `galley inbox import FILE` reads: an RSS or Atom feed (XML) or a browser's bookmarks
// export (HTML), told apart by their first bytes, whatever the file's name. An Error a person
// can act on for anything else.
Result<QList<InboxCapture>> readInboxFile(const QByteArray &bytes);

} // namespace galley
