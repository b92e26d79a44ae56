#pragma once

#include "issuedocument.h"
#include "preflight.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

// What checking one link found. Only the reasons a reader would see a dead end are "broken";
// a redirect or an available https twin is worth knowing, and Offline / Skipped mean that
// nothing is known.
enum class LinkStatus {
    Ok,
    Redirected, // temporary redirects only (302, 303, 307): the link is fine as it is
    MovedPermanently, // a 301 or 308 on the way: the final URL is the better link
    HttpError, // 4xx or 5xx, `httpStatus` says which
    DnsFailure,
    TlsError,
    Refused,
    Timeout,
    RedirectLoop,
    TooManyRedirects,
    NetworkError, // any other transport failure, `detail` says which
    Offline, // not checked: no network
    Skipped, // not checked: not a web address (mailto:, relative)
};
// Stable names for the store and the JSON ("ok", "moved-permanently", "dns-failure", ...).
QString linkStatusName(LinkStatus status);
std::optional<LinkStatus> linkStatusFromName(const QString &name);

struct LinkCheck
{
    QString url; // as checked
    LinkStatus status = LinkStatus::Ok;
    int httpStatus = 0; // the last answer's HTTP status; 0 without one
    QString finalUrl; // where the redirects ended; empty without redirects
    int redirects = 0;
    bool httpsTwin = false; // an http:// link whose https:// twin answers the same
    QString detail; // the transport's own words, for NetworkError and TlsError
    QDateTime checked; // UTC
    bool fromCache = false;
};

// A reader following the link would not reach the page.
bool isBroken(const LinkCheck &check);
// One translated sentence: "404 Not Found", "the name does not resolve (DNS)", ...
QString describeLinkCheck(const LinkCheck &check);

// A link of a document where the checker looks at it: Markdown links, autolinks, item and
// sponsor link lines (all of IssueStructure::links) and image sources, in document order.
struct DocumentLink
{
    QString url;
    int line = 0; // 1-based in the whole file
    bool image = false;
};
QList<DocumentLink> documentLinks(const IssueDocument &doc);

// The URLs to check, one per normalised address (normalizeUrl), the first as written; links that
// are no web address (mailto:, #anchor, relative) are left out.
QStringList distinctCheckableUrls(const QList<DocumentLink> &links);
bool isCheckableUrl(const QString &url);

// The checks as problems on the links' lines, to join the preflight's: a broken link is an
// Error (rule "broken-link"), a permanent redirect a Notice suggesting the final URL
// ("moved-link"), an http link with an https twin a Notice ("https-available"). When any link
// could not be checked for want of a network, one Notice on no line says so ("links-offline")
// instead of problems that are not known. `checks` is keyed by normalised URL.
QList<Problem> linkProblems(const QList<DocumentLink> &links,
                            const QHash<QString, LinkCheck> &checks);

} // namespace galley
