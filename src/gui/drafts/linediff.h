#pragma once

#include <QList>
#include <QString>

namespace galley::gui {

struct DiffLine
{
    enum Kind { Same, Added, Removed };
    Kind kind = Same;
    QString text;
};

// A line diff from `before` to `after` (longest common subsequence after trimming the common
// start and end). Quadratic in the changed middle only; past `maxCells` it gives up on matching
// and reports the middle as removed then added, which is still correct, just less tidy.
QList<DiffLine> lineDiff(const QString &before, const QString &after, qint64 maxCells = 4'000'000);

// The diff as HTML for a text browser: changes with `context` unchanged lines around them.
QString diffToHtml(const QList<DiffLine> &diff, int context = 3);

} // namespace galley::gui
