#pragma once

#include "issueblocks.h"
#include "preflight.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace galley {

struct AddedLink
{
    QString body; // the new Markdown body
    int firstLine = 0; // 1-based body line where the item starts, to move the cursor there
    // Where the links were featured before (for the dialog to say so); sponsor uses left out.
    QList<EarlierFeature> earlier;
};

// "Add link": appends an item (commentary + link lines from the item template) at the end of the
// section whose heading is `section` (before the closing sponsor when it is the last section).
// A URL already in this issue (compared normalised) is refused with Error::Conflict naming its
// line; an unknown section is Error::NotFound.
Result<AddedLink> addLink(const QString &body, const QString &section, const QStringList &urls,
                          const QString &commentary, const IssueBlocks &blocks,
                          const LinkHistory &history = {},
                          const QString &sponsorLabelPrefix = QStringLiteral("From our sponsor"));

// One item to add with addItems: its links and its commentary.
struct NewItem
{
    QStringList urls;
    QString commentary;
};

struct AddedItems
{
    QString body;
    int firstLine = 0; // where the first added item starts (0 when none was added)
    QStringList added; // the URLs now in the issue
    QStringList skipped; // URLs that were in the issue already (their items left out)
};

// Several items at once into one section, in order, each as addLink writes it: the inbox's
// "add these to the issue". An item whose link is already in the issue is skipped, not an error;
// an unknown section is Error::NotFound.
Result<AddedItems> addItems(const QString &body, const QString &section,
                            const QList<NewItem> &items, const IssueBlocks &blocks,
                            const QString &sponsorLabelPrefix = QStringLiteral("From our sponsor"));

} // namespace galley
