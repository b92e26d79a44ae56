#include "inboxfile.h"

#include "inbox/bookmarksreader.h"
#include "inbox/feedreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct InboxfileTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Inbox)
};
} // namespace

Result<QList<InboxCapture>> readInboxFile(const QByteArray &bytes)
{
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed();
    const QByteArray lower = head.toLower();
    if (lower.contains("netscape-bookmark-file") || lower.startsWith("<!doctype html")
        || lower.startsWith("<html") || lower.startsWith("<dl"))
        return readBookmarks(bytes);
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
        || lower.startsWith("<rdf"))
        return readFeed(bytes);
    return Error {
        {},
        0,
        InboxfileTr::tr("This file is neither an RSS or Atom feed nor a bookmarks file exported "
                        "from a browser (HTML)."),
        Error::Failed};
}

} // namespace galley
