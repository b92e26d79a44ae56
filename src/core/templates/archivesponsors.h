#pragma once

#include "archiveinference.h"
#include "sponsorbook.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

struct SponsorBlock;

// One sponsor as the archive shows it: every issue whose sponsor block names it, grouped by the
// name (compared without case), with what its latest block says.
struct ArchiveSponsor
{
    QString name; // as the latest issue writes it
    QString heading; // the latest block's heading as written: "From our sponsor, Pagerly"
    QString copy; // the latest block's Markdown, without its heading and its link line
    QString link; // the latest block's link; empty when it is not a web address
    int issueCount = 0;
    std::optional<int> firstNumber;
    QDate firstDate;
    std::optional<int> lastNumber;
    QDate lastDate;

    // As a library entry. The heading becomes a label with `{name}`, left empty when it is the
    // newsletter's own label (`defaultLabel`), so a later change in Preferences still applies.
    Sponsor toSponsor(const QString &defaultLabel) const;
    friend bool operator==(const ArchiveSponsor &, const ArchiveSponsor &) = default;
};

// The copy and link of a top sponsor block, read from the Markdown it was found in: the lines
// under the heading, less a last line that is only the link (`<br>[url](url)`), which is what
// the sponsor-top template writes after the copy.
struct SponsorBlockText
{
    QString copy;
    QString link;
};
// `block` is the one analyseIssue found in `markdownBody`.
SponsorBlockText sponsorBlockText(const QString &markdownBody, const SponsorBlock &block);

// An archived issue as the sponsor scan reads it: its whole body, which the facts the store keeps
// for the checks (ArchiveIssue) leave out.
struct ArchiveText
{
    std::optional<int> number;
    QDate date;
    QString body; // Markdown, without the front matter
};
// Nullopt when the front matter cannot be read.
std::optional<ArchiveText> archiveTextFromDocument(const QString &document);

// The sponsors of `archive`'s top sponsor blocks (the headings that start with
// `sponsorLabelPrefix`), the most recently seen first. Issues without a sponsor block and blocks
// without a name count for nothing.
QList<ArchiveSponsor> sponsorsInArchive(const QList<ArchiveText> &archive,
                                        const QString &sponsorLabelPrefix);

// What an import of archive sponsors did (or would do) to a library.
struct SponsorImport
{
    QList<ArchiveSponsor> added;
    QList<ArchiveSponsor> skipped; // the library already has a sponsor of that name
};

// Adds to `book` each of `found` whose name (without case) it does not hold yet.
SponsorImport addArchiveSponsors(SponsorBook &book, const QList<ArchiveSponsor> &found,
                                 const QString &defaultLabel);

} // namespace galley
