// galley_spell_bench: spell checking's own costs (issue 19). Words checked per second by Galley's
// checker (Markdown word rules, per-word cache, known words) against Nuspell alone on the same
// words, and the first open of a 10 KB issue in the real editor with spell checking on (the
// dictionary loaded, every line highlighted and checked) against the same with it off. The
// keystroke-to-preview figures with spell checking on come from galley_preview_bench, whose
// window has it on.
//
//   galley_spell_bench [--json OUT.json] [--smoke]

#include "benchcorpus.h"
#include "benchreport.h"
#include "editor/markdowneditor.h"
#include "editor/spellingcontroller.h"
#include "spelling/issuespelling.h"
#include "spelling/spellchecker.h"
#include "spelling/spellwords.h"
#include "window/windowparts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::bench::Figure;
using galley::bench::Report;

namespace {
double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Opens `text` in a fresh editor (with or without the spell checker) until every line has been
// highlighted; returns the milliseconds it took.
double openIssue(const QString &text, bool spelling)
{
    QSettings().setValue(u"editor/checkSpelling"_s, spelling);
    gui::MarkdownEditor editor;
    gui::SpellingController controller(gui::WindowParts {.editor = &editor});
    // The dictionary is read on a worker thread, once per process: not part of opening.
    while (controller.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QElapsedTimer clock;
    clock.start();
    editor.setPlainText(text);
    const double ms = msSince(clock);
    if (spelling && !controller.isActive())
        std::fprintf(stderr, "galley_spell_bench: spell checking is off: %s\n",
                     qPrintable(controller.notice()));
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"galley-bench"_s);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"spell_bench.json"_s));
    parser.addOption(QCommandLineOption(u"smoke"_s, u"A tiny run: every figure."_s));
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(u"smoke"_s);
    const qsizetype largeBytes = smoke ? 20 * 1024 : 500 * 1024;
    const int rounds = smoke ? 1 : 5;

    const QString large = bench::largeDocument(largeBytes);
    QStringList words;
    for (const DocumentWord &w : documentWords(large))
        words << w.word;

    // Nuspell alone: every word asked, no cache, no Markdown rules.
    SpellChecker nuspellAlone;
    if (Status s = nuspellAlone.load(u"en"_s); !s) {
        std::fprintf(stderr, "galley_spell_bench: %s\n", qPrintable(s.error().message));
        return 1;
    }
    QElapsedTimer clock;
    QList<double> aloneMs;
    int accepted = 0;
    for (int r = 0; r < rounds; ++r) {
        clock.start();
        for (const QString &w : std::as_const(words))
            accepted += nuspellAlone.dictionaryAccepts(w) ? 1 : 0;
        aloneMs << msSince(clock);
    }
    // Galley: the whole document (word rules included), a fresh cache each round.
    QList<double> galleyMs;
    qsizetype unknown = 0;
    for (int r = 0; r < rounds; ++r) {
        SpellChecker checker;
        clock.start();
        checker.load(u"en"_s); // already loaded in this thread: the per-word cache starts empty
        unknown = findMisspellings(checker, large).size();
        galleyMs << msSince(clock);
    }
    const double alone = bench::median(aloneMs);
    const double galley = bench::median(galleyMs);
    const QString input
        = u"%1 words of a %2 KB document"_s.arg(words.size()).arg(largeBytes / 1024);

    // First open of a 10 KB issue, with the dictionary's first load (another thread: this one
    // has it loaded already).
    const QString issue = bench::newsletterIssue(7, 10 * 1024);
    double firstOpen = 0;
    QThread *loader = QThread::create([&] {
        QElapsedTimer c;
        c.start();
        SpellChecker fresh;
        fresh.load(u"en"_s);
        firstOpen = msSince(c);
    });
    loader->start();
    loader->wait();
    delete loader;
    const double loadMs = firstOpen;
    QList<double> onMs;
    QList<double> offMs;
    for (int r = 0; r < rounds; ++r) {
        onMs << openIssue(issue, true);
        offMs << openIssue(issue, false);
    }

    Report bench(u"galley_spell_bench"_s);
    bench.add(Figure {u"spell words checked per second"_s, double(words.size()) / galley * 1000,
                      u"words/s"_s, input, largeBytes, u">= 200000"_s});
    bench.add(Figure {u"spell words per second, nuspell alone"_s,
                      double(words.size()) / alone * 1000,
                      u"words/s"_s,
                      input,
                      largeBytes,
                      {}});
    bench.add(Figure {u"spell first open of a 10 KB issue"_s, loadMs + bench::median(onMs), u"ms"_s,
                      u"dictionary load + highlighting with spell checking"_s,
                      issue.toUtf8().size(), u"<= 500"_s});
    bench.add(Figure {u"spell first open of a 10 KB issue, checking off"_s,
                      bench::median(offMs),
                      u"ms"_s,
                      u"highlighting only"_s,
                      issue.toUtf8().size(),
                      {}});
    bench.note(u"spell: %1 of %2 words accepted by Nuspell, %3 unknown to Galley; dictionary "
               "load %4 ms"_s.arg(accepted / rounds)
                   .arg(words.size())
                   .arg(unknown)
                   .arg(loadMs, 0, 'f', 1));
    bench.print();
    return bench.writeJson(parser.value(u"json"_s)) ? 0 : 1;
}
