#include "feedreader.h"

#include "bookmarksreader.h"
#include "inbox/inboxurls.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct FeedreaderTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Inbox)
};

// A summary is a hint for the person triaging, not the article.
constexpr qsizetype MaxDescription = 600;

QString shortened(const QString &text)
{
    if (text.size() <= MaxDescription)
        return text;
    return text.left(MaxDescription - 1).trimmed() + u'…';
}

// One <item> or <entry>, read up to its end tag.
InboxCapture readEntry(QXmlStreamReader &xml)
{
    InboxCapture c;
    c.source = InboxSource::Feed;
    QString guid;
    QString content;
    // Every branch reads its element to the end tag, so the loop stops at the entry's own.
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == u"link") {
            const QString rel = xml.attributes().value(u"rel"_s).toString();
            const QString href = xml.attributes().value(u"href"_s).toString();
            if (!href.isEmpty()) { // Atom
                if ((rel.isEmpty() || rel == u"alternate") && c.url.isEmpty())
                    c.url = href.trimmed();
                xml.skipCurrentElement();
            } else {
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (c.url.isEmpty())
                    c.url = text.trimmed();
            }
        } else if (name == u"title") {
            c.title = htmlToText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == u"description" || name == u"summary") {
            c.description = htmlToText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == u"content" || name == u"encoded") {
            content = htmlToText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == u"guid" || name == u"id") {
            guid = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (c.url.isEmpty())
        c.url = guid; // an RSS guid is the permalink unless it says otherwise
    if (c.description.isEmpty())
        c.description = content;
    c.description = shortened(c.description);
    return c;
}
} // namespace

Result<QList<InboxCapture>> readFeed(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QList<InboxCapture> out;
    bool isFeed = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"rss" || name == u"feed" || name == u"RDF")
            isFeed = true;
        if (!isFeed) {
            return Error {
                {},
                int(xml.lineNumber()),
                FeedreaderTr::tr("This XML file is no RSS or Atom feed (it starts with <%1>).")
                    .arg(name.toString()),
                Error::Failed};
        }
        if (name == u"item" || name == u"entry") {
            InboxCapture c = readEntry(xml);
            if (const auto url = inboxUrl(c.url); url && c.url.contains(u"://"_s)) {
                c.url = *url;
                out.append(c);
            }
        }
    }
    if (xml.hasError())
        return Error {{},
                      int(xml.lineNumber()),
                      FeedreaderTr::tr("The feed cannot be read: %1.").arg(xml.errorString()),
                      Error::Failed};
    if (!isFeed)
        return Error {{}, 0, FeedreaderTr::tr("This file holds no feed."), Error::Failed};
    return out;
}

} // namespace galley
