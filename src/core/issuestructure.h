#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

class MarkdownTree;

// A link as written in the issue, with where it stands.
struct IssueLink
{
    QString url;
    QString text;
    int line = 0; // 1-based line in the Markdown given to analyseIssue
    QString section; // the heading above it; empty in the intro
    bool sponsor = false;
};

// One item: a paragraph of commentary followed by its link lines.
struct IssueItem
{
    int startLine = 0;
    int endLine = 0;
    QString commentary; // the paragraph's text without its link lines
    QStringList urls;
};

struct SponsorBlock
{
    QString name; // "Pagerly" from "From our sponsor, Pagerly"; empty for the closing repeat
    QString heading; // the heading as written; empty for the closing repeat
    QString copy; // the paragraph text (links included as text)
    QStringList urls;
    int startLine = 0; // the heading's line (top) or the paragraph's (closing)
    int endLine = 0;
};

struct IssueSection
{
    QString heading;
    int headingLine = 0;
    int level = 1;
    int endLine = 0; // last line before the next section (or the document's end)
    QList<IssueItem> items;
};

// The shape of a curated issue, read from its Markdown: intro, the sponsor block under a
// "From our sponsor, <Name>" heading, sections with their items, and the sponsor copy repeated at
// the very end (the closing slot; footnotes, which cmark-gfm puts last, are no item). The store
// (sponsor links), the preflight check and the email template (sponsor styling) all use this one
// reading.
struct IssueStructure
{
    int introStartLine = 0;
    int introEndLine = 0;
    QString intro;
    std::optional<SponsorBlock> topSponsor;
    std::optional<SponsorBlock> closingSponsor;
    QList<IssueSection> sections;
    QList<IssueLink> links; // every link, in document order, sponsor links marked
    int lineCount = 0;
};

// How much of the structure analyseIssue fills in.
enum class IssueDetail {
    Full,
    // What the email reads, no more: the sponsor blocks and slots, the intro, the sections and
    // their items (for the preheader). Left out: `links` and `lineCount`, the sections'
    // `endLine`, and the items' commentary is not simplified (the last item's is, as the
    // closing sponsor's copy). On a large document that is most of the per-paragraph work.
    Email,
    // Only what places the sponsor slots and the preheader's first candidates: the sponsor
    // blocks, the intro, and the sections with their items' lines. Unlike Email, only the first
    // item whose commentary is not blank has it (as Email reads it); every other item's
    // commentary and every item's urls are left empty, and the sections after the sponsor
    // heading have no heading text. So the sections' paragraphs are not read (but that first
    // one and the last item, to find the closing slot). A preheader that emailPreheader cannot
    // find in it (the first item's text is the subject) must be looked for with Email.
    Slots,
};

// `sponsorLabelPrefix` is the text before the sponsor's name in the heading.
IssueStructure analyseIssue(const QString &markdownBody,
                            const QString &sponsorLabelPrefix = QStringLiteral("From our sponsor"));
// The same reading of a tree already parsed from `markdownBody`, for callers that render that tree
// too (the email): one parse instead of two.
IssueStructure analyseIssue(const MarkdownTree &tree, const QString &markdownBody,
                            const QString &sponsorLabelPrefix = QStringLiteral("From our sponsor"),
                            IssueDetail detail = IssueDetail::Full);

// The plain text of a paragraph's inline content (for comparisons and snippets).
QString normalisedText(const QString &text);

} // namespace galley
