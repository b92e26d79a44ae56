#include "spellwords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

// Ranges of a line that are not prose, in the order the editor's highlighter knows them.
const QList<QRegularExpression> &skippedRanges()
{
    static const QList<QRegularExpression> res = {
        // inline code, any number of backticks
        QRegularExpression(u"(`+)(?!`).*?(?<!`)\\1(?!`)"_s),
        // autolinks <https://...>, <mailto:...>, <someone@example.com>
        QRegularExpression(u"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\\s]*>|<[^>\\s@]+@[^>\\s]+>"_s),
        // raw HTML tags and comments
        QRegularExpression(u"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?(?:-->|$)"_s),
        // link destinations: ](url "title") and reference definitions [label]: url
        QRegularExpression(u"\\]\\([^)]*\\)?"_s),
        QRegularExpression(u"^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"_s),
        // bare URLs
        QRegularExpression(u"\\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)\\S+"_s),
        // {{placeholders}} and merge tags
        QRegularExpression(u"\\{\\{.*?(?:\\}\\}|$)|\\*\\|[^|]*\\|\\*"_s),
        // e-mail addresses
        QRegularExpression(u"[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"_s),
    };
    return res;
}

const QRegularExpression &wordPattern()
{
    // Letters and digits together (so that "mp3" is one word, and skipped); apostrophes inside.
    static const QRegularExpression re(
        u"[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*"_s);
    return re;
}

bool isAcronym(const QString &word)
{
    if (word.size() > 6)
        return false;
    for (const QChar c : word) {
        if (c.isLetter() && !c.isUpper())
            return false;
    }
    return true;
}

bool hasDigit(const QString &word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

QList<WordSpan> proseWords(const QString &line)
{
    QList<WordSpan> out;
    if (line.isEmpty())
        return out;
    QList<bool> skipped(line.size(), false);
    for (const QRegularExpression &re : skippedRanges()) {
        auto it = re.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
                skipped[i] = true;
        }
    }
    auto it = wordPattern().globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        const int length = int(m.capturedLength());
        bool inSkipped = false;
        for (int i = start; i < start + length && !inSkipped; ++i)
            inSkipped = skipped.at(i);
        if (inSkipped)
            continue;
        const QString word = m.captured();
        if (hasDigit(word) || isAcronym(word))
            continue;
        // A word glued to an underscore or a dot-name ("file.txt", "snake_case") is a name.
        const QChar before = start > 0 ? line.at(start - 1) : QChar();
        const QChar after = start + length < line.size() ? line.at(start + length) : QChar();
        if (before == u'_' || after == u'_' || before == u'/' || after == u'/' || before == u'\\')
            continue;
        if (after == u'.' && start + length + 1 < line.size()
            && line.at(start + length + 1).isLetterOrNumber())
            continue;
        if (before == u'.' && start > 1 && line.at(start - 2).isLetterOrNumber())
            continue;
        out << WordSpan {start, length};
    }
    return out;
}

QList<DocumentWord> documentWords(const QString &text)
{
    QList<DocumentWord> out;
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    const QStringList lines = text.split(u'\n');
    enum { Normal, FrontMatter, Fence } mode = Normal;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (mode == FrontMatter) {
            if (line.trimmed() == u"---"_s || line.trimmed() == u"..."_s)
                mode = Normal;
            continue;
        }
        if (mode == Fence) {
            const auto m = fence.match(line);
            if (m.hasMatch() && m.captured(1).at(0) == fenceChar
                && m.capturedLength(1) >= fenceLength
                && line.mid(m.capturedEnd()).trimmed().isEmpty())
                mode = Normal;
            continue;
        }
        if (n == 0 && line == u"---"_s) {
            mode = FrontMatter;
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            mode = Fence;
            fenceChar = m.captured(1).at(0);
            fenceLength = m.capturedLength(1);
            continue;
        }
        for (const WordSpan &w : proseWords(line))
            out << DocumentWord {int(n) + 1, w.start + 1, line.mid(w.start, w.length)};
    }
    return out;
}

} // namespace galley
