#include "archivesponsors.h"

#include "issuedocument.h"
#include "issuestructure.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
// Issue order: by number, by date when either has none (as the planner orders the archive).
bool earlierThan(const std::optional<int> &numberA, const QDate &dateA,
                 const std::optional<int> &numberB, const QDate &dateB)
{
    if (numberA && numberB && *numberA != *numberB)
        return *numberA < *numberB;
    return dateA < dateB;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// The line after the heading that starts on 1-based `startLine`: an ATX heading is one line, a
// setext heading's text runs down to its underline.
qsizetype headingEnd(const QStringList &lines, int startLine)
{
    const qsizetype first = startLine - 1;
    if (first < 0 || first >= lines.size() || lines.at(first).trimmed().startsWith(u'#'))
        return startLine;
    static const QRegularExpression underline(uR"(^ {0,3}(=+|-+)[ \t]*\r?$)"_s);
    for (qsizetype i = first + 1; i < lines.size() && !isBlank(lines.at(i)); ++i) {
        if (underline.match(lines.at(i)).hasMatch())
            return i + 1;
    }
    return startLine;
}

// The library refuses a link that is not a web address (the Sponsors dialog's check), so an
// archive's `mailto:` or relative link is not carried into it.
bool isWebLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
        && !url.host().isEmpty();
}
} // namespace

Sponsor ArchiveSponsor::toSponsor(const QString &defaultLabel) const
{
    Sponsor s;
    s.name = name;
    s.copy = copy;
    s.link = link;
    QString label = heading;
    const qsizetype at = label.lastIndexOf(name);
    if (!name.isEmpty() && at >= 0)
        label.replace(at, name.size(), u"{name}"_s);
    if (label.compare(defaultLabel, Qt::CaseInsensitive) != 0)
        s.label = label;
    return s;
}

SponsorBlockText sponsorBlockText(const QString &markdownBody, const SponsorBlock &block)
{
    SponsorBlockText out;
    const QStringList all = markdownBody.split(u'\n');
    // Lines are 1-based; the copy starts on the line after the heading's last.
    QStringList lines;
    for (qsizetype i = headingEnd(all, block.startLine); i < block.endLine && i < all.size(); ++i) {
        QString line = all.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines << line;
    }
    while (!lines.isEmpty() && isBlank(lines.first()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlank(lines.last()))
        lines.removeLast();

    static const QRegularExpression linkLine(
        uR"(^\s*(?:<br\s*/?>\s*)?\[[^\]]*\]\(\s*<?([^\s<>()]+)>?\s*\)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!lines.isEmpty()) {
        const auto m = linkLine.match(lines.last());
        if (m.hasMatch()) {
            out.link = m.captured(1);
            lines.removeLast();
            while (!lines.isEmpty() && isBlank(lines.last()))
                lines.removeLast();
        }
    }
    if (out.link.isEmpty())
        out.link = block.urls.value(0);
    if (!isWebLink(out.link))
        out.link.clear();
    out.copy = lines.join(u'\n');
    return out;
}

std::optional<ArchiveText> archiveTextFromDocument(const QString &document)
{
    const auto doc = IssueDocument::fromText(document);
    if (!doc)
        return std::nullopt;
    return ArchiveText {doc->issueNumber(), doc->date().date(), doc->body()};
}

QList<ArchiveSponsor> sponsorsInArchive(const QList<ArchiveText> &archive,
                                        const QString &sponsorLabelPrefix)
{
    QList<const ArchiveText *> issues;
    for (const ArchiveText &issue : archive)
        issues << &issue;
    // Oldest first: each later block replaces the name, heading, copy and link.
    std::stable_sort(issues.begin(), issues.end(), [](const ArchiveText *a, const ArchiveText *b) {
        return earlierThan(a->number, a->date, b->number, b->date);
    });

    QList<ArchiveSponsor> found;
    QHash<QString, qsizetype> byName;
    for (const ArchiveText *issue : std::as_const(issues)) {
        const IssueStructure s = analyseIssue(issue->body, sponsorLabelPrefix);
        if (!s.topSponsor || s.topSponsor->name.isEmpty())
            continue;
        const SponsorBlock &block = *s.topSponsor;
        const QString key = normalisedText(block.name);
        qsizetype index = byName.value(key, -1);
        if (index < 0) {
            index = found.size();
            byName.insert(key, index);
            ArchiveSponsor first;
            first.firstNumber = issue->number;
            first.firstDate = issue->date;
            found << first;
        }
        ArchiveSponsor &sponsor = found[index];
        const SponsorBlockText text = sponsorBlockText(issue->body, block);
        sponsor.name = block.name;
        sponsor.heading = block.heading;
        sponsor.copy = text.copy;
        sponsor.link = text.link;
        sponsor.lastNumber = issue->number;
        sponsor.lastDate = issue->date;
        ++sponsor.issueCount;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ArchiveSponsor &a, const ArchiveSponsor &b) {
                         return earlierThan(b.lastNumber, b.lastDate, a.lastNumber, a.lastDate);
                     });
    return found;
}

SponsorImport addArchiveSponsors(SponsorBook &book, const QList<ArchiveSponsor> &found,
                                 const QString &defaultLabel)
{
    SponsorImport result;
    for (const ArchiveSponsor &sponsor : found) {
        if (book.sponsor(sponsor.name)) {
            result.skipped << sponsor;
            continue;
        }
        book.sponsors << sponsor.toSponsor(defaultLabel);
        result.added << sponsor;
    }
    return result;
}

} // namespace galley
