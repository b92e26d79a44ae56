#pragma once
// Runs a program (usually the real `galley`) to its end and keeps what it wrote, for the tests
// that check the command line, the launcher and the editor's self-test as separate processes.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace galley::testsupport {

struct ProcessRun
{
    int exitCode = -1; // -1: it crashed, did not start or was killed after the time allowed
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs = 60000,
                             const QProcessEnvironment &env
                             = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessRun run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = p.readAllStandardError() + "\n[the test stopped it: no end after "
            + QByteArray::number(timeoutMs) + " ms]\n";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// The `galley` this build made (GALLEY_BINARY, set by galley_add_test).
inline ProcessRun runGalley(const QStringList &args, int timeoutMs = 60000,
                            const QProcessEnvironment &env
                            = QProcessEnvironment::systemEnvironment())
{
    return runProcess(QStringLiteral(GALLEY_BINARY), args, timeoutMs, env);
}

} // namespace galley::testsupport
