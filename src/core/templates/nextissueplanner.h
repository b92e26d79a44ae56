#pragma once

#include "archiveinference.h"
#include "newsletterprofile.h"
#include "result.h"
#include "sponsorbook.h"
#include "templateset.h"

#include <QDate>
#include <QString>

#include <optional>

namespace galley {

struct NextIssue
{
    int number = 0;
    QDate date;
    QString title;
    QString document; // front matter + body, ready for Store::createIssue
    QString topSponsor; // the booked sponsor's name; empty for a free slot
    QString closingSponsor;
};

// The draft that continues the archive: number = latest + 1, the next publication day after the
// latest issue, the title from the pattern, the skeleton with the booked sponsor (or a marked
// empty slot) in both slots and the sections in order.
class NextIssuePlanner
{
public:
    NextIssuePlanner(EffectiveProfile profile, SponsorBook sponsors, TemplateSet templates);

    // `number` and `date` override what the archive suggests. Without an archive the first issue
    // is #1 and needs a date (else `today`).
    // What stands for the intro in a planned issue ("TK intro"), for the editor to select.
    static QString introPlaceholder();

    Result<NextIssue> plan(const QList<ArchiveIssue> &archive, std::optional<int> number = {},
                           std::optional<QDate> date = {},
                           const QDate &today = QDate::currentDate()) const;

private:
    EffectiveProfile m_profile;
    SponsorBook m_sponsors;
    TemplateSet m_templates;
};

} // namespace galley
