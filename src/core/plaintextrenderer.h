#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <utility>

struct cmark_node;

namespace galley {

// Plain text for the text/plain part of the email and `--to text`: headings underlined, paragraphs
// wrapped, every link written out in full on the same line as its text or on its own line (a URL is
// never wrapped or cut, so mail clients keep it clickable). Footnotes are numbered as in the HTML;
// tables too wide for the width become one "Header: value" record per row. The walk is iterative
// and the indentation of deeply nested quotes and lists is capped, so the time and the output grow
// linearly with the input however deep it nests.
class PlainTextRenderer
{
public:
    // Source lines (1-based, inclusive, as cmark numbers the Markdown it parsed) whose blocks are
    // set apart: a "--- label ---" line before them and a rule after, e.g. the sponsor's slot.
    struct MarkedRange
    {
        int startLine = 0;
        int endLine = 0;
        QString label;
    };

    explicit PlainTextRenderer(int width = 72)
        : m_width(width)
    { }
    void setMarkedRanges(const QList<MarkedRange> &ranges) { m_ranges = ranges; }
    // The word in an image's marker, "[image: alt]": the email's text part writes it in the
    // newsletter's language ("[Bild: alt]").
    void setImageLabel(const QString &label) { m_imageLabel = label; }
    // Rewrites each link's URL as it is written out (the email's UTM tags); null: as it is.
    using LinkRewriter = std::function<QString(const QString &)>;
    void setLinkRewriter(LinkRewriter rewrite) { m_rewriteLink = std::move(rewrite); }
    QString render(cmark_node *root) const;

private:
    int m_width;
    QList<MarkedRange> m_ranges;
    QString m_imageLabel = QStringLiteral("image");
    LinkRewriter m_rewriteLink;
};

// Wraps text at `width` columns (prefix included), breaking only at spaces; a word longer than the
// width (a URL) gets a line of its own and stays whole. Existing newlines are kept.
QString wrapText(const QString &text, int width, const QString &firstPrefix,
                 const QString &restPrefix);

// `text` wrapped at `width` (prefix included) with a line of `underline` characters as long as its
// longest line below it: how headings look in plain text. No trailing newline.
QString underlined(const QString &text, const QString &prefix, int width, QChar underline);

// Terminal columns: combining marks and format characters take none, East Asian wide characters
// and emoji take two.
int displayWidth(QStringView text);

} // namespace galley
