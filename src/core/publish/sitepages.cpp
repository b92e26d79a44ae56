#include "sitepages.h"

#include "newslettertext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// toHtmlEscaped on UTF-8: the links page escapes tens of thousands of URLs. Runs of plain bytes
// go in one append.
void appendEscaped(QByteArray &out, QByteArrayView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *entity = text[i] == '&' ? "&amp;"
            : text[i] == '<'                ? "&lt;"
            : text[i] == '>'                ? "&gt;"
            : text[i] == '"'                ? "&quot;"
                                            : nullptr;
        if (!entity)
            continue;
        out.append(text.sliced(run, i - run));
        out.append(entity);
        run = i + 1;
    }
    out.append(text.sliced(run));
}

QString words(const SiteInfo &site, const char *source)
{
    return newsletterText(site.language, source);
}

QString timeElement(const SiteIssue &issue)
{
    if (!issue.date.isValid())
        return {};
    return u"<time datetime=\""_s + issue.date.toString(Qt::ISODate) + u"\">"_s
        + esc(issue.dateText) + u"</time>"_s;
}

// The page around `main`, the same on every page but for the title and the way back to the
// root. No script, no remote resource: one style sheet of the site's own.
QByteArray shell(const SiteInfo &site, const QString &path, const QString &title,
                 QByteArrayView main)
{
    const auto to = [&](const QString &target) {
        return esc(siteRelative(path, target));
    };
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + esc(site.language)
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + esc(title) + u"</title>\n"_s;
    if (!site.description.isEmpty())
        html += u"<meta name=\"description\" content=\""_s + esc(site.description) + u"\">\n"_s;
    const QString canonical = path.endsWith(u"index.html"_s) ? path.chopped(10) : path;
    html += u"<link rel=\"canonical\" href=\""_s + esc(site.baseUrl + canonical)
        + u"\">\n<link rel=\"stylesheet\" href=\""_s + to(siteStyleSheetPath())
        + u"\">\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\""_s + esc(site.title)
        + u"\" href=\""_s + to(u"feed.xml"_s) + u"\">\n</head>\n<body>\n"_s;
    html += u"<header class=\"site-header\">\n<p class=\"site-title\"><a href=\""_s
        + to(siteIndexPath(1)) + u"\">"_s + esc(site.title) + u"</a></p>\n<nav>"_s + u"<a href=\""_s
        + to(siteIndexPath(1)) + u"\">"_s
        + esc(words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "All issues")))
        + u"</a> <a href=\""_s + to(siteLinksPath()) + u"\">"_s
        + esc(words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "Every link")))
        + u"</a> <a href=\""_s + to(u"feed.xml"_s) + u"\">"_s
        + esc(words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "Feed")))
        + u"</a></nav>\n</header>\n<main>\n"_s;
    const QByteArray head = html.toUtf8();
    QByteArray page;
    page.reserve(head.size() + main.size() + 32);
    page += head;
    page += main;
    page += "</main>\n</body>\n</html>\n";
    return page;
}
} // namespace

QString SiteIssue::shortLabel() const
{
    return number ? u"#"_s + QString::number(*number) : title;
}

QString siteRelative(const QString &from, const QString &target)
{
    return u"../"_s.repeated(from.count(u'/')) + target;
}

QString siteIndexPath(int page)
{
    return page <= 1 ? u"index.html"_s : u"page/"_s + QString::number(page) + u"/index.html"_s;
}

int siteIndexPageCount(int issueCount, int perPage)
{
    return std::max(1, (issueCount + std::max(perPage, 1) - 1) / std::max(perPage, 1));
}

QByteArray siteIndexPage(const SiteInfo &site, const QList<SiteIssue> &issues, int page)
{
    const int pages = siteIndexPageCount(int(issues.size()), site.issuesPerPage);
    const QString path = siteIndexPath(page);
    const QString pageText
        = words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "Page %1 of %2"))
              .arg(page)
              .arg(pages);
    QString main = u"<h1>"_s + esc(site.title) + u"</h1>\n"_s;
    if (page == 1 && !site.description.isEmpty())
        main += u"<p class=\"site-description\">"_s + esc(site.description) + u"</p>\n"_s;
    if (issues.isEmpty())
        main += u"<p>"_s
            + esc(words(
                site,
                QT_TRANSLATE_NOOP("galley::NewsletterText", "No issue has been published yet.")))
            + u"</p>\n"_s;
    const int first = (page - 1) * site.issuesPerPage;
    const int last = std::min(int(issues.size()), first + site.issuesPerPage);
    if (first < last)
        main += u"<ol class=\"issue-list\">\n"_s;
    for (int i = first; i < last; ++i) {
        const SiteIssue &issue = issues[i];
        main += u"<li>\n<h2><a href=\""_s + esc(siteRelative(path, issue.pagePath())) + u"\">"_s
            + esc(issue.title.isEmpty() ? issue.shortLabel() : issue.title)
            + u"</a></h2>\n<p class=\"issue-meta\">"_s;
        if (issue.number)
            main += u"<span class=\"issue-number\">"_s + esc(issue.shortLabel()) + u"</span> "_s;
        main += timeElement(issue) + u"</p>\n"_s;
        if (!issue.excerpt.isEmpty())
            main += u"<p class=\"excerpt\">"_s + esc(issue.excerpt) + u"</p>\n"_s;
        main += u"</li>\n"_s;
    }
    if (first < last)
        main += u"</ol>\n"_s;
    if (pages > 1) {
        main += u"<nav class=\"pagination\">"_s;
        if (page > 1)
            main += u"<a rel=\"prev\" href=\""_s + esc(siteRelative(path, siteIndexPath(page - 1)))
                + u"\">"_s
                + esc(words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "Newer issues")))
                + u"</a> "_s;
        main += u"<span>"_s + esc(pageText) + u"</span>"_s;
        if (page < pages)
            main += u" <a rel=\"next\" href=\""_s + esc(siteRelative(path, siteIndexPath(page + 1)))
                + u"\">"_s
                + esc(words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "Older issues")))
                + u"</a>"_s;
        main += u"</nav>\n"_s;
    }
    return shell(site, path, page == 1 ? site.title : site.title + u" \u2013 "_s + pageText,
                 main.toUtf8());
}

QByteArray siteIssuePage(const SiteInfo &site, const SiteIssue &issue, const QByteArray &body,
                         const SiteIssue *newer, const SiteIssue *older)
{
    const QString path = issue.pagePath();
    const QString title = issue.title.isEmpty() ? issue.shortLabel() : issue.title;
    QString head = u"<article class=\"issue\">\n<header class=\"issue-header\">\n<h1>"_s
        + esc(title) + u"</h1>\n"_s;
    if (issue.date.isValid())
        head += u"<p class=\"issue-meta\">"_s + timeElement(issue) + u"</p>\n"_s;
    head += u"</header>\n<div class=\"issue-body\">\n"_s;
    // Neighbours are named by number and date, not title: editing one issue's title rewrites
    // the pages that list it, not the pages beside it.
    const auto neighbour
        = [&](const SiteIssue *other, const char *rel, const char *label) -> QString {
        if (!other)
            return QString();
        QString text = words(site, label) + u" ("_s + other->shortLabel();
        if (!other->dateText.isEmpty())
            text += u", "_s + other->dateText;
        text += u')';
        text = qstrcmp(rel, "prev") == 0 ? u"\u2190 "_s + text : text + u" \u2192"_s;
        return u"<a rel=\""_s + QString::fromLatin1(rel) + u"\" href=\""_s
            + esc(siteRelative(path, other->pagePath())) + u"\">"_s + esc(text) + u"</a>"_s;
    };
    QString tail = u"</div>\n</article>\n"_s;
    if (newer || older) {
        tail += u"<nav class=\"issue-nav\">"_s
            + neighbour(older, "prev",
                        QT_TRANSLATE_NOOP("galley::NewsletterText", "Previous issue"));
        if (newer && older)
            tail += u' ';
        tail += neighbour(newer, "next", QT_TRANSLATE_NOOP("galley::NewsletterText", "Next issue"))
            + u"</nav>\n"_s;
    }
    QByteArray main = head.toUtf8();
    main += body;
    main += tail.toUtf8();
    return shell(site, path, title + u" \u2013 "_s + site.title, main);
}

QString siteLinksPath()
{
    return u"links/index.html"_s;
}

QByteArray siteLinksPage(const SiteInfo &site, const QList<SiteIssue> &issues,
                         const QList<SiteLink> &links)
{
    const QString path = siteLinksPath();
    const QString heading
        = words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "Every link featured"));
    QString main = u"<h1>"_s + esc(heading) + u"</h1>\n"_s;
    if (links.isEmpty())
        main += u"<p>"_s
            + esc(words(site, QT_TRANSLATE_NOOP("galley::NewsletterText", "No links yet.")))
            + u"</p>\n"_s;
    else
        main += u"<ul class=\"link-list\">\n"_s;
    // Thousands of links name the same few hundred issues: each issue's link is made once, and
    // the list is written as UTF-8 (tens of thousands of links, megabytes).
    QList<QByteArray> issueLinks;
    issueLinks.reserve(issues.size());
    for (const SiteIssue &issue : issues)
        issueLinks << (u"<a href=\""_s + esc(siteRelative(path, issue.pagePath())) + u"\">"_s
                       + esc(issue.shortLabel()) + u"</a>"_s)
                          .toUtf8();
    QByteArray list = main.toUtf8();
    list.reserve(list.size() + links.size() * 200);
    QByteArray url;
    for (const SiteLink &link : links) {
        url.clear();
        appendEscaped(url, link.url.toUtf8());
        list += "<li><a class=\"featured\" href=\"";
        list += url;
        list += "\">";
        list += url;
        list += "</a> ";
        for (qsizetype k = 0; k < link.issues.size(); ++k) {
            if (k > 0)
                list += ", ";
            list += issueLinks[link.issues[k]];
        }
        list += "</li>\n";
    }
    if (!links.isEmpty())
        list += "</ul>\n";
    return shell(site, path, heading + u" \u2013 "_s + site.title, list);
}

QString siteStyleSheetPath()
{
    return u"style.css"_s;
}

QByteArray siteStyleSheet()
{
    return QByteArrayLiteral(
        "/* Galley's archive: one small style sheet, no web fonts. */\n"
        ":root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --link: #0b57d0;\n"
        "  --rule: #d8dee4; --page: #ffffff; --sponsor: #fff8e6; --sponsor-rule: #e8d5a3; }\n"
        "@media (prefers-color-scheme: dark) {\n"
        "  :root { --text: #e6e6e6; --muted: #a0a7b0; --link: #8ab4f8; --rule: #3a3f47;\n"
        "    --page: #0f1115; --sponsor: #2b2514; --sponsor-rule: #7a6130; } }\n"
        "body { margin: 0 auto; max-width: 42rem; padding: 1rem 1.25rem 3rem;\n"
        "  font: 1.0625rem/1.6 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;\n"
        "  color: var(--text); background: var(--page); }\n"
        "a { color: var(--link); overflow-wrap: anywhere; }\n"
        ".site-header { display: flex; flex-wrap: wrap; justify-content: space-between;\n"
        "  align-items: baseline; border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }\n"
        ".site-title { font-weight: 700; margin: 0.5rem 0; }\n"
        ".site-title a { color: inherit; text-decoration: none; }\n"
        ".site-header nav a { margin-left: 1rem; }\n"
        ".issue-list { list-style: none; padding: 0; }\n"
        ".issue-list li { margin: 0 0 1.75rem; }\n"
        ".issue-list h2 { font-size: 1.2rem; margin: 0; }\n"
        ".issue-meta, .pagination span { color: var(--muted); font-size: 0.9rem; margin: 0.25rem "
        "0; }\n"
        ".issue-number { font-weight: 600; margin-right: 0.5rem; }\n"
        ".excerpt { margin: 0.25rem 0 0; }\n"
        ".issue-header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }\n"
        ".issue-body img { max-width: 100%; height: auto; }\n"
        ".issue-body pre { overflow-x: auto; padding: 0.75rem; background: rgba(127,127,127,0.12); "
        "}\n"
        ".issue-body table { border-collapse: collapse; }\n"
        ".issue-body th, .issue-body td { border: 1px solid var(--rule); padding: 0.25rem 0.5rem; "
        "}\n"
        ".galley-sponsor { background: var(--sponsor); border: 1px solid var(--sponsor-rule);\n"
        "  border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1.5rem; }\n"
        ".galley-sponsor > :first-child { margin-top: 0; }\n"
        ".galley-sponsor > :last-child { margin-bottom: 0; }\n"
        ".galley-sponsor-label { font-weight: 600; }\n"
        ".footnotes { font-size: 0.9rem; color: var(--muted); }\n"
        ".issue-nav, .pagination { display: flex; justify-content: space-between; gap: 1rem;\n"
        "  border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 1rem; }\n"
        ".link-list { padding-left: 1.25rem; }\n"
        ".link-list li { margin: 0 0 0.5rem; }\n");
}

} // namespace galley
