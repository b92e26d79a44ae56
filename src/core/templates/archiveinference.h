#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// One previous issue, as the planner and the preflight check need it. Plain data, so this logic
// does not depend on the store: the CLI and GUI fill it from Store, tests from files.
struct ArchiveLink
{
    QString url;
    bool sponsor = false;
};

struct ArchiveIssue
{
    qint64 id = 0; // the store's id; 0 when not stored
    std::optional<int> number;
    QString title;
    QDate date;
    QStringList sections; // the section headings, in order
    // Its links, for checks without a store. A store answers "featured before?" from its links
    // table (Store::linkUses), so the archive read from it (loadArchive) leaves this empty.
    QList<ArchiveLink> links;
};

// Reads an issue's text (front matter + body) into an ArchiveIssue; nullopt when its front
// matter cannot be read. The store keeps the same facts (Store::outlines) on every write.
std::optional<ArchiveIssue> archiveIssueFromDocument(const QString &document, qint64 id = 0);

// The latest issue: the highest number, or the latest date when numbers are missing.
std::optional<ArchiveIssue> latestIssue(const QList<ArchiveIssue> &archive);

struct Cadence
{
    int weekday = 0; // 1 = Monday ... 7 = Sunday; 0 when unknown
    int intervalDays = 7;
};

// What the archive says about the newsletter, for settings that were never set.
struct ArchiveInference
{
    QString newsletterName;
    QString titlePattern; // `OPS WEEKLY ISSUE #{number} - {date_long}`
    std::optional<Cadence> cadence; // nullopt without any dated issue
    QStringList sections; // the union of recent issues' sections, in their usual order
};

// Looks at the `recent` latest issues for cadence and sections.
ArchiveInference inferFromArchive(const QList<ArchiveIssue> &archive, int recent = 8);

// The cadence of a list of publication dates: the most common gap and weekday.
std::optional<Cadence> inferCadence(QList<QDate> dates);

// The next publication day after `latest`: `intervalDays` later, moved forward to the
// publication weekday for weekly cadences. QDate handles month and year ends and leap years.
QDate nextPublicationDate(const QDate &latest, const Cadence &cadence);

} // namespace galley
