// cmarknode.h reads cmark-gfm's nodes in place (the library's node.h): it must read exactly what
// the library's public accessors return, on every node of documents that have every node type.
#include "cmarknode.h"
#include "markdowntree.h"

#include <cmark-gfm.h>

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

// Every node type the parser makes with the project's extensions, nested a few ways.
const QByteArray everything
    = "# Heading *em* `code`\n\nSetext\n------\n\n"
      "Text **strong** _em_ ~~struck~~ `code span` <br> <sup>1</sup> <span onclick=x>no</span>\n"
      "hard break  \nsoft break [link](https://a.example/x \"Title & more\") "
      "[empty]() ![img *alt*](https://i.example/p.png 'img title') <https://auto.example/> "
      "www.bare.example and a footnote[^1] and [javascript](javascript:alert(1)).\n\n"
      "> quote with [ref link][r]\n> > nested\n\n"
      "- [ ] task\n- [x] done\n  1. ordered\n  2. second\n\n"
      "7. start\n\n"
      "```cpp\nint main() { return 0; }\n```\n\n    indented code\n\n"
      "<div class=\"x\">\nblock html\n</div>\n\n<br>\n\n***\n\n"
      "| a | b |\n| :- | -: |\n| `c` | [d](https://d.example/) |\n\n"
      "[r]: https://ref.example/ \"ref title\"\n\n[^1]: The note, with *em*.\n";

struct Read
{
    cmark_node_type type;
    QByteArray literal, url, title;
    cmark_node *first, *next, *parent;
};

void checkTree(cmark_node *root, int &nodes)
{
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        // In place first: the public accessors replace the node's text with a copy.
        const Read inPlace {cmarknode::type(n),
                            cmarknode::literal(n).toByteArray(),
                            cmarknode::url(n).toByteArray(),
                            cmarknode::title(n).toByteArray(),
                            cmarknode::firstChild(n),
                            cmarknode::next(n),
                            cmarknode::parent(n)};
        QCOMPARE(inPlace.type, cmark_node_get_type(n));
        QCOMPARE(inPlace.literal, cmarknode::view(cmark_node_get_literal(n)).toByteArray());
        QCOMPARE(inPlace.url, cmarknode::view(cmark_node_get_url(n)).toByteArray());
        QCOMPARE(inPlace.title, cmarknode::view(cmark_node_get_title(n)).toByteArray());
        QCOMPARE(inPlace.first, cmark_node_first_child(n));
        QCOMPARE(inPlace.next, cmark_node_next(n));
        QCOMPARE(inPlace.parent, cmark_node_parent(n));
        ++nodes;
    }
    cmark_iter_free(iter);
}

QList<cmark_node *> iteratorOrder(cmark_node *root)
{
    QList<cmark_node *> order;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev == CMARK_EVENT_ENTER)
            order << cmark_iter_get_node(iter);
    }
    cmark_iter_free(iter);
    return order;
}

} // namespace

class TestCmarkNode : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatTheAccessorsReturn_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::newRow("every node type") << everything;
        QTest::newRow("empty") << QByteArray();
        QDirIterator it(QStringLiteral(GALLEY_TEST_DATA), {u"*.md"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(it.fileName())) << f.readAll();
        }
    }
    void readsWhatTheAccessorsReturn()
    {
        QFETCH(QByteArray, markdown);
        const MarkdownTree tree(markdown);
        int nodes = 0;
        checkTree(tree.root(), nodes);
        QVERIFY(nodes >= 1);
        if (QTest::currentDataTag() == "every node type"_ba)
            QVERIFY2(nodes > 60, qPrintable(QString::number(nodes)));
    }

    // The footnote fields read in place (cmark-gfm's own numbering, what its HTML renderer writes
    // into the ids) are what walking the tree finds.
    void footnotesAsWalkingFindsThem_data() { readsWhatTheAccessorsReturn_data(); }
    void footnotesAsWalkingFindsThem()
    {
        QFETCH(QByteArray, markdown);
        const QByteArray notes = markdown
            + "\n\nA[^b] then[^a] and[^b] again[^c].\n\n[^a]: Note A refers to [^b] too.\n\n"
              "[^b]: Note B.\n\n    - a list last\n\n[^c]: C and [^a].\n\n[^unused]: never\n";
        const MarkdownTree tree(notes);
        const QByteArray html = tree.toHtml();
        int references = 0, definitions = 0;
        for (cmark_node *n = tree.root(); n; n = cmarknode::following(n, tree.root())) {
            if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_REFERENCE) {
                // In place first: the public accessor replaces the literal with a copy.
                cmark_node *def = cmarknode::footnoteDefinition(n);
                const int index = cmarknode::footnoteReferenceIndex(n);
                QVERIFY(def);
                QCOMPARE(cmarknode::walked::footnoteDefinition(n), def);
                QCOMPARE(cmarknode::walked::footnoteReferenceIndex(n), index);
                QVERIFY(index >= 1);
                ++references;
            } else if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION) {
                const QByteArray label = QByteArrayView(cmarknode::footnoteLabel(n)).toByteArray();
                const int count = cmarknode::footnoteReferenceCount(n);
                QCOMPARE(cmarknode::walked::footnoteReferenceCount(n), count);
                QVERIFY(count >= 1);
                ++definitions;
                // The label is the one cmark-gfm's ids are made of; walking, the public API has
                // no label and the definition's number stands in.
                QVERIFY2(html.contains(QByteArray("<li id=\"fn-" + label + "\">")),
                         label.constData());
                QCOMPARE(cmarknode::walked::footnoteLabel(n), QByteArray::number(definitions));
            }
        }
        QVERIFY(references >= 6);
        QVERIFY(definitions >= 3);
    }

    // `following` visits the nodes in the order cmark_iter enters them, in a subtree too.
    void followingVisitsInDocumentOrder()
    {
        const QByteArray deep = everything + "\n" + QByteArray("> ").repeated(60) + "deep\n";
        const MarkdownTree tree(deep);
        QList<cmark_node *> walked;
        for (cmark_node *n = tree.root(); n; n = cmarknode::following(n, tree.root()))
            walked << n;
        QCOMPARE(walked, iteratorOrder(tree.root()));
        QVERIFY(walked.size() > 120);

        // The fourth block: the quote with a nested quote.
        cmark_node *quote = cmark_node_next(
            cmark_node_next(cmark_node_next(cmark_node_first_child(tree.root()))));
        QCOMPARE(cmark_node_get_type(quote), CMARK_NODE_BLOCK_QUOTE);
        walked.clear();
        for (cmark_node *n = quote; n; n = cmarknode::following(n, quote))
            walked << n;
        QCOMPARE(walked, iteratorOrder(quote));
    }
};

QTEST_GUILESS_MAIN(TestCmarkNode)
#include "tst_cmarknode.moc"
