#include "linkcheck/linkcheck.h"

#include "cmarknode.h"
#include "issuestructure.h"
#include "markdowntree.h"
#include "store/urlnormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct LinkCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::LinkCheck)
};

const QList<std::pair<LinkStatus, QString>> &statusNames()
{
    static const QList<std::pair<LinkStatus, QString>> names = {
        {LinkStatus::Ok, u"ok"_s},
        {LinkStatus::Redirected, u"redirected"_s},
        {LinkStatus::MovedPermanently, u"moved-permanently"_s},
        {LinkStatus::HttpError, u"http-error"_s},
        {LinkStatus::DnsFailure, u"dns-failure"_s},
        {LinkStatus::TlsError, u"tls-error"_s},
        {LinkStatus::Refused, u"connection-refused"_s},
        {LinkStatus::Timeout, u"timeout"_s},
        {LinkStatus::RedirectLoop, u"redirect-loop"_s},
        {LinkStatus::TooManyRedirects, u"too-many-redirects"_s},
        {LinkStatus::NetworkError, u"network-error"_s},
        {LinkStatus::Offline, u"offline"_s},
        {LinkStatus::Skipped, u"skipped"_s},
    };
    return names;
}

// The body line (1-based) where `url` is written at or after `fromLine`, else `fromLine`.
int lineOf(const QStringList &lines, const QString &url, int fromLine)
{
    for (int i = std::max(fromLine, 1); i <= lines.size(); ++i) {
        if (lines.at(i - 1).contains(url))
            return i;
    }
    return fromLine;
}
} // namespace

QString linkStatusName(LinkStatus status)
{
    for (const auto &[s, name] : statusNames()) {
        if (s == status)
            return name;
    }
    return {};
}

std::optional<LinkStatus> linkStatusFromName(const QString &name)
{
    for (const auto &[s, n] : statusNames()) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

bool isBroken(const LinkCheck &check)
{
    switch (check.status) {
    case LinkStatus::Ok:
    case LinkStatus::Redirected:
    case LinkStatus::MovedPermanently:
    case LinkStatus::Offline:
    case LinkStatus::Skipped:
        return false;
    default:
        return true;
    }
}

QString describeLinkCheck(const LinkCheck &c)
{
    switch (c.status) {
    case LinkStatus::Ok:
        return LinkCheckTr::tr("answers (HTTP %1)").arg(c.httpStatus);
    case LinkStatus::Redirected:
        return LinkCheckTr::tr("redirects to %1").arg(c.finalUrl);
    case LinkStatus::MovedPermanently:
        return LinkCheckTr::tr("has moved permanently to %1").arg(c.finalUrl);
    case LinkStatus::HttpError:
        if (c.httpStatus == 404)
            return LinkCheckTr::tr("is not found (HTTP 404)");
        if (c.httpStatus == 410)
            return LinkCheckTr::tr("is gone for good (HTTP 410)");
        if (c.httpStatus == 429)
            return LinkCheckTr::tr("refuses more requests (HTTP 429), also after waiting as asked");
        if (c.httpStatus >= 500)
            return LinkCheckTr::tr("fails on the server (HTTP %1)").arg(c.httpStatus);
        return LinkCheckTr::tr("is refused (HTTP %1)").arg(c.httpStatus);
    case LinkStatus::DnsFailure:
        return LinkCheckTr::tr("names a host that does not exist (DNS lookup failed)");
    case LinkStatus::TlsError:
        return LinkCheckTr::tr("has a certificate that cannot be trusted (TLS error: %1)")
            .arg(c.detail);
    case LinkStatus::Refused:
        return LinkCheckTr::tr("refuses the connection");
    case LinkStatus::Timeout:
        return LinkCheckTr::tr("does not answer (timed out)");
    case LinkStatus::RedirectLoop:
        return LinkCheckTr::tr("redirects in a loop");
    case LinkStatus::TooManyRedirects:
        return LinkCheckTr::tr("redirects more than 10 times");
    case LinkStatus::NetworkError:
        return LinkCheckTr::tr("cannot be reached (%1)").arg(c.detail);
    case LinkStatus::Offline:
        return LinkCheckTr::tr("was not checked: offline");
    case LinkStatus::Skipped:
        return LinkCheckTr::tr("is not a web address");
    }
    return {};
}

QList<DocumentLink> documentLinks(const IssueDocument &doc)
{
    const QString body = doc.body();
    const int offset = doc.bodyFirstLine() - 1;
    QList<DocumentLink> out;
    const IssueStructure structure = analyseIssue(body);
    for (const IssueLink &l : structure.links)
        out << DocumentLink {l.url, l.line > 0 ? l.line + offset : 0, false};
    // Images are no links to the structure (nothing to feature twice), but a missing one is a
    // hole in the email.
    const QStringList lines = body.split(u'\n');
    const MarkdownTree tree(body.toUtf8());
    cmark_node *root = tree.root();
    for (cmark_node *n = root; n; n = cmarknode::following(n, root)) {
        if (cmarknode::type(n) != CMARK_NODE_IMAGE)
            continue;
        const QString url = QString::fromUtf8(cmarknode::url(n));
        if (url.isEmpty())
            continue;
        // Inline nodes carry no position: the block they are in does.
        cmark_node *block = n;
        while (block && cmark_node_get_start_line(block) == 0)
            block = cmarknode::parent(block);
        const int from = block ? cmark_node_get_start_line(block) : 1;
        out << DocumentLink {url, lineOf(lines, url, from) + offset, true};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DocumentLink &a, const DocumentLink &b) { return a.line < b.line; });
    return out;
}

bool isCheckableUrl(const QString &url)
{
    const QUrl u(url);
    const QString scheme = u.scheme().toLower();
    return (scheme == u"http" || scheme == u"https") && !u.host().isEmpty();
}

QStringList distinctCheckableUrls(const QList<DocumentLink> &links)
{
    QStringList urls;
    QSet<QString> seen;
    for (const DocumentLink &l : links) {
        if (!isCheckableUrl(l.url))
            continue;
        const QString key = normalizeUrl(l.url);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        urls << l.url;
    }
    return urls;
}

QList<Problem> linkProblems(const QList<DocumentLink> &links,
                            const QHash<QString, LinkCheck> &checks)
{
    QList<Problem> out;
    int offline = 0;
    QSet<QString> reported; // each address once, on its first line
    for (const DocumentLink &l : links) {
        if (!isCheckableUrl(l.url))
            continue;
        const QString key = normalizeUrl(l.url);
        const auto it = checks.constFind(key);
        if (it == checks.constEnd() || reported.contains(key))
            continue;
        reported.insert(key);
        const LinkCheck &c = *it;
        if (c.status == LinkStatus::Offline) {
            ++offline;
        } else if (isBroken(c)) {
            out << Problem {l.line, Severity::Error, u"broken-link"_s,
                            LinkCheckTr::tr("%1 %2.").arg(l.url, describeLinkCheck(c))};
        } else if (c.status == LinkStatus::MovedPermanently) {
            out << Problem {l.line,
                            Severity::Notice,
                            u"moved-link"_s,
                            LinkCheckTr::tr("%1 has moved permanently to %2: link there instead.")
                                .arg(l.url, c.finalUrl),
                            l.url,
                            c.finalUrl};
        } else if (c.httpsTwin) {
            out << Problem {l.line, Severity::Notice, u"https-available"_s,
                            LinkCheckTr::tr("%1 answers the same over https: link to %2 instead.")
                                .arg(l.url, u"https"_s + l.url.mid(4))};
        }
    }
    if (offline > 0) {
        out.prepend(Problem {
            0, Severity::Notice, u"links-offline"_s,
            LinkCheckTr::tr("Links not checked: offline (%n link(s)).", nullptr, offline)});
    }
    return out;
}

} // namespace galley
