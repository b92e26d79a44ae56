#include "drafts/linediff.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct LineDiffTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::LineDiff)
};
} // namespace

QList<DiffLine> lineDiff(const QString &before, const QString &after, qint64 maxCells)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<DiffLine> out;
    for (qsizetype i = 0; i < prefix; ++i)
        out.append({DiffLine::Same, a.at(i)});

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > maxCells) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({DiffLine::Removed, a.at(prefix + i)});
        for (qsizetype j = 0; j < m; ++j)
            out.append({DiffLine::Added, b.at(prefix + j)});
    } else {
        // lcs[i][j]: length of the LCS of a[i..n) and b[j..m), walked forwards afterwards.
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                    ? at(i + 1, j + 1) + 1
                    : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                out.append({DiffLine::Same, a.at(prefix + i)});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                // Removed lines first, as diff -u shows a changed line.
                out.append({DiffLine::Removed, a.at(prefix + i)});
                ++i;
            } else {
                out.append({DiffLine::Added, b.at(prefix + j)});
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        out.append({DiffLine::Same, a.at(i)});
    return out;
}

QString diffToHtml(const QList<DiffLine> &diff, int context)
{
    // Which lines to show: every change and `context` lines around it.
    std::vector<bool> show(size_t(diff.size()), false);
    bool anyChange = false;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff.at(i).kind == DiffLine::Same)
            continue;
        anyChange = true;
        for (qsizetype k = qMax<qsizetype>(0, i - context);
             k <= qMin<qsizetype>(diff.size() - 1, i + context); ++k)
            show[size_t(k)] = true;
    }
    if (!anyChange)
        return u"<p>"_s + LineDiffTr::tr("No differences: this revision is the current text.")
            + u"</p>"_s;
    QString html = u"<pre style=\"white-space: pre-wrap; font-family: monospace;\">"_s;
    bool skipped = false;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (!show[size_t(i)]) {
            skipped = true;
            continue;
        }
        if (skipped) {
            html += u"<span style=\"color:#888\">⋯</span>\n"_s;
            skipped = false;
        }
        const DiffLine &line = diff.at(i);
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case DiffLine::Same:
            html += u"  "_s + text + u'\n';
            break;
        case DiffLine::Added:
            html += u"<span style=\"background:#d8f5d8\">+ "_s + text + u"</span>\n"_s;
            break;
        case DiffLine::Removed:
            html += u"<span style=\"background:#f8d8d8\">− "_s + text + u"</span>\n"_s;
            break;
        }
    }
    if (skipped)
        html += u"<span style=\"color:#888\">⋯</span>\n"_s;
    return html + u"</pre>"_s;
}

} // namespace galley::gui
