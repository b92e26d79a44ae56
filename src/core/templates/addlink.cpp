#include "addlink.h"

#include "issuestructure.h"
#include "store/urlnormalizer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct AddLinkTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::AddLink)
};

Error error(Error::Code code, int line, const QString &message)
{
    Error e;
    e.code = code;
    e.line = line;
    e.message = message;
    return e;
}
} // namespace

Result<AddedLink> addLink(const QString &body, const QString &section, const QStringList &urls,
                          const QString &commentary, const IssueBlocks &blocks,
                          const LinkHistory &history, const QString &sponsorLabelPrefix)
{
    QStringList cleanUrls;
    for (const QString &u : urls) {
        if (!u.trimmed().isEmpty())
            cleanUrls << u.trimmed();
    }
    if (cleanUrls.isEmpty())
        return error(Error::Failed, 0, AddLinkTr::tr("Give at least one URL to add."));

    const IssueStructure s = analyseIssue(body, sponsorLabelPrefix);
    for (const QString &url : std::as_const(cleanUrls)) {
        const QString key = normalizeUrl(url);
        for (const IssueLink &link : s.links) {
            if (normalizeUrl(link.url) == key) {
                return error(Error::Conflict, link.line,
                             AddLinkTr::tr("%1 is already in this issue, on line %2.")
                                 .arg(url)
                                 .arg(link.line));
            }
        }
        if (cleanUrls.count(url) > 1)
            return error(Error::Conflict, 0, AddLinkTr::tr("%1 is given twice.").arg(url));
    }

    const IssueSection *target = nullptr;
    for (const IssueSection &sec : s.sections) {
        if (normalisedText(sec.heading) == normalisedText(section)) {
            target = &sec;
            break;
        }
    }
    if (!target) {
        QStringList names;
        for (const IssueSection &sec : s.sections)
            names << sec.heading;
        return error(Error::NotFound, 0,
                     AddLinkTr::tr("There is no section \"%1\" in this issue (it has: %2).")
                         .arg(section, names.join(u", "_s)));
    }

    const auto item = blocks.item(commentary, cleanUrls);
    if (!item)
        return item.error();

    QStringList lines = body.split(u'\n');
    int regionEnd = std::min<int>(target->endLine, int(lines.size()));
    if (s.closingSponsor && s.closingSponsor->startLine > target->headingLine
        && s.closingSponsor->startLine <= regionEnd)
        regionEnd = s.closingSponsor->startLine - 1;
    int last = regionEnd; // 1-based: the last non-blank line of the section
    while (last > target->headingLine && lines.at(last - 1).trimmed().isEmpty())
        --last;
    // A setext heading's underline belongs to the heading.
    if (last == target->headingLine && last < int(lines.size())
        && !lines.at(last).trimmed().isEmpty() && lines.at(last).trimmed().startsWith(u'='))
        ++last;

    QStringList insert {QString(), QString()};
    const QStringList itemLines = item->split(u'\n');
    insert << itemLines;
    const bool followedByText = last < int(lines.size()) && !lines.at(last).trimmed().isEmpty();
    if (followedByText)
        insert << QString() << QString();
    for (qsizetype i = 0; i < insert.size(); ++i)
        lines.insert(last + i, insert.at(i));

    AddedLink added;
    added.body = lines.join(u'\n');
    added.firstLine = last + 3;
    if (history) {
        for (const QString &url : std::as_const(cleanUrls)) {
            for (const EarlierFeature &f : history(url)) {
                if (!f.sponsor)
                    added.earlier << f;
            }
        }
    }
    return added;
}

Result<AddedItems> addItems(const QString &body, const QString &section,
                            const QList<NewItem> &items, const IssueBlocks &blocks,
                            const QString &sponsorLabelPrefix)
{
    AddedItems out;
    out.body = body;
    for (const NewItem &item : items) {
        auto added = addLink(out.body, section, item.urls, item.commentary, blocks, {},
                             sponsorLabelPrefix);
        if (!added) {
            if (added.error().code != Error::Conflict)
                return added.error();
            out.skipped << item.urls;
            continue;
        }
        if (out.added.isEmpty())
            out.firstLine = added->firstLine;
        out.added << item.urls;
        out.body = added->body;
    }
    return out;
}

} // namespace galley
