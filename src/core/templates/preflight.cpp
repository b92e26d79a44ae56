#include "preflight.h"

#include "preflightrules.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PreflightTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Preflight)
};
} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Notice:
        return u"notice"_s;
    }
    return {};
}

QStringList preflightRules()
{
    return {u"empty-section"_s,    u"missing-sponsor"_s, u"unbooked-sponsor"_s,
            u"sponsor-mismatch"_s, u"placeholder"_s,     u"tk"_s,
            u"title-number"_s,     u"title-date"_s,      u"archive-sequence"_s,
            u"subject"_s,          u"preheader"_s,       u"email-size"_s,
            u"earlier-link"_s,     u"duplicate-link"_s,  u"insecure-link"_s,
            u"malformed-link"_s,   u"stale-inbox"_s,     u"front-matter-comment"_s};
}

bool hasBlockingProblems(const QList<Problem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity != Severity::Notice; });
}

QList<Problem> runPreflight(const IssueDocument &doc, const PreflightContext &context)
{
    const IssueStructure structure = analyseIssue(doc.body(), context.sponsorLabelPrefix);
    preflight::Input in {doc, context, structure, {}, doc.bodyFirstLine() - 1};
    const auto selfNumber = doc.issueNumber();
    for (const ArchiveIssue &issue : context.archive) {
        // An issue is never its own duplicate: the same stored issue, or (for a file, which has
        // no id) the archived issue with its number.
        if (context.selfId != 0 ? issue.id == context.selfId
                                : (selfNumber && issue.number == selfNumber))
            continue;
        in.others << issue;
    }

    QList<Problem> problems;
    preflight::checkSections(in, problems);
    preflight::checkSponsor(in, problems);
    preflight::checkLeftovers(in, problems);
    preflight::checkTitle(in, problems);
    preflight::checkSubjectAndSize(in, problems);
    preflight::checkLinks(in, problems);
    preflight::checkMalformedLinks(in, problems);
    if (context.staleInboxWeeks > 0 && context.staleInboxCount > 0) {
        problems << Problem {
            0, Severity::Notice, u"stale-inbox"_s,
            PreflightTr::tr(
                "%n link(s) have waited in the inbox for more than %1: the oldest since %2 "
                "(%3). Use them or dismiss them.",
                nullptr, context.staleInboxCount)
                .arg(PreflightTr::tr("%n week(s)", nullptr, context.staleInboxWeeks),
                     context.staleInboxSince.toLocalTime().toString(u"yyyy-MM-dd"_s),
                     context.staleInboxOldest.join(u", "_s))};
    }
    // A problem about the body of a document whose front matter is all there is ("the issue has
    // no sections") points at its last line, not at a line below it (found by fuzz_preflight).
    const int lastLine = doc.bodyFirstLine() + int(doc.body().count(u'\n'))
        - (doc.body().isEmpty() && doc.hasFrontMatter() ? 1 : 0);
    for (Problem &problem : problems)
        problem.line = std::min(problem.line, lastLine);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return problems;
}

} // namespace galley
