#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// UTM tagging of the email's links (issue 21), a newsletter setting that is off by default. The
// values are templates: `{{number}}`, `{{date}}`, `{{newsletter}}` and `{{title}}` are filled in
// per issue.
struct UtmSettings
{
    bool enabled = false;
    QString source; // empty: the newsletter's name as a slug (utmSlug)
    QString medium = QStringLiteral("email");
    QString campaign = QStringLiteral("issue-{{number}}");
    // Hosts never tagged; each covers its subdomains ("example.com" covers "www.example.com").
    QStringList neverTagDomains;

    friend bool operator==(const UtmSettings &, const UtmSettings &) = default;
};

// Appends utm_source, utm_medium and utm_campaign (in that order, percent-encoded, after the
// existing query and before the #fragment) to http(s) links. Only the exported and previewed
// email is tagged: the Markdown, the fragment and the store keep the clean URLs, so duplicate
// detection and link history never see the parameters. A default-constructed tagger tags nothing.
class UtmTagger
{
public:
    UtmTagger() = default;
    // Empty values are left out; with all three empty the tagger tags nothing.
    UtmTagger(const QString &source, const QString &medium, const QString &campaign,
              const QStringList &neverTagDomains);

    bool isActive() const { return !m_query.isEmpty(); }
    // `url` with the parameters, or nullopt when it is left as it is: not http(s), no host, a
    // host in the never-tag list, a `utm_` parameter already there, or a merge tag inside
    // (`*|...|*`, `{{...}}`, `[...]`: the mailing service rewrites those, so their shape is its).
    std::optional<QByteArray> tagged(QByteArrayView url) const;
    QString tagged(const QString &url) const; // the URL itself when left as it is

private:
    bool isNeverTagged(QByteArrayView host) const;

    QByteArray m_query; // "utm_source=...&utm_medium=...&utm_campaign=..."
    QList<QByteArray> m_domains; // lower case, without a leading "*." or "."
};

// A name as a URL-friendly slug: ASCII letters and digits in lower case (accents dropped), every
// other run of characters one hyphen, none at the ends. "Ops Weekly!" -> "ops-weekly".
QString utmSlug(const QString &name);

// The never-tag list as a person types it: separated by commas, spaces or new lines, in lower
// case, "https://", a path and a leading "*." or "." dropped, empty entries skipped.
QStringList parseNeverTagDomains(const QString &text);

} // namespace galley
