// The rules about links: featured in an earlier issue, twice in this one, not https, malformed.
#include "preflightrules.h"

#include "store/urlnormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PreflightlinksTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Preflight)
};

QString describe(const EarlierFeature &f)
{
    const QString when
        = f.date.isValid() ? f.date.toString(Qt::ISODate) : PreflightlinksTr::tr("undated");
    if (f.number)
        return PreflightlinksTr::tr("#%1 (%2)").arg(*f.number).arg(when);
    return PreflightlinksTr::tr("\"%1\" (%2)").arg(f.title, when);
}
} // namespace

LinkHistory archiveLinkHistory(const QList<ArchiveIssue> &archive)
{
    // Index every issue's links once, however many links are looked up.
    auto index = std::make_shared<QHash<QString, QList<EarlierFeature>>>();
    for (const ArchiveIssue &issue : archive) {
        QSet<QString> seen;
        for (const ArchiveLink &link : issue.links) {
            const QString key = normalizeUrl(link.url);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            (*index)[key] << EarlierFeature {issue.id, issue.number, issue.title, issue.date,
                                             link.sponsor};
        }
    }
    return [index](const QString &url) {
        return index->value(normalizeUrl(url));
    };
}

namespace preflight {

void checkLinks(const Input &in, QList<Problem> &out)
{
    const auto selfNumber = in.doc.issueNumber();
    const QDate selfDate = in.doc.date().date();
    const LinkHistory history
        = in.context.linkHistory ? in.context.linkHistory : archiveLinkHistory(in.others);
    QHash<QString, int> firstLine; // normalised URL -> file line of its first non-sponsor use
    for (const IssueLink &link : in.structure.links) {
        const int line = in.fileLine(link.line);
        const QUrl url(link.url);
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http") {
            out << Problem {
                line, Severity::Warning, u"insecure-link"_s,
                PreflightlinksTr::tr("%1 is not https: readers' browsers may warn or block it.")
                    .arg(link.url)};
        } else if (scheme != u"https" && scheme != u"mailto") {
            out << Problem {line, Severity::Warning, u"insecure-link"_s,
                            PreflightlinksTr::tr("%1 is not an https link.").arg(link.url)};
        }
        if (link.sponsor)
            continue; // sponsor links repeat, within the issue and across issues, by design
        const QString key = normalizeUrl(link.url);
        if (firstLine.contains(key)) {
            out << Problem {line, Severity::Error, u"duplicate-link"_s,
                            PreflightlinksTr::tr("%1 is already linked on line %2 of this issue.")
                                .arg(link.url)
                                .arg(firstLine.value(key))};
            continue;
        }
        firstLine.insert(key, line);
        if (!history)
            continue;
        QList<EarlierFeature> earlier;
        for (const EarlierFeature &f : history(link.url)) {
            if (f.sponsor || (in.context.selfId != 0 && f.issueId == in.context.selfId))
                continue;
            if (selfNumber && f.number) {
                if (*f.number >= *selfNumber)
                    continue;
            } else if (selfDate.isValid() && f.date.isValid() && f.date >= selfDate) {
                continue;
            }
            earlier << f;
        }
        if (earlier.isEmpty())
            continue;
        std::sort(earlier.begin(), earlier.end(), [](const auto &a, const auto &b) {
            return a.number.value_or(0) != b.number.value_or(0)
                ? a.number.value_or(0) > b.number.value_or(0)
                : a.date > b.date;
        });
        QStringList where;
        for (const EarlierFeature &f : std::as_const(earlier))
            where << describe(f);
        // Nothing left to fix once the issue has gone out: it is then only worth knowing.
        out << Problem {line, in.context.sent ? Severity::Notice : Severity::Warning,
                        u"earlier-link"_s,
                        PreflightlinksTr::tr("%1 was featured before, in %2.")
                            .arg(link.url, where.join(u", "_s))};
    }
}

void checkMalformedLinks(const Input &in, QList<Problem> &out)
{
    for (const auto &[bodyLine, text] : proseLines(in.doc.body())) {
        qsizetype from = 0;
        while ((from = text.indexOf(u"]("_s, from)) >= 0) {
            const qsizetype start = from;
            qsizetype i = from + 2;
            int depth = 1;
            while (i < text.size() && depth > 0) {
                if (text.at(i) == u'(')
                    ++depth;
                else if (text.at(i) == u')')
                    --depth;
                ++i;
            }
            from = i;
            if (depth > 0) {
                out << Problem {in.fileLine(bodyLine), Severity::Error, u"malformed-link"_s,
                                PreflightlinksTr::tr("A link is not closed: \"%1\" needs a ')'.")
                                    .arg(text.mid(start).left(80))};
                break;
            }
        }
    }
    // A link whose text is an address must go where it says (`[https://a](https://b)`).
    for (const IssueLink &link : in.structure.links) {
        const bool textIsUrl = link.text.startsWith(u"http://"_s, Qt::CaseInsensitive)
            || link.text.startsWith(u"https://"_s, Qt::CaseInsensitive);
        if (textIsUrl && normalizeUrl(link.text) != normalizeUrl(link.url)) {
            out << Problem {
                in.fileLine(link.line), Severity::Error, u"malformed-link"_s,
                PreflightlinksTr::tr("The link shows %1 but goes to %2.").arg(link.text, link.url)};
        }
    }
}

} // namespace preflight

} // namespace galley
