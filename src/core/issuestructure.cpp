#include "issuestructure.h"

#include "cmarknode.h"
#include "markdowntree.h"

#include <cmark-gfm.h>

#include <QRegularExpression>

#include <cstring>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

using cmarknode::literal;

// Collects the text of inline nodes and the links in them, counting lines through breaks. The
// text stays UTF-8 (the tree's own bytes) until the paragraph is done: one conversion per
// paragraph instead of one per text node.
struct InlineScan
{
    QByteArray text;
    QByteArray commentary; // text outside links
    QList<IssueLink> links;
    int line = 0;
    int depthInLink = 0;
    bool linkTexts = true; // IssueDetail::Email leaves the links' texts out
    bool keepText = true; // and, in sections, the items' full text (only commentary is kept)

    void scan(cmark_node *parent)
    {
        for (cmark_node *n = cmarknode::firstChild(parent); n; n = cmarknode::next(n)) {
            switch (cmarknode::type(n)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                add(literal(n));
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                add(" ");
                ++line;
                break;
            case CMARK_NODE_HTML_INLINE:
                break;
            case CMARK_NODE_LINK: {
                IssueLink link;
                link.url = QString::fromUtf8(cmarknode::url(n));
                link.line = line;
                const qsizetype before = text.size();
                ++depthInLink;
                scan(n);
                --depthInLink;
                if (linkTexts)
                    link.text = QString::fromUtf8(QByteArrayView(text).sliced(before)).trimmed();
                if (!link.url.isEmpty())
                    links << link;
                break;
            }
            default:
                scan(n);
            }
        }
    }

    // Ready for the next block, keeping the buffers' memory.
    void reset(int firstLine)
    {
        text.truncate(0);
        commentary.truncate(0);
        links.clear();
        line = firstLine;
        depthInLink = 0;
    }

    void add(QByteArrayView s)
    {
        if (keepText)
            text += s;
        if (depthInLink == 0)
            commentary += s;
    }
};

QString simplifiedText(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8).simplified();
}

QString headingText(cmark_node *heading)
{
    InlineScan scan;
    scan.linkTexts = false; // a heading's links are not kept
    scan.scan(heading);
    return simplifiedText(scan.text);
}

} // namespace

QString normalisedText(const QString &text)
{
    return text.simplified().toCaseFolded();
}

IssueStructure analyseIssue(const QString &markdownBody, const QString &sponsorLabelPrefix)
{
    return analyseIssue(MarkdownTree(markdownBody.toUtf8()), markdownBody, sponsorLabelPrefix);
}

IssueStructure analyseIssue(const MarkdownTree &tree, const QString &markdownBody,
                            const QString &sponsorLabelPrefix, IssueDetail detail)
{
    const bool full = detail == IssueDetail::Full;
    const bool slotsOnly = detail == IssueDetail::Slots;
    IssueStructure result;
    if (full)
        result.lineCount = int(markdownBody.count(u'\n')) + (markdownBody.endsWith(u'\n') ? 0 : 1);
    const QRegularExpression sponsorHeading(u"^\\s*"_s
                                                + QRegularExpression::escape(sponsorLabelPrefix)
                                                + u"s?\\s*[,:\\-\u2013\u2014]?\\s*(.*)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);

    enum class Zone { Intro, Sponsor, Section } zone = Zone::Intro;
    QString currentSection;
    QStringList introParts;

    InlineScan scan, inner; // reused block after block
    scan.linkTexts = inner.linkTexts = full;
    // Reads one top-level block's text and links into `scan`.
    const auto scanBlock = [&](cmark_node *n, int start) {
        scan.reset(start);
        if (cmarknode::type(n) == CMARK_NODE_PARAGRAPH) {
            scan.scan(n);
            return;
        }
        // Lists, quotes, tables: collect their links too, with the block's lines. Only
        // paragraphs are scanned, so the walk skips the inside of every block that cannot
        // hold one (a paragraph's own inlines, headings, tables): on a large document that
        // halves the nodes visited.
        cmark_iter *iter = cmark_iter_new(n);
        cmark_event_type ev;
        while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            if (ev != CMARK_EVENT_ENTER)
                continue;
            cmark_node *c = cmark_iter_get_node(iter);
            const cmark_node_type childType = cmarknode::type(c);
            if (childType == CMARK_NODE_PARAGRAPH) {
                inner.reset(cmark_node_get_start_line(c));
                inner.scan(c);
                scan.text += inner.text;
                scan.text += ' ';
                scan.commentary += inner.commentary;
                scan.commentary += ' ';
                scan.links << inner.links;
                cmark_iter_reset(iter, c, CMARK_EVENT_EXIT);
            } else if (childType == CMARK_NODE_HEADING
                       || std::strcmp(cmark_node_get_type_string(c), "table") == 0) {
                cmark_iter_reset(iter, c, CMARK_EVENT_EXIT);
            }
        }
        cmark_iter_free(iter);
    };
    // IssueDetail::Slots reads only the last item of the last section, after the walk.
    cmark_node *lastItemNode = nullptr;
    bool commentaryRead = false; // Slots: the first item with a commentary has it

    for (cmark_node *n = cmarknode::firstChild(tree.root()); n; n = cmarknode::next(n)) {
        const int start = cmark_node_get_start_line(n);
        const int end = cmark_node_get_end_line(n);
        const cmark_node_type type = cmarknode::type(n);
        if (type == CMARK_NODE_FOOTNOTE_DEFINITION) {
            // cmark-gfm moves the notes to the end of the document, wherever they were written:
            // they are no item, nor part of the intro or the sponsor's copy, and must not stand
            // between the last item and the closing slot. Their links are still the issue's.
            if (full) {
                scanBlock(n, start);
                for (IssueLink &link : scan.links)
                    link.section = currentSection;
                result.links << scan.links;
            }
            continue;
        }
        if (type == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) <= 2) {
            if (!result.sections.isEmpty())
                result.sections.last().endLine = start - 1;
            lastItemNode = nullptr;
            // Only the first sponsor heading counts; after it, Slots needs no heading's text.
            const bool sponsorOpen = !result.topSponsor;
            const QString text = sponsorOpen || !slotsOnly ? headingText(n) : QString();
            if (sponsorOpen) {
                const auto m = sponsorHeading.match(text);
                if (m.hasMatch()) {
                    SponsorBlock block;
                    block.heading = text;
                    block.name = m.captured(1).trimmed();
                    block.startLine = start;
                    block.endLine = end;
                    result.topSponsor = block;
                    zone = Zone::Sponsor;
                    currentSection = text;
                    continue;
                }
            }
            IssueSection section;
            section.heading = text;
            section.headingLine = start;
            section.level = cmark_node_get_heading_level(n);
            section.endLine = result.lineCount;
            result.sections << section;
            zone = Zone::Section;
            currentSection = text;
            continue;
        }

        scan.keepText = inner.keepText = full || zone != Zone::Section;
        if (slotsOnly && zone == Zone::Section) {
            IssueItem item;
            item.startLine = start;
            item.endLine = end;
            if (!commentaryRead) {
                // The preheader's first candidate after the intro, as Email reads it.
                scanBlock(n, start);
                item.commentary = QString::fromUtf8(scan.commentary);
                commentaryRead = !item.commentary.trimmed().isEmpty();
            }
            result.sections.last().items << item;
            lastItemNode = n;
            continue;
        }
        scanBlock(n, start);
        if (full) {
            for (IssueLink &link : scan.links)
                link.section = currentSection;
        }

        switch (zone) {
        case Zone::Intro:
            if (result.introStartLine == 0)
                result.introStartLine = start;
            result.introEndLine = end;
            introParts << simplifiedText(scan.text);
            break;
        case Zone::Sponsor: {
            SponsorBlock &block = *result.topSponsor;
            block.copy = (block.copy.isEmpty() ? QString() : block.copy + u"\n\n"_s)
                + simplifiedText(scan.text);
            block.endLine = end;
            for (IssueLink &link : scan.links) {
                link.sponsor = true;
                block.urls << link.url;
            }
            break;
        }
        case Zone::Section: {
            IssueItem item;
            item.startLine = start;
            item.endLine = end;
            // The email's preheader simplifies whatever it reads; only the last item's
            // commentary is compared below, and simplified there.
            item.commentary
                = full ? simplifiedText(scan.commentary) : QString::fromUtf8(scan.commentary);
            for (const IssueLink &link : std::as_const(scan.links))
                item.urls << link.url;
            result.sections.last().items << item;
            break;
        }
        }
        if (full)
            result.links << scan.links;
    }
    result.intro = introParts.join(u"\n\n"_s);

    // The closing slot: the last item of the document (its notes aside) repeats the sponsor (same
    // copy or same link).
    if (result.topSponsor && !result.sections.isEmpty()
        && !result.sections.last().items.isEmpty()) {
        IssueSection &last = result.sections.last();
        IssueItem item = last.items.last();
        if (slotsOnly && lastItemNode) {
            scan.keepText = inner.keepText = false;
            scanBlock(lastItemNode, item.startLine);
            item.commentary = simplifiedText(scan.commentary);
            for (const IssueLink &link : std::as_const(scan.links))
                item.urls << link.url;
        } else if (!full) {
            item.commentary = item.commentary.simplified();
        }
        const SponsorBlock &top = *result.topSponsor;
        bool sameLink = false;
        for (const QString &url : item.urls)
            sameLink = sameLink || top.urls.contains(url);
        const QString topCommentary = normalisedText(top.copy);
        if (sameLink
            || (!item.commentary.isEmpty()
                && topCommentary.startsWith(normalisedText(item.commentary)))) {
            SponsorBlock closing;
            closing.startLine = item.startLine;
            closing.endLine = item.endLine;
            closing.urls = item.urls;
            closing.copy = item.commentary;
            result.closingSponsor = closing;
            last.items.removeLast();
            for (IssueLink &link : result.links) {
                if (link.line >= item.startLine && link.line <= item.endLine)
                    link.sponsor = true;
            }
        }
    }
    return result;
}

} // namespace galley
