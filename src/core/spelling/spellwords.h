#pragma once

#include <QList>
#include <QString>

namespace galley {

// Where a word to check is, in one line of Markdown (UTF-16 offsets into the line).
struct WordSpan
{
    int start = 0;
    int length = 0;
};

// The prose words of one line of Markdown that is neither front matter nor inside a fenced code
// block (the caller knows that from the lines before; the editor's highlighter carries it as block
// state). Skipped: inline code, URLs and autolinks, link destinations and reference definitions,
// raw HTML tags and comments, {{placeholders}}, e-mail addresses, words with digits, all-caps
// acronyms up to 6 letters (TK and TODO among them: the preflight flags those). Words are
// letters with inner apostrophes (don't, l'orthographe); hyphens and underscores split them.
QList<WordSpan> proseWords(const QString &line);

// A word of a whole document, 1-based line and column as an editor shows them.
struct DocumentWord
{
    int line = 0;
    int column = 0;
    QString word;
};

// Every word proseWords() would check in `text`, a whole issue: the front matter, fenced code
// blocks (the same modes the editor's highlighter tracks) and indented code blocks (as CommonMark
// has them: not a list item's indented paragraph) are left out.
QList<DocumentWord> documentWords(const QString &text);

} // namespace galley
