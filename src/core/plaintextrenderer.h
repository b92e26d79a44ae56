#pragma once

#include <QString>

struct cmark_node;

namespace galley {

// Plain text for the text/plain part of the email and `--to text`: headings underlined, paragraphs
// wrapped, every link written out in full on the same line as its text or on its own line (a URL is
// never wrapped or cut, so mail clients keep it clickable).
class PlainTextRenderer
{
public:
    explicit PlainTextRenderer(int width = 72)
        : m_width(width)
    { }
    QString render(cmark_node *root) const;

private:
    int m_width;
};

// Wraps text at `width` columns, breaking only at spaces; a word longer than the width (a URL)
// gets a line of its own and stays whole. Existing newlines are kept.
QString wrapText(const QString &text, int width, const QString &firstPrefix,
                 const QString &restPrefix);

} // namespace galley
