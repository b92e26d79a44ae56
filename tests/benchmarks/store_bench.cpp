// Store benchmark (not a test): builds a synthetic archive of realistic issues, imports it and
// measures what the editor does all day. Prints a table and writes the figures as JSON.
//
//   galley_store_bench [--issues N] [--json OUT.json] [--keep DIR]
#include "store/archiveimporter.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

// Words of the kind a tech newsletter uses, so that the full-text index sees a realistic spread
// of common and rare terms.
const char *const vocabulary[] = {
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "is",
    "for",
    "on",
    "with",
    "that",
    "this",
    "it",
    "as",
    "are",
    "by",
    "from",
    "be",
    "at",
    "or",
    "an",
    "how",
    "why",
    "what",
    "your",
    "you",
    "we",
    "our",
    "new",
    "more",
    "about",
    "when",
    "can",
    "into",
    "not",
    "but",
    "all",
    "its",
    "their",
    "which",
    "build",
    "pipeline",
    "deploy",
    "release",
    "cluster",
    "kubernetes",
    "container",
    "image",
    "registry",
    "database",
    "postgres",
    "query",
    "index",
    "latency",
    "throughput",
    "cache",
    "memory",
    "storage",
    "network",
    "service",
    "mesh",
    "proxy",
    "load",
    "balancer",
    "incident",
    "postmortem",
    "alert",
    "pager",
    "rotation",
    "runbook",
    "observability",
    "tracing",
    "metrics",
    "logging",
    "dashboard",
    "budget",
    "error",
    "reliability",
    "availability",
    "outage",
    "rollback",
    "canary",
    "feature",
    "flag",
    "migration",
    "schema",
    "backup",
    "restore",
    "disaster",
    "recovery",
    "terraform",
    "ansible",
    "configuration",
    "secret",
    "vault",
    "certificate",
    "tls",
    "security",
    "vulnerability",
    "patch",
    "kernel",
    "linux",
    "systemd",
    "scheduler",
    "autoscaling",
    "capacity",
    "cost",
    "finops",
    "cloud",
    "region",
    "zone",
    "edge",
    "cdn",
    "dns",
    "routing",
    "queue",
    "stream",
    "kafka",
    "event",
    "sourcing",
    "workflow",
    "orchestration",
    "serverless",
    "function",
    "runtime",
    "compiler",
    "rust",
    "golang",
    "python",
    "typescript",
    "testing",
    "flaky",
    "ci",
    "runner",
    "artifact",
    "monorepo",
    "dependency",
    "upgrade",
    "version",
    "semantic",
    "api",
    "gateway",
    "rate",
    "limiting",
    "retry",
    "timeout",
    "circuit",
    "breaker",
    "chaos",
    "engineering",
    "platform",
    "team",
    "oncall",
    "toil",
    "automation",
    "script",
    "tool",
    "library",
    "framework",
    "benchmark",
    "profiling",
    "flamegraph",
    "performance",
    "regression",
    "story",
    "lessons",
    "learned",
    "guide",
    "practical",
    "deep",
    "dive",
    "introduction",
    "announcing",
    "general",
    "available",
    "beta",
    "preview",
    "open",
    "source",
    "maintainer",
    "community",
    "conference",
    "talk",
    "slides",
    "video",
    "podcast",
    "episode",
    "interview",
    "hiring",
    "remote",
    "senior",
    "strangler",
    "pattern",
    "legacy",
    "modernisation",
    "architecture",
    "microservices",
    "monolith",
    "consistency",
    "replication",
    "consensus",
    "raft",
    "paxos",
    "sharding",
    "partition",
    "tenant",
};
constexpr int vocabularySize = int(sizeof(vocabulary) / sizeof(vocabulary[0]));
const char *const sections[] = {"News", "Tools", "Events", "Jobs", "Podcasts"};
const char *const hosts[] = {"github.com",
                             "engineering.example.org",
                             "blog.example.dev",
                             "sre-notes.example.net",
                             "www.infoq.example.com",
                             "medium.example.com",
                             "news.example.io",
                             "docs.example.cloud"};

QString word(QRandomGenerator &rng)
{
    // Roughly Zipf: small indexes (common words) much more often.
    const double u = rng.generateDouble();
    const int i = std::min(vocabularySize - 1, int(vocabularySize * u * u * u));
    return QString::fromLatin1(vocabulary[i]);
}

QString sentence(QRandomGenerator &rng, int words)
{
    QString s;
    for (int i = 0; i < words; ++i)
        s += (i ? u" "_s : QString()) + word(rng);
    s[0] = s[0].toUpper();
    return s + u'.';
}

QString url(QRandomGenerator &rng, int issue, int item)
{
    // Most links are new, some repeat across issues (what the duplicate check is for).
    if (rng.bounded(10) == 0)
        return u"https://github.com/example/project-%1"_s.arg(rng.bounded(500));
    return u"https://"_s + QString::fromLatin1(hosts[rng.bounded(8)])
        + u"/%1/%2-%3"_s.arg(issue).arg(word(rng), QString::number(item));
}

QString issueText(int n, QRandomGenerator &rng, QStringList *urls)
{
    const QDate date = QDate(2000, 1, 2).addDays(7 * n);
    QString t
        = u"---\ntitle: SYNTH WEEKLY ISSUE \\#%1 - %2\ndate: %3T09:00:00+00:00\n---\n\n"_s.arg(n)
              .arg(date.toString(u"d MMMM yyyy"_s), date.toString(Qt::ISODate));
    t += sentence(rng, 30) + u' ' + sentence(rng, 25) + u"\n\n\nFrom our sponsor, Acme\n"_s
        + u"=======================\n\n"_s + sentence(rng, 30)
        + u"\n<br>[https://acme.example.com/weekly](https://acme.example.com/weekly)\n\n\n"_s;
    const int links = 15 + int(rng.bounded(11));
    int item = 0;
    for (int s = 0; s < 3 && item < links; ++s) {
        t += QString::fromLatin1(sections[s]) + u"\n====\n\n"_s;
        const int items = s == 2 ? links - item : links / 3;
        for (int i = 0; i < items && item < links; ++i, ++item) {
            const QString u = url(rng, n, item);
            urls->append(u);
            t += sentence(rng, 25 + int(rng.bounded(30))) + u' ' + sentence(rng, 20) + u"\n<br>["_s
                + u + u"]("_s + u + u")\n\n\n"_s;
        }
    }
    return t;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

struct Figure
{
    QString name;
    double value;
    QString unit;
    QString target;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption(u"issues"_s, u"Issues in the synthetic archive."_s, u"N"_s, u"10000"_s));
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"store_bench.json"_s));
    parser.addHelpOption();
    parser.process(app);
    const int issues = std::max(1, parser.value(u"issues"_s).toInt());

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 2;
    const QString archive = tmp.filePath(u"archive"_s);
    QDir().mkpath(archive);
    QRandomGenerator rng(20250105);
    QStringList urls;
    qint64 bytes = 0;
    for (int n = 1; n <= issues; ++n) {
        const QByteArray text = issueText(n, rng, &urls).toUtf8();
        bytes += text.size();
        QFile f(archive + u"/issue-%1.md"_s.arg(n, 5, 10, QChar(u'0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return 2;
    }
    std::fprintf(stderr, "archive: %d issues, %.1f KB average\n", issues,
                 double(bytes) / issues / 1024.0);

    const QString db = tmp.filePath(u"bench.sqlite"_s);
    Store store;
    if (!store.open(db))
        return 2;
    QList<Figure> figures;

    QElapsedTimer timer;
    timer.start();
    const ImportReport report = ArchiveImporter(store).run({archive});
    const double importSecs = double(timer.nsecsElapsed()) / 1e9;
    if (report.added != issues) {
        std::fprintf(stderr, "import failed: %d added, %d errors\n", report.added,
                     int(report.errors.size()));
        return 1;
    }
    figures.append({u"import rate"_s, issues / importSecs, u"issues/s"_s, u">= 500"_s});

    QList<double> searchMs;
    for (int i = 0; i < 200; ++i) {
        const QString q = i % 3 == 0 ? word(rng) + u' ' + word(rng) : word(rng);
        timer.restart();
        const auto hits = store.search(i % 5 == 0 ? q.left(4) : q, 20);
        searchMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!hits) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(hits.error().toString()));
            return 1;
        }
    }
    figures.append({u"search p50"_s, percentile(searchMs, 0.5), u"ms"_s, QString()});
    figures.append({u"search p95"_s, percentile(searchMs, 0.95), u"ms"_s, u"< 20"_s});

    QList<double> linkMs;
    for (int i = 0; i < 1000; ++i) {
        QString u = urls.at(rng.bounded(int(urls.size())));
        if (i % 2)
            u.replace(u"https://"_s, u"HTTP://"_s).append(u"/?utm_source=bench"_s);
        timer.restart();
        const auto uses = store.linkUses(u);
        linkMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!uses || uses->isEmpty()) {
            std::fprintf(stderr, "link lookup found nothing for %s\n", qPrintable(u));
            return 1;
        }
    }
    figures.append({u"link lookup p95"_s, percentile(linkMs, 0.95), u"ms"_s, u"< 1"_s});

    QList<double> listMs;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const auto list = store.listIssues();
        listMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!list || list->size() != issues)
            return 1;
    }
    figures.append({u"list all issues"_s, percentile(listMs, 0.5), u"ms"_s, u"< 50"_s});

    QList<double> saveMs;
    const auto list = store.listIssues().value();
    for (int i = 0; i < 200; ++i) {
        const IssueSummary &s = list.at(rng.bounded(int(list.size())));
        auto issue = store.issue(s.id);
        if (!issue)
            return 1;
        const QString edited = issue->document + u"\nAn edit. "_s + sentence(rng, 10) + u'\n';
        timer.restart();
        const auto saved
            = store.saveDocument(s.id, edited, issue->version, RevisionReason::Autosave);
        saveMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
    }
    figures.append({u"revision save p95"_s, percentile(saveMs, 0.95), u"ms"_s, u"< 10"_s});

    store.close();
    {
        // Size on disk as it stays: after the WAL has been folded into the main file.
        Store again;
        again.open(db);
    }
    const qint64 size = QFileInfo(db).size() + QFileInfo(db + u"-wal"_s).size();
    figures.append({u"store size"_s, double(size) / 1024.0 / 1024.0, u"MB"_s, QString()});

    const QString machine = QSysInfo::prettyProductName() + u", "_s
        + QSysInfo::currentCpuArchitecture() + u", "_s
        + QString::number(QThread::idealThreadCount()) + u" cores"_s;
    std::printf("%-20s %12s  %-9s %s\n", "figure", "value", "unit", "target");
    QJsonArray json;
    for (const Figure &f : figures) {
        std::printf("%-20s %12.3f  %-9s %s\n", qPrintable(f.name), f.value, qPrintable(f.unit),
                    qPrintable(f.target));
        json.append(QJsonObject {{u"name"_s, f.name},
                                 {u"value"_s, f.value},
                                 {u"unit"_s, f.unit},
                                 {u"target"_s, f.target},
                                 {u"input_issues"_s, issues},
                                 {u"input_bytes"_s, bytes},
                                 {u"machine"_s, machine}});
    }
    std::printf("input: %d issues, %lld bytes; machine: %s\n", issues, bytes, qPrintable(machine));
    QFile out(parser.value(u"json"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 1;
    }
    return 0;
}
