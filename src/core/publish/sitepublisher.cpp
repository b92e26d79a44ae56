#include "sitepublisher.h"

#include "email/emaildocument.h"
#include "emailprofile.h"
#include "issuedocument.h"
#include "newslettertext.h"
#include "sitefeed.h"
#include "sitepages.h"
#include "sitesettings.h"
#include "sitewriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SitePublisherTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SitePublisher)
};

// Goes up whenever the pages' HTML changes shape, so that a newer Galley rewrites every page.
constexpr auto pagesFormat = "galley-site-pages-1";
// Issues read from the store and rendered per round: progress is reported between rounds.
constexpr int renderRound = 64;

bool folderIsEmpty(const QString &dir)
{
    return QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QString hashOf(const QStringList &parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// What the page of an issue shows of a neighbour.
QString neighbourKey(const SiteIssue *issue)
{
    return issue ? issue->folder + u'|' + issue->shortLabel() + u'|' + issue->dateText : QString();
}

struct RenderedIssue
{
    QByteArray body;
    QString excerpt;
};

RenderedIssue renderIssue(const QString &document, const EmailSettings &settings)
{
    const auto doc = IssueDocument::fromText(document);
    if (!doc) // the store keeps only documents that parse; should one not, show its text
        return {"<pre>" + document.toHtmlEscaped().toUtf8() + "</pre>\n", {}};
    WebArticle article = issueWebArticle(*doc, settings);
    return {std::move(article.body), std::move(article.excerpt)};
}

Error refusal(const QString &message, Error::Code code = Error::Failed)
{
    return Error {{}, 0, message, code};
}
} // namespace

Result<PublishReport> SitePublisher::publish(const QString &outDir, const PublishOptions &options)
{
    const auto siteSettings = loadSiteSettings(m_store);
    if (!siteSettings)
        return siteSettings.error();
    const QString baseUrl = options.baseUrl.isEmpty() ? siteSettings->baseUrl : options.baseUrl;
    if (const QString problem = baseUrlProblem(baseUrl); !problem.isEmpty())
        return refusal(problem);
    if (outDir.trimmed().isEmpty())
        return refusal(SitePublisherTr::tr("Name the folder to publish the site into."));

    // The folder: a Galley site (its manifest), an empty or new folder, or, with force, anything.
    const QString root = QDir::cleanPath(QDir(outDir).absolutePath());
    const QFileInfo rootInfo(root);
    std::optional<SiteManifest> previous;
    if (rootInfo.exists()) {
        if (!rootInfo.isDir())
            return refusal(SitePublisherTr::tr("%1 is a file, not a folder.").arg(root));
        QFile manifest(root + u'/' + SiteManifest::fileName());
        if (manifest.open(QIODevice::ReadOnly))
            previous = SiteManifest::fromJson(manifest.readAll());
        if (!previous && !options.force && !folderIsEmpty(root))
            return refusal(
                SitePublisherTr::tr("%1 is not empty and holds no site Galley published. Publish "
                                    "into an empty or new folder, or use --force to publish there "
                                    "anyway (files of the site's names are replaced; no other "
                                    "file is removed).")
                    .arg(root),
                Error::Conflict);
    } else if (!QDir().mkpath(root)) {
        return refusal(SitePublisherTr::tr("Cannot create the folder %1.").arg(root));
    }

    const auto email = loadEmailSettings(m_store);
    if (!email)
        return email.error();
    const auto list = m_store.listIssues();
    if (!list)
        return list.error();

    SiteInfo site;
    site.language = email->language.isEmpty() ? u"en"_s : email->language;
    site.baseUrl = normalisedBaseUrl(baseUrl);
    site.description = siteSettings->description.trimmed();
    site.issuesPerPage = std::clamp(siteSettings->issuesPerPage, 1, SiteSettings::maxIssuesPerPage);
    QList<SiteIssue> issues;
    QSet<QString> folders {u"page"_s, u"links"_s};
    const QLocale locale(site.language);
    for (const IssueSummary &summary : *list) {
        if (summary.deleted || summary.status != IssueStatus::Sent)
            continue;
        SiteIssue issue;
        issue.id = summary.id;
        issue.number = summary.number;
        issue.title = summary.title;
        issue.date = summary.date;
        issue.updated = summary.updated;
        issue.version = summary.version;
        // emailDateText's words, from the date the store keeps: no document is read for it.
        if (summary.date.isValid())
            issue.dateText = locale.toString(summary.date.date(), QLocale::LongFormat);
        issue.folder = issuePageFolder(siteSettings->slugPattern,
                                       {summary.id, summary.number, summary.title,
                                        summary.date.isValid() ? summary.date.date() : QDate()});
        // Two issues with one address (a number used twice): the later in the list yields.
        if (folders.contains(issue.folder))
            issue.folder += u"-"_s + QString::number(summary.id);
        folders.insert(issue.folder);
        issues << issue;
    }
    site.title = siteSettings->title.trimmed();
    if (site.title.isEmpty())
        site.title = email->effectiveName(issues.isEmpty() ? QString() : issues.first().title);
    if (site.title.isEmpty())
        site.title = newsletterText(
            site.language, QT_TRANSLATE_NOOP("galley::NewsletterText", "Newsletter archive"));

    // Every page depends on these; when they change, every issue is rendered again.
    const QString inputsKey
        = hashOf({QString::fromLatin1(pagesFormat), site.title, site.description, site.language,
                  site.baseUrl, QString::number(site.issuesPerPage), siteSettings->slugPattern,
                  email->sponsorLabelPrefix, email->newsletterName});
    const QJsonObject cache
        = previous && previous->inputsKey == inputsKey ? previous->issues : QJsonObject();

    SiteManifest next;
    next.inputsKey = inputsKey;
    // The feed carries the latest issues' HTML. What it is made of: when that is unchanged (an
    // older issue was edited), the feed on disk stays and its issues are not rendered again.
    const qsizetype feedCount = std::min<qsizetype>(siteFeedEntries, issues.size());
    QStringList feedInputs {inputsKey};
    for (qsizetype i = 0; i < feedCount; ++i)
        feedInputs << QString::number(issues[i].id) + u':' + QString::number(issues[i].version)
                + u':' + issues[i].folder + u':' + issues[i].updated.toString(Qt::ISODateWithMs);
    next.feedKey = hashOf(feedInputs);
    const QString feedPath = u"feed.xml"_s;
    const bool feedUpToDate = previous && previous->feedKey == next.feedKey
        && previous->files.contains(feedPath) && QFileInfo::exists(root + u'/' + feedPath);
    QList<QString> pageKeys(issues.size());
    QList<qsizetype> toRender;
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const SiteIssue *newer = i > 0 ? &issues[i - 1] : nullptr;
        const SiteIssue *older = i + 1 < issues.size() ? &issues[i + 1] : nullptr;
        SiteIssue &issue = issues[i];
        pageKeys[i] = hashOf({QString::number(issue.id), QString::number(issue.version),
                              issue.folder, neighbourKey(newer), neighbourKey(older)});
        const QJsonObject cached = cache.value(QString::number(issue.id)).toObject();
        const bool upToDate = cached.value(u"key"_s).toString() == pageKeys[i] && previous
            && previous->files.contains(issue.pagePath())
            && QFileInfo::exists(root + u'/' + issue.pagePath());
        if (upToDate)
            issue.excerpt = cached.value(u"excerpt"_s).toString();
        if (!upToDate || (i < feedCount && !feedUpToDate))
            toRender << i;
        else
            next.files.insert(issue.pagePath(), previous->files.value(issue.pagePath()));
    }

    // Read in rounds on this thread (the store's), rendered on every core.
    QMap<QString, QByteArray> content;
    QList<QByteArray> feedBodies(feedCount);
    PublishReport report;
    for (qsizetype start = 0; start < toRender.size(); start += renderRound) {
        const QList<qsizetype> round = toRender.mid(start, renderRound);
        QList<QString> documents;
        for (const qsizetype i : round) {
            auto stored = m_store.issue(issues[i].id);
            if (!stored)
                return stored.error();
            documents << stored->document;
        }
        const QList<RenderedIssue> rendered = QtConcurrent::blockingMapped(
            documents, [&settings = *email](const QString &d) { return renderIssue(d, settings); });
        for (qsizetype k = 0; k < round.size(); ++k) {
            const qsizetype i = round[k];
            issues[i].excerpt = rendered[k].excerpt;
            if (i < feedBodies.size())
                feedBodies[i] = rendered[k].body;
        }
        // The pages once every excerpt of this round is known (neighbours show no excerpt).
        for (qsizetype k = 0; k < round.size(); ++k) {
            const qsizetype i = round[k];
            content.insert(issues[i].pagePath(),
                           siteIssuePage(site, issues[i], rendered[k].body,
                                         i > 0 ? &issues[i - 1] : nullptr,
                                         i + 1 < issues.size() ? &issues[i + 1] : nullptr));
        }
        report.rendered += int(round.size());
        if (options.progress)
            options.progress(int(std::min(start + renderRound, toRender.size())),
                             int(toRender.size()));
    }

    // The pages made from every issue: index pages, links, feed, sitemap, style.
    const int pages = siteIndexPageCount(int(issues.size()), site.issuesPerPage);
    for (int page = 1; page <= pages; ++page)
        content.insert(siteIndexPath(page), siteIndexPage(site, issues, page));
    // The links page: only when the links of an issue, or the issues' addresses and labels,
    // changed. Each issue's links are summed up in a hash kept in the manifest; only the
    // issues edited since are read for it (all links at once on a first publish).
    std::optional<QList<LinkUse>> allUses;
    QHash<qint64, QStringList> linksOf; // issue id -> its links, as hashed
    const auto linkEntry = [](const LinkUse &use) -> QString {
        return use.normalized + u'\x1f' + use.url + (use.sponsor ? u"\x1fs"_s : QString());
    };
    QList<qsizetype> unknown; // issues whose links were not hashed at this version
    QList<QString> linkHashes(issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const QJsonObject cached = cache.value(QString::number(issues[i].id)).toObject();
        if (cached.value(u"version"_s).toInteger(-1) == issues[i].version
            && cached.contains(u"links"_s))
            linkHashes[i] = cached.value(u"links"_s).toString();
        else
            unknown << i;
    }
    if (unknown.size() > renderRound) {
        auto uses = m_store.allLinkUses();
        if (!uses)
            return uses.error();
        for (const LinkUse &use : std::as_const(*uses))
            linksOf[use.issueId] << linkEntry(use);
        allUses = std::move(*uses);
    } else {
        for (const qsizetype i : std::as_const(unknown)) {
            const auto uses = m_store.issueLinkUses(issues[i].id);
            if (!uses)
                return uses.error();
            QStringList &entries = linksOf[issues[i].id];
            for (const LinkUse &use : *uses)
                entries << linkEntry(use);
        }
    }
    for (const qsizetype i : std::as_const(unknown)) {
        QStringList entries = linksOf.value(issues[i].id);
        entries.sort(); // the store gives them in no particular order
        linkHashes[i] = hashOf(entries);
    }
    QStringList linkInputs {inputsKey};
    for (qsizetype i = 0; i < issues.size(); ++i)
        linkInputs << QString::number(issues[i].id) + u':' + issues[i].folder + u':'
                + issues[i].shortLabel() + u':' + linkHashes[i];
    next.linksKey = hashOf(linkInputs);
    if (previous && previous->linksKey == next.linksKey && previous->files.contains(siteLinksPath())
        && QFileInfo::exists(root + u'/' + siteLinksPath())) {
        next.files.insert(siteLinksPath(), previous->files.value(siteLinksPath()));
    } else {
        if (!allUses) {
            auto uses = m_store.allLinkUses();
            if (!uses)
                return uses.error();
            allUses = std::move(*uses);
        }
        const QList<LinkUse> &uses = *allUses;
        QHash<qint64, int> indexOfId;
        for (qsizetype i = 0; i < issues.size(); ++i)
            indexOfId.insert(issues[i].id, int(i));
        QList<SiteLink> linkList;
        QList<QString> keys;
        QHash<QString, qsizetype> linkAt; // normalised URL -> its place in linkList
        for (const LinkUse &use : uses) {
            const auto at = indexOfId.constFind(use.issueId);
            // Sponsor links are advertisements, repeated by design: the page lists what the
            // editor chose to feature.
            if (at == indexOfId.cend() || use.sponsor
                || !(use.url.startsWith(u"https://"_s, Qt::CaseInsensitive)
                     || use.url.startsWith(u"http://"_s, Qt::CaseInsensitive)))
                continue;
            auto found = linkAt.constFind(use.normalized);
            if (found == linkAt.cend()) {
                found = linkAt.insert(use.normalized, linkList.size());
                linkList.append(SiteLink {use.url, {}});
                keys.append(use.normalized);
            }
            SiteLink &link = linkList[*found];
            // The URL as the newest issue wrote it (the list is newest first).
            if (link.issues.isEmpty() || *at < link.issues.first()) {
                link.url = use.url;
                link.issues.prepend(*at);
            } else if (!link.issues.contains(*at))
                link.issues.append(*at);
        }
        // By normalised URL, each link's issues newest first: the same bytes whatever order
        // the store read them in.
        QList<qsizetype> order(linkList.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&keys](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
        QList<SiteLink> sorted;
        sorted.reserve(linkList.size());
        for (const qsizetype k : order) {
            SiteLink &link = linkList[k];
            std::sort(link.issues.begin(), link.issues.end());
            sorted.append(std::move(link));
        }
        linkList = std::move(sorted);
        content.insert(siteLinksPath(), siteLinksPage(site, issues, linkList));
    }
    // What the next publish needs to know of each issue without reading it.
    for (qsizetype i = 0; i < issues.size(); ++i)
        next.issues.insert(QString::number(issues[i].id),
                           QJsonObject {{u"key"_s, pageKeys[i]},
                                        {u"excerpt"_s, issues[i].excerpt},
                                        {u"version"_s, issues[i].version},
                                        {u"links"_s, linkHashes[i]}});
    if (feedUpToDate)
        next.files.insert(feedPath, previous->files.value(feedPath));
    else
        content.insert(feedPath, siteAtomFeed(site, issues.mid(0, feedCount), feedBodies));
    content.insert(u"sitemap.xml"_s, siteSitemap(site, issues));
    content.insert(siteStyleSheetPath(), siteStyleSheet());

    QMap<QString, QByteArray> changed;
    for (auto it = content.cbegin(); it != content.cend(); ++it) {
        const QString hash = siteContentHash(it.value());
        next.files.insert(it.key(), hash);
        if (!previous || previous->files.value(it.key()) != hash
            || !QFileInfo::exists(root + u'/' + it.key()))
            changed.insert(it.key(), it.value());
    }

    SiteWriteOptions writeOptions;
    writeOptions.failAfterBytes = options.failAfterBytes;
    writeOptions.checkFreeSpace = options.checkFreeSpace;
    auto written = writeSite(root, changed, previous.value_or(SiteManifest()), next, writeOptions);
    if (!written)
        return written.error();
    report.issues = int(issues.size());
    report.files = int(next.files.size());
    report.written = written->written;
    report.removed = written->removed;
    report.manifestWritten = written->manifestWritten;
    return report;
}

} // namespace galley
