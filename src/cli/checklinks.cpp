#include "checklinks.h"

#include "command.h"
#include "linkcheck/linkcheckrun.h"
#include "store/store.h"
#include "store/urlnormalizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct ChecklinksTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::CheckCommand)
};

QJsonObject linkJson(const LinkCheck &c)
{
    QJsonObject o {{u"url"_s, c.url},
                   {u"status"_s, linkStatusName(c.status)},
                   {u"broken"_s, isBroken(c)},
                   {u"fromCache"_s, c.fromCache},
                   {u"checked"_s, c.checked.toString(Qt::ISODate)}};
    if (c.httpStatus != 0)
        o.insert(u"httpStatus"_s, c.httpStatus);
    if (!c.finalUrl.isEmpty())
        o.insert(u"finalUrl"_s, c.finalUrl);
    if (c.httpsTwin)
        o.insert(u"httpsTwin"_s, true);
    if (!c.detail.isEmpty())
        o.insert(u"detail"_s, c.detail);
    return o;
}

QJsonObject problemJson(const Problem &p)
{
    return QJsonObject {{u"line"_s, p.line},
                        {u"severity"_s, severityName(p.severity)},
                        {u"rule"_s, p.rule},
                        {u"message"_s, p.message}};
}

// "Checking links: 12 of 200" on stderr: rewritten in place on a terminal, otherwise written
// when it starts and when it is done, so that a log is not flooded.
class LinkCheckProgress
{
public:
    LinkCheckProgress()
        : m_tty(isatty(fileno(stderr)) != 0)
    { }
    void operator()(int done, int total)
    {
        const QString text = ChecklinksTr::tr("Checking links: %1 of %2").arg(done).arg(total);
        if (m_tty) {
            const QByteArray line = "\r" + text.toUtf8();
            std::fputs(line.constData(), stderr);
            if (done == total)
                std::fputs("\n", stderr);
        } else if (!m_started || done == total) {
            writeErrLine(text);
        }
        m_started = true;
        std::fflush(stderr);
    }

private:
    bool m_tty;
    bool m_started = false;
};

QString issueLabel(const IssueSummary &issue)
{
    const QString date = issue.date.isValid() ? issue.date.date().toString(Qt::ISODate)
                                              : ChecklinksTr::tr("undated");
    if (issue.number)
        return ChecklinksTr::tr("#%1 \"%2\" (%3)").arg(*issue.number).arg(issue.title, date);
    return ChecklinksTr::tr("\"%1\" (%2)").arg(issue.title, date);
}
} // namespace

QList<Problem> checkDocumentLinks(Store *store, const IssueDocument &doc, QJsonArray *links)
{
    const QList<DocumentLink> found = documentLinks(doc);
    const QStringList urls = distinctCheckableUrls(found);
    const auto checks = checkLinksNow(store, urls, linkCheckSettings(store));
    if (links) {
        for (const QString &url : urls) {
            if (const auto it = checks.constFind(normalizeUrl(url)); it != checks.constEnd())
                links->append(linkJson(*it));
        }
    }
    return linkProblems(found, checks);
}

int runArchiveLinkCheck(const QCommandLineParser &parser, Store &store)
{
    QDate since;
    if (parser.isSet(u"since"_s)) {
        since = QDate::fromString(parser.value(u"since"_s), Qt::ISODate);
        if (!since.isValid()) {
            writeErrLine(ChecklinksTr::tr("galley check: --since needs a date like 2025-01-31."));
            return UsageError;
        }
    }
    const auto list = store.listIssues();
    if (!list) {
        writeErrLine(u"galley check: "_s + list.error().toString());
        return UsageError;
    }
    struct Back
    {
        IssueSummary issue;
        QList<DocumentLink> links;
    };
    QList<Back> issues;
    QStringList urls;
    QSet<QString> seen;
    for (const IssueSummary &summary : *list) {
        if (summary.status != IssueStatus::Sent)
            continue; // back issues only: a draft is checked on its own
        if (since.isValid() && (!summary.date.isValid() || summary.date.date() < since))
            continue;
        const auto stored = store.issue(summary.id);
        if (!stored)
            continue;
        const auto doc = IssueDocument::fromText(stored->document);
        if (!doc)
            continue; // its front matter is its own problem, `galley check --draft` says which
        Back back {summary, documentLinks(*doc)};
        for (const QString &url : distinctCheckableUrls(back.links)) {
            if (!seen.contains(normalizeUrl(url))) {
                seen.insert(normalizeUrl(url));
                urls << url;
            }
        }
        issues << back;
    }

    LinkCheckProgress progress;
    const auto checks = checkLinksNow(&store, urls, linkCheckSettings(&store),
                                      [&progress](int done, int total) { progress(done, total); });
    int broken = 0;
    int fromCache = 0;
    int offline = 0;
    for (const LinkCheck &c : checks) {
        broken += isBroken(c) ? 1 : 0;
        fromCache += c.fromCache ? 1 : 0;
        offline += c.status == LinkStatus::Offline ? 1 : 0;
    }
    QJsonArray jsonIssues;
    for (const Back &back : std::as_const(issues)) {
        QList<Problem> problems = linkProblems(back.links, checks);
        problems.removeIf([](const Problem &p) { return p.rule == u"links-offline"; });
        if (problems.isEmpty())
            continue;
        if (parser.isSet(u"json"_s)) {
            QJsonArray list;
            for (const Problem &p : std::as_const(problems))
                list.append(problemJson(p));
            jsonIssues.append(QJsonObject {
                {u"id"_s, back.issue.id},
                {u"number"_s, back.issue.number ? QJsonValue(*back.issue.number) : QJsonValue()},
                {u"title"_s, back.issue.title},
                {u"problems"_s, list}});
            continue;
        }
        writeOutLine(issueLabel(back.issue) + u':');
        for (const Problem &p : std::as_const(problems)) {
            writeOutLine(u"  "_s + ChecklinksTr::tr("line %1").arg(p.line) + u": "_s
                         + severityName(p.severity) + u": "_s + p.message + u" ["_s + p.rule
                         + u']');
        }
    }
    const QString offlineNote = offline > 0
        ? ChecklinksTr::tr("Links not checked: offline (%n link(s)).", nullptr, offline)
        : QString();
    if (parser.isSet(u"json"_s)) {
        QJsonObject o {{u"issues"_s, jsonIssues},
                       {u"links"_s, int(urls.size())},
                       {u"fromCache"_s, fromCache},
                       {u"broken"_s, broken},
                       {u"clean"_s, broken == 0}};
        if (offline > 0)
            o.insert(u"offline"_s, offlineNote);
        writeJson(QJsonDocument(o));
    } else {
        if (!offlineNote.isEmpty())
            writeOutLine(offlineNote);
        writeOutLine(
            ChecklinksTr::tr("%1 links in %2 issues: %3 broken (%4 answered from the cache).")
                .arg(urls.size())
                .arg(issues.size())
                .arg(broken)
                .arg(fromCache));
    }
    return broken > 0 ? ProblemsFound : Success;
}

} // namespace galley::cli
