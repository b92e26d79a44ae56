#pragma once

#include "issueblocks.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace galley::gui {

// A body with a block inserted, and the 1-based body line where the block starts.
struct InsertedBlock
{
    QString body;
    int firstLine = 0;
};

// Inserts `block` after body line `afterLine` (1-based; 0: at the top), separated from the text
// around it by the fixtures' two blank lines.
InsertedBlock insertBlockAfter(const QString &body, int afterLine, const QString &block);

// Inserts `block` after the paragraph that holds body line `line`, or at `line` when that line
// is blank: where the cursor is, without splitting a paragraph.
InsertedBlock insertBlockNearLine(const QString &body, int line, const QString &block);

// Adds the empty section `name` (its text `sectionBlock`, from IssueBlocks::section) where the
// settings' section order puts it: before the first section of the issue that comes after it in
// `order`, else after the last section (before the closing sponsor repeat). A section the issue
// already has is refused (Error::Conflict).
Result<InsertedBlock> insertSection(const QString &body, const QString &name,
                                    const QStringList &order, const QString &sectionBlock,
                                    const QString &sponsorLabelPrefix);

} // namespace galley::gui
