#pragma once

#include "sitepages.h"

#include <QByteArray>
#include <QList>

namespace galley {

// The latest issues the feed carries.
constexpr int siteFeedEntries = 20;

// An Atom feed (RFC 4287) of `latest` (newest first) with each issue's page HTML (`bodies`, in
// the same order) as its content. Ids are the pages' absolute URLs, which do not change when an
// issue is edited; `updated` is the store's time of the issue's last change, and the feed's the
// newest of them, so the same store gives the same bytes.
QByteArray siteAtomFeed(const SiteInfo &site, const QList<SiteIssue> &latest,
                        const QList<QByteArray> &bodies);
// sitemaps.org 0.9: the index pages, the link page and every issue with its last change.
QByteArray siteSitemap(const SiteInfo &site, const QList<SiteIssue> &issues);

// Text for XML character data and attribute values: &, <, >, " escaped, and the characters XML
// 1.0 does not allow (C0 controls but tab, newline and return; U+FFFE, U+FFFF, lone surrogates)
// left out.
QString xmlEscaped(const QString &text);

// The absolute URL of a page folder ("issues/101") or file, from the site's base URL.
QString siteUrl(const SiteInfo &site, const QString &path);

} // namespace galley
