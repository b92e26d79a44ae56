#include "archiveinference.h"

#include "issuedocument.h"
#include "issuestructure.h"
#include "titlepattern.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
bool laterThan(const ArchiveIssue &a, const ArchiveIssue &b)
{
    if (a.number && b.number && *a.number != *b.number)
        return *a.number > *b.number;
    return a.date > b.date;
}

template<typename T> T mostCommon(const QList<T> &values)
{
    QMap<T, int> counts;
    for (const T &v : values)
        ++counts[v];
    T best = values.first();
    int bestCount = 0;
    // Ties go to the most recent value (the lists are newest first).
    for (const T &v : values) {
        if (counts.value(v) > bestCount) {
            best = v;
            bestCount = counts.value(v);
        }
    }
    return best;
}
} // namespace

std::optional<ArchiveIssue> archiveIssueFromDocument(const QString &document, qint64 id)
{
    const auto doc = IssueDocument::fromText(document);
    if (!doc)
        return std::nullopt;
    ArchiveIssue issue;
    issue.id = id;
    issue.number = doc->issueNumber();
    issue.title = doc->title();
    issue.date = doc->date().date();
    const IssueStructure structure = analyseIssue(doc->body());
    for (const IssueSection &section : structure.sections)
        issue.sections << section.heading;
    for (const IssueLink &link : structure.links)
        issue.links.append({link.url, link.sponsor});
    return issue;
}

std::optional<ArchiveIssue> latestIssue(const QList<ArchiveIssue> &archive)
{
    if (archive.isEmpty())
        return std::nullopt;
    return *std::max_element(
        archive.begin(), archive.end(),
        [](const ArchiveIssue &a, const ArchiveIssue &b) { return laterThan(b, a); });
}

std::optional<Cadence> inferCadence(QList<QDate> dates)
{
    dates.removeIf([](const QDate &d) { return !d.isValid(); });
    if (dates.isEmpty())
        return std::nullopt;
    std::sort(dates.begin(), dates.end(), std::greater<>());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    Cadence cadence;
    QList<int> weekdays;
    for (const QDate &d : std::as_const(dates))
        weekdays << d.dayOfWeek();
    cadence.weekday = mostCommon(weekdays);
    QList<int> gaps;
    for (qsizetype i = 0; i + 1 < dates.size(); ++i)
        gaps << int(dates.at(i + 1).daysTo(dates.at(i)));
    if (!gaps.isEmpty())
        cadence.intervalDays = mostCommon(gaps);
    return cadence;
}

QDate nextPublicationDate(const QDate &latest, const Cadence &cadence)
{
    const int interval = std::max(1, cadence.intervalDays);
    QDate next = latest.addDays(interval);
    if (cadence.weekday >= 1 && cadence.weekday <= 7 && interval % 7 == 0)
        next = next.addDays((cadence.weekday - next.dayOfWeek() + 7) % 7);
    return next;
}

ArchiveInference inferFromArchive(const QList<ArchiveIssue> &archive, int recent)
{
    ArchiveInference inference;
    QList<ArchiveIssue> sorted = archive;
    std::sort(sorted.begin(), sorted.end(), laterThan);
    if (sorted.size() > recent)
        sorted.resize(recent);
    if (sorted.isEmpty())
        return inference;

    const ArchiveIssue &latest = sorted.first();
    inference.titlePattern = titlePatternFromTitle(latest.title, latest.number, latest.date);
    inference.newsletterName = newsletterNameFromTitle(latest.title);

    QList<QDate> dates;
    for (const ArchiveIssue &issue : std::as_const(sorted))
        dates << issue.date;
    inference.cadence = inferCadence(dates);

    // Each section's usual place: its average relative position (0 = first, 1 = last) across
    // the issues that have it, so an occasional section (Events) lands where it usually sits.
    struct Place
    {
        QString heading;
        double sum = 0;
        int count = 0;
        int firstSeen = 0;
    };
    QList<Place> places;
    int seen = 0;
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        const qsizetype n = it->sections.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QString &heading = it->sections.at(i);
            const double pos = n > 1 ? double(i) / double(n - 1) : 0.0;
            auto place = std::find_if(places.begin(), places.end(), [&](const Place &p) {
                return normalisedText(p.heading) == normalisedText(heading);
            });
            if (place == places.end()) {
                places << Place {heading, pos, 1, seen++};
            } else {
                place->sum += pos;
                ++place->count;
            }
        }
    }
    std::stable_sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        const double pa = a.sum / a.count;
        const double pb = b.sum / b.count;
        if (pa != pb)
            return pa < pb;
        return a.firstSeen < b.firstSeen;
    });
    for (const Place &p : std::as_const(places))
        inference.sections << p.heading;
    return inference;
}

} // namespace galley
