#pragma once

#include "archiveinference.h"
#include "issuedocument.h"
#include "mergetag.h"
#include "sponsorbook.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace galley {

// Error and Warning make `galley check` fail; a Notice is worth knowing but needs no action
// (e.g. a link an already-sent issue repeated on purpose).
enum class Severity { Error, Warning, Notice };
QString severityName(Severity severity); // "error", "warning", "notice"

// One finding, a click away in the editor: `line` is 1-based in the whole file (front matter
// included), 0 when no line applies.
struct Problem
{
    int line = 0;
    Severity severity = Severity::Warning;
    QString rule; // stable id, e.g. "empty-section"; see preflightRules()
    QString message; // translated
    // For a problem one edit fixes (a link that has moved for good): the text to replace on
    // `line` and what replaces it. Empty otherwise.
    QString target = {};
    QString replacement = {};
};

// An earlier issue that featured a link (Store::linkUses satisfies this).
struct EarlierFeature
{
    qint64 issueId = 0;
    std::optional<int> number;
    QString title;
    QDate date;
    bool sponsor = false;
};
using LinkHistory = std::function<QList<EarlierFeature>(const QString &url)>;

// A LinkHistory over a list of issues, for checks without a store (and tests).
LinkHistory archiveLinkHistory(const QList<ArchiveIssue> &archive);

struct PreflightContext
{
    // The other issues (for the number and date sequence). The checked issue itself is left out
    // by `selfId`, or, when it has no id (a file), by its number.
    QList<ArchiveIssue> archive;
    qint64 selfId = 0;
    // Where links were featured before; empty: built from `archive`.
    LinkHistory linkHistory;
    // Set when the issue has gone out: repeats are then notices, there is nothing left to fix.
    bool sent = false;
    // Bookings to check the sponsor against; nullopt or no bookings: not checked.
    std::optional<SponsorBook> sponsors;
    QString sponsorLabelPrefix = QStringLiteral("From our sponsor");
    // The merge-tag family of the newsletter's mailing service: its tags are allowed in the body.
    MergeTagSyntax mergeTagSyntax = MergeTagSyntax::Pipes;
    int maxSubjectLength = 80;
    int maxPreheaderLength = 150;
    qsizetype maxHtmlBytes = 102 * 1024; // Gmail clips messages over 102 KB
    // Only on request (the setting inbox.remindWeeks, `check --inbox-weeks N`): links that have
    // waited in the inbox longer than this many weeks are a note, never a problem. 0: not asked.
    int staleInboxWeeks = 0;
    int staleInboxCount = 0;
    QStringList staleInboxOldest; // their oldest URLs, oldest first
    QDateTime staleInboxSince; // when the oldest was captured
};

// The rule ids, in the order they are checked.
QStringList preflightRules();

// Checks a document before it goes out; problems come sorted by line.
QList<Problem> runPreflight(const IssueDocument &doc, const PreflightContext &context = {});

// True when any problem is an Error or a Warning.
bool hasBlockingProblems(const QList<Problem> &problems);

} // namespace galley
