#include "searchsnippet.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

// Case and diacritics folded, as the index's `unicode61 remove_diacritics 2` tokenizer does.
QString fold(QStringView s)
{
    QString folded = s.toString().toCaseFolded();
    const bool ascii
        = std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return folded;
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    folded.clear();
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded;
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

bool isWordChar(char16_t c)
{
    // ASCII first (QChar::isLetterOrNumber() asks the Unicode tables past it); a surrogate is
    // no letter, as for QChar.
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar(c).isLetterOrNumber();
}

// The runs of letters and digits: the index's tokens.
std::vector<Span> tokenize(QStringView text)
{
    std::vector<Span> spans;
    spans.reserve(size_t(text.size() / 6 + 1));
    const char16_t *const d = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(d[i]))
            ++i;
        if (i == n)
            break;
        const qsizetype start = i;
        while (i < n && isWordChar(d[i]))
            ++i;
        spans.push_back({start, i});
    }
    return spans;
}

struct Needle
{
    QString folded;
    bool prefix;
    int term; // which search word it belongs to
    bool ascii; // folded is ASCII only
};

bool isAscii(QStringView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Case-insensitive equality of ASCII text with an ASCII needle that is already lower case (what
// QStringView::compare(..., Qt::CaseInsensitive) finds for ASCII, without its per-character
// folding tables: a page of hits compares thousands of words).
bool asciiEqualsFolded(QStringView word, QStringView folded)
{
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        if (c != folded[i].unicode())
            return false;
    }
    return true;
}

std::vector<Needle> needles(const QList<SearchTerm> &terms)
{
    std::vector<Needle> result;
    for (int t = 0; t < int(terms.size()); ++t) {
        const QString &text = terms.at(t).text;
        const std::vector<Span> spans = tokenize(text);
        for (size_t i = 0; i < spans.size(); ++i) {
            const QStringView token
                = QStringView(text).sliced(spans[i].start, spans[i].end - spans[i].start);
            // Only the last token of a prefix word is a prefix, as in the MATCH expression.
            const QString folded = fold(token);
            result.push_back(
                {folded, terms.at(t).prefix && i + 1 == spans.size(), t, isAscii(folded)});
        }
    }
    return result;
}

int matchingTerm(QStringView token, const std::vector<Needle> &needles)
{
    QString folded;
    const bool ascii = isAscii(token);
    if (!ascii)
        folded = fold(token);
    const QStringView word = ascii ? token : QStringView(folded);
    for (const Needle &n : needles) {
        bool hit = false;
        if (ascii && n.ascii) {
            const qsizetype size = n.folded.size();
            hit = (n.prefix ? word.size() >= size : word.size() == size)
                && asciiEqualsFolded(word, n.folded);
        } else {
            hit = n.prefix ? word.startsWith(n.folded, Qt::CaseInsensitive)
                           : word.compare(n.folded, Qt::CaseInsensitive) == 0;
        }
        if (hit)
            return n.term;
    }
    return -1;
}

} // namespace

QString searchSnippet(const QString &text, const QList<SearchTerm> &terms, int tokens)
{
    const std::vector<Span> spans = tokenize(text);
    if (spans.empty() || tokens <= 0)
        return {};
    const std::vector<Needle> wanted = needles(terms);
    std::vector<int> match(spans.size(), -1);
    std::vector<size_t> hits;
    for (size_t i = 0; i < spans.size(); ++i) {
        match[i] = matchingTerm(
            QStringView(text).sliced(spans[i].start, spans[i].end - spans[i].start), wanted);
        if (match[i] >= 0)
            hits.push_back(i);
    }

    // Windows start a few words before a match; the one with the most different search words
    // wins, then the one with the most matches, then the earliest.
    const size_t width = std::min(spans.size(), size_t(tokens));
    const size_t lastStart = spans.size() - width;
    size_t best = 0;
    int bestScore = -1;
    std::vector<bool> seen(size_t(terms.size()));
    for (const size_t h : hits) {
        const size_t start = std::min(lastStart, h > 3 ? h - 3 : 0);
        std::fill(seen.begin(), seen.end(), false);
        int distinct = 0;
        int count = 0;
        for (size_t i = start; i < start + width; ++i) {
            if (match[i] < 0)
                continue;
            ++count;
            if (!seen[size_t(match[i])]) {
                seen[size_t(match[i])] = true;
                ++distinct;
            }
        }
        const int score = distinct * 1000 + count;
        if (score > bestScore) {
            bestScore = score;
            best = start;
        }
    }

    const size_t end = best + width;
    QString out;
    if (best > 0)
        out += u'…';
    qsizetype pos = best > 0 ? spans[best].start : 0;
    for (size_t i = best; i < end; ++i) {
        out += QStringView(text).sliced(pos, spans[i].start - pos);
        const QStringView token
            = QStringView(text).sliced(spans[i].start, spans[i].end - spans[i].start);
        if (match[i] >= 0)
            out += u'[' + token + u']';
        else
            out += token;
        pos = spans[i].end;
    }
    if (end < spans.size())
        out += u'…';
    else
        out += QStringView(text).sliced(pos);
    return out.simplified();
}

QString searchSnippetSource(const QString &document)
{
    const auto lineAt = [&](qsizetype pos, qsizetype *next) {
        qsizetype nl = document.indexOf(u'\n', pos);
        *next = nl < 0 ? document.size() : nl + 1;
        return QStringView(document).mid(pos, (nl < 0 ? document.size() : nl) - pos).trimmed();
    };
    qsizetype start = document.startsWith(QChar(0xFEFF)) ? 1 : 0;
    qsizetype pos = 0;
    if (lineAt(start, &pos) == u"---") {
        while (pos < document.size()) {
            qsizetype next = 0;
            const QStringView line = lineAt(pos, &next);
            if (line == u"---" || line == u"...") {
                start = next;
                break;
            }
            pos = next;
        }
    }
    return searchableText(document.mid(start));
}

} // namespace galley
