#pragma once

// What every Galley benchmark program shares: one record per figure, the machine it was measured
// on, a printed table and a JSON file in one format, so that galley_bench can merge them.

#include <QList>
#include <QString>

#include <optional>

namespace galley::bench {

struct Figure
{
    QString name; // stable: the smoke test and the README refer to figures by name
    double value = 0;
    QString unit; // "ms", "x", "MB", "issues/s"...
    QString input; // what was measured, for a person: "1.0 MB document", "10,000 issues"
    qint64 inputBytes = -1; // the input's size, -1 when it has none
    QString target; // "<= 1.25", ">= 500", "< 400", or empty when reported only
};

// Whether `value` meets a target written as "<= 1.25", "< 20", ">= 500" or "> 0"; nullopt when
// there is no target or it cannot be read.
std::optional<bool> meetsTarget(double value, const QString &target);

// "<CPU model>, <N> cores, <RAM> GB RAM, <OS>, kernel <release>, Qt <version>": figures from
// different machines must not be compared blindly.
QString machineDescription();

// The load average now ("1.02 0.87 0.75"): figures taken on a busy machine say so.
QString loadAverage();

// The p-th percentile (0..1) by nearest rank; 0 for no values.
double percentile(QList<double> values, double p);
double median(const QList<double> &values);

// CPU time of the calling thread and of the whole process, in milliseconds. On a shared machine
// the wall clock also counts waiting for a core; CPU time does not.
double threadCpuMs();
double processCpuMs();

class Report
{
public:
    explicit Report(QString program);
    void add(Figure figure);
    const QList<Figure> &figures() const { return m_figures; }
    // Extra line printed under the table, e.g. a breakdown of where the time goes.
    void note(const QString &line) { m_notes << line; }

    // Prints the table (figure, value, unit, target, met?) and the machine to stdout.
    void print() const;
    // Writes one JSON record per figure: name, value, unit, input, input_bytes, target, met,
    // program, machine, load average, date. Returns false (and says why on stderr) on failure.
    bool writeJson(const QString &path) const;

private:
    QString m_program;
    QList<Figure> m_figures;
    QStringList m_notes;
};

} // namespace galley::bench
