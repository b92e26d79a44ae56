#include "benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace galley::bench {

std::optional<bool> meetsTarget(double value, const QString &target)
{
    static const QRegularExpression form(u"^\\s*(<=|>=|<|>)\\s*([0-9.]+)"_s);
    const QRegularExpressionMatch m = form.match(target);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double limit = m.captured(2).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString op = m.captured(1);
    if (op == u"<=")
        return value <= limit;
    if (op == u">=")
        return value >= limit;
    if (op == u"<")
        return value < limit;
    return value > limit;
}

QString machineDescription()
{
    QString model;
    int cores = 0;
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("processor"))
                ++cores;
            else if (line.startsWith("model name") && model.isEmpty())
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    if (model.isEmpty())
        model = QSysInfo::currentCpuArchitecture();
    if (cores == 0)
        cores = QThread::idealThreadCount();
    QString memory;
    QFile meminfo(u"/proc/meminfo"_s);
    if (meminfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QByteArray first = meminfo.readLine(); // MemTotal:  24604520 kB
        const QList<QByteArray> parts = first.simplified().split(' ');
        if (parts.size() >= 2)
            memory = QString::number(double(parts.at(1).toLongLong()) / 1024.0 / 1024.0, 'f', 0)
                + u" GB RAM, "_s;
    }
    return model + u", "_s + QString::number(cores) + u" cores, "_s + memory
        + QSysInfo::prettyProductName() + u", kernel "_s + QSysInfo::kernelVersion() + u", Qt "_s
        + QString::fromLatin1(qVersion());
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3
        ? QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2))
        : u"?"_s;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double processCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

Report::Report(QString program)
    : m_program(std::move(program))
{ }

void Report::add(Figure figure)
{
    m_figures.append(std::move(figure));
}

namespace {

QString metText(const Figure &f)
{
    const std::optional<bool> met = meetsTarget(f.value, f.target);
    return met ? (*met ? u"yes"_s : u"NO"_s) : QString();
}

} // namespace

void Report::print() const
{
    qsizetype width = 6;
    for (const Figure &f : m_figures)
        width = std::max(width, f.name.size());
    std::printf("%-*s %12s  %-9s %-9s %-4s %s\n", int(width), "figure", "value", "unit", "target",
                "met", "input");
    for (const Figure &f : m_figures) {
        std::printf("%-*s %12.3f  %-9s %-9s %-4s %s\n", int(width), qPrintable(f.name), f.value,
                    qPrintable(f.unit), qPrintable(f.target), qPrintable(metText(f)),
                    qPrintable(f.input));
    }
    for (const QString &line : m_notes)
        std::printf("%s\n", qPrintable(line));
    std::printf("machine: %s; load average %s\n", qPrintable(machineDescription()),
                qPrintable(loadAverage()));
    std::fflush(stdout);
}

bool Report::writeJson(const QString &path) const
{
    const QString machine = machineDescription();
    const QString load = loadAverage();
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonArray records;
    for (const Figure &f : m_figures) {
        const std::optional<bool> met = meetsTarget(f.value, f.target);
        records.append(QJsonObject {
            {u"name"_s, f.name},
            {u"value"_s, f.value},
            {u"unit"_s, f.unit},
            {u"input"_s, f.input},
            {u"input_bytes"_s, f.inputBytes},
            {u"target"_s, f.target},
            {u"met"_s, met ? QJsonValue(*met) : QJsonValue()},
            {u"program"_s, m_program},
            {u"machine"_s, machine},
            {u"load_average"_s, load},
            {u"date"_s, date},
        });
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(records).toJson()) < 0 || !out.flush()) {
        std::fprintf(stderr, "%s: cannot write %s: %s\n", qPrintable(m_program), qPrintable(path),
                     qPrintable(out.errorString()));
        return false;
    }
    return true;
}

} // namespace galley::bench
