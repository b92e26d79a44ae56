// The highlighter marks each Markdown construct, line by line, including the constructs that
// depend on other lines (front matter, fenced code, setext headings decided by the next line).
#include "editor/markdownhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using galley::gui::MarkdownHighlighter;

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

    static MarkdownHighlighter::Kind kind(QTextDocument &doc, int line, int column)
    {
        QCoreApplication::processEvents(); // queued re-highlights (setext) run here
        return MarkdownHighlighter::kindAt(doc.findBlockByNumber(line), column);
    }

private slots:
    void blockConstructs()
    {
        QPlainTextEdit editor; // formats live in the layouts of a laid-out document
        QTextDocument &doc = *editor.document();
        MarkdownHighlighter h(&doc);
        doc.setPlainText(u"---\n"
                         "title: Hello\n"
                         "---\n"
                         "# Heading one\n"
                         "> quoted text\n"
                         "- item one\n"
                         "12. numbered\n"
                         "```\n"
                         "# not a heading\n"
                         "```\n"
                         "after *fence*\n"
                         "***\n"_s);
        QCOMPARE(kind(doc, 0, 0), MarkdownHighlighter::FrontMatter);
        QCOMPARE(kind(doc, 1, 3), MarkdownHighlighter::FrontMatter);
        QCOMPARE(kind(doc, 2, 0), MarkdownHighlighter::FrontMatter);
        QCOMPARE(kind(doc, 3, 0), MarkdownHighlighter::HeadingMarker);
        QCOMPARE(kind(doc, 3, 4), MarkdownHighlighter::Heading);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(3)), 1);
        QCOMPARE(kind(doc, 4, 3), MarkdownHighlighter::BlockQuote);
        QCOMPARE(kind(doc, 5, 0), MarkdownHighlighter::ListMarker);
        QCOMPARE(kind(doc, 5, 3), MarkdownHighlighter::Plain);
        QCOMPARE(kind(doc, 6, 1), MarkdownHighlighter::ListMarker);
        QCOMPARE(kind(doc, 8, 0), MarkdownHighlighter::CodeBlock);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(8)), 0);
        QCOMPARE(kind(doc, 10, 0), MarkdownHighlighter::Plain);
        QCOMPARE(kind(doc, 10, 7), MarkdownHighlighter::Emphasis);
        QCOMPARE(kind(doc, 11, 0), MarkdownHighlighter::HorizontalRule);
    }

    // A YAML comment in the front matter is greyed: `title: ISSUE #104` shows that "#104" is no
    // part of the title. Inside quotes, or without a space before it, `#` is text.
    void frontMatterComments()
    {
        QPlainTextEdit editor;
        QTextDocument &doc = *editor.document();
        MarkdownHighlighter h(&doc);
        doc.setPlainText(u"---\n"
                         "title: ISSUE #104 - 12th January\n"
                         "subject: \"ISSUE #104\" # quoted\n"
                         "preheader: It's #1 and \\#2\n"
                         "# a note\n"
                         "tags: [a#b]\n"
                         "---\n"
                         "# Heading\n"_s);
        using K = MarkdownHighlighter::Kind;
        QCOMPARE(kind(doc, 1, 7), K::FrontMatter);
        QCOMPARE(kind(doc, 1, 13), K::FrontMatterComment);
        QCOMPARE(kind(doc, 1, 20), K::FrontMatterComment);
        QCOMPARE(kind(doc, 2, 16), K::FrontMatter); // the # inside the quotes
        QCOMPARE(kind(doc, 2, 22), K::FrontMatterComment);
        QCOMPARE(kind(doc, 3, 13), K::FrontMatter); // "It's" opens no quote
        QCOMPARE(kind(doc, 3, 16), K::FrontMatterComment);
        QCOMPARE(kind(doc, 4, 0), K::FrontMatterComment);
        QCOMPARE(kind(doc, 5, 9), K::FrontMatter);
        QCOMPARE(kind(doc, 7, 0), K::HeadingMarker);
    }

    void inlineConstructs()
    {
        QPlainTextEdit editor; // formats live in the layouts of a laid-out document
        QTextDocument &doc = *editor.document();
        MarkdownHighlighter h(&doc);
        const QString line = u"a **bold** and `code *x*` see [text](https://a.example/p) or "
                             "https://bare.example/x and <br> done"_s;
        doc.setPlainText(line);
        auto at = [&](const QString &needle, int offset = 0) {
            return kind(doc, 0, int(line.indexOf(needle)) + offset);
        };
        QCOMPARE(at(u"bold"_s), MarkdownHighlighter::Strong);
        QCOMPARE(at(u"*x*"_s), MarkdownHighlighter::InlineCode);
        QCOMPARE(at(u"[text]"_s, 1), MarkdownHighlighter::LinkText);
        QCOMPARE(at(u"(https://a"_s, 3), MarkdownHighlighter::LinkUrl);
        QCOMPARE(at(u"https://bare"_s, 3), MarkdownHighlighter::BareUrl);
        QCOMPARE(at(u"<br>"_s, 1), MarkdownHighlighter::RawHtml);
        QCOMPARE(at(u"done"_s), MarkdownHighlighter::Plain);
    }

    // Typing an underline below a paragraph turns it into a heading; removing it turns it back.
    void setextFollowsTheNextLine()
    {
        QPlainTextEdit editor; // formats live in the layouts of a laid-out document
        QTextDocument &doc = *editor.document();
        MarkdownHighlighter h(&doc);
        doc.setPlainText(u"Intro\n\nSection title\n"_s);
        QCOMPARE(kind(doc, 2, 0), MarkdownHighlighter::Plain);
        QTextCursor c(&doc);
        c.movePosition(QTextCursor::End);
        c.insertText(u"===="_s);
        QCOMPARE(kind(doc, 2, 0), MarkdownHighlighter::Heading);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(2)), 1);
        QCOMPARE(kind(doc, 3, 0), MarkdownHighlighter::HeadingMarker);
        c.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        c.insertText(u"plain words"_s);
        QCOMPARE(kind(doc, 2, 0), MarkdownHighlighter::Plain);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(2)), 0);
        c.insertText(u"\n---"_s);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(3)), 2);
        // "---" after a blank line is a rule, not an underline.
        doc.setPlainText(u"Para\n\n---\n"_s);
        QCOMPARE(kind(doc, 2, 0), MarkdownHighlighter::HorizontalRule);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(0)), 0);
    }

    // Opening a fence changes the lines after it; closing it gives them back.
    void fenceStateCarriesOver()
    {
        QPlainTextEdit editor; // formats live in the layouts of a laid-out document
        QTextDocument &doc = *editor.document();
        MarkdownHighlighter h(&doc);
        doc.setPlainText(u"text\n# heading\nmore\n"_s);
        QCOMPARE(kind(doc, 1, 2), MarkdownHighlighter::Heading);
        QTextCursor c(&doc);
        c.insertText(u"~~~\n"_s);
        QCOMPARE(kind(doc, 2, 2), MarkdownHighlighter::CodeBlock);
        QCOMPARE(MarkdownHighlighter::headingLevel(doc.findBlockByNumber(2)), 0);
        c.insertText(u"~~~\n"_s);
        QCOMPARE(kind(doc, 3, 2), MarkdownHighlighter::Heading);
    }
};

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
