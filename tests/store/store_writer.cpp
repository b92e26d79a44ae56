// A helper process for the crash and two-process tests: writes to a store in a loop and reports
// each committed write on stdout, so that a test can kill it at any moment and then check that
// everything it was told about is intact; and single operations run under limits the test sets
// (a file size limit, another user) for the full-disk and read-only tests.
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using galley::Error;
using galley::RevisionReason;
using galley::Store;

namespace {

QString document(quint32 seed, int i)
{
    QRandomGenerator rng(seed + quint32(i));
    QString body = u"---\ntitle: CRASH WEEKLY ISSUE \\#"_s + QString::number(i) + u"\n---\n\n"_s;
    const int words = 50 + int(rng.bounded(3000));
    for (int w = 0; w < words; ++w)
        body += QString::number(rng.generate(), 36) + (w % 17 == 16 ? u"\n\n"_s : u" "_s);
    return body;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// revisions DB: saves forever, printing "<revision id> <sha256 of the document>" after each commit.
int writeRevisions(Store &store)
{
    const quint32 seed = QRandomGenerator::global()->generate();
    auto id = store.createIssue(document(seed, 0));
    if (!id)
        return 3;
    qint64 version = 1;
    for (int i = 1;; ++i) {
        const QString doc = document(seed, i);
        auto saved = store.saveDocument(*id, doc, version, RevisionReason::Manual);
        if (!saved) {
            say("error " + saved.error().toString().toUtf8());
            return 1;
        }
        version = *saved;
        const auto revs = store.revisions(*id);
        if (!revs || revs->isEmpty())
            return 1;
        say(QByteArray::number(revs->first().id) + ' '
            + QCryptographicHash::hash(doc.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
}

// contend DB ID N: N read-modify-save rounds on one issue, pausing between reading and saving so
// that another process can save in between, saving as the editor does (autosave, keeping both
// texts on a conflict). Each round appends the line "edit PID I". Prints "saved S conflicts C".
int contend(Store &store, qint64 id, int rounds)
{
    int saved = 0, conflicts = 0;
    for (int i = 0; i < rounds; ++i) {
        auto issue = store.issue(id);
        if (!issue) {
            say("error " + issue.error().toString().toUtf8());
            return 1;
        }
        QThread::usleep(200 + QRandomGenerator::global()->bounded(800));
        const QString doc = issue->document + u"\nedit "_s
            + QString::number(QCoreApplication::applicationPid()) + u' ' + QString::number(i);
        auto result = store.saveKeepingBoth(id, doc, issue->version, RevisionReason::Autosave);
        if (result) {
            ++saved;
            conflicts += result->keptOther ? 1 : 0;
        } else {
            say("error " + result.error().toString().toUtf8());
            return 1;
        }
    }
    say("saved " + QByteArray::number(saved) + " conflicts " + QByteArray::number(conflicts));
    return 0;
}

// save-big DB ID BYTES: one save of issue ID with BYTES more text, for the full-disk test (the
// test limits the file size this process may write). Prints "saved" or "error CODE message".
int saveBig(Store &store, qint64 id, int bytes)
{
    auto issue = store.issue(id);
    if (!issue) {
        say("error " + issue.error().toString().toUtf8());
        return 1;
    }
    QString doc = issue->document + u"\n"_s;
    QRandomGenerator rng(7);
    while (doc.size() < issue->document.size() + bytes)
        doc += QString::number(rng.generate64(), 36) + u' ';
    auto saved = store.saveDocument(id, doc, issue->version, RevisionReason::Manual);
    if (saved)
        say("saved");
    else
        say("error " + QByteArray::number(int(saved.error().code)) + ' '
            + saved.error().toString().toUtf8());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    Store store;
    if (auto opened = store.open(args.at(2)); !opened) {
        // open DB: the read-only tests want the code.
        say("error " + QByteArray::number(int(opened.error().code)) + ' '
            + opened.error().toString().toUtf8());
        return 1;
    }
    if (args.at(1) == u"open") {
        auto written = store.setSetting(u"probe"_s, u"1"_s);
        say(written ? QByteArray("written")
                    : "error " + QByteArray::number(int(written.error().code)) + ' '
                    + written.error().toString().toUtf8());
        return 0;
    }
    if (args.at(1) == u"save-big" && args.size() == 5)
        return saveBig(store, args.at(3).toLongLong(), args.at(4).toInt());
    if (args.at(1) == u"revisions")
        return writeRevisions(store);
    if (args.at(1) == u"contend" && args.size() == 5)
        return contend(store, args.at(3).toLongLong(), args.at(4).toInt());
    return 2;
}
