#pragma once

// Shared by the export and preview-mode window tests: a store holding one draft and the
// newsletter's email settings, and the CLI's `galley export --draft` bytes to compare with.

#include "newslettersettings.h"
#include "store/store.h"

#include <QProcess>
#include <QRegularExpression>

namespace galley::gui::test {

inline const QString &exportTestDraft()
{
    static const QString text = QStringLiteral(
        "---\ntitle: Ops Weekly \\#7 - Spring cleaning\n---\n\n# Spring cleaning\n\n"
        "Intro with **bold** words and [a link](https://example.com/intro).\n\n"
        "## News\n\n- [Kernel 7](https://example.com/kernel) is out.\n"
        "- Ünïcödé and an emoji 🚀.\n");
    return text;
}

inline NewsletterProfile exportTestProfile()
{
    NewsletterProfile p;
    p.name = QStringLiteral("Ops Weekly Deluxe");
    p.footer = QStringLiteral("Sent from the ops corner.");
    p.sender = QStringLiteral("Ops Weekly <ops@example.org>");
    p.to = QStringLiteral("readers@example.org");
    p.mergeTagPreset = QStringLiteral("custom");
    p.unsubscribeTag = QStringLiteral("%%unsub%%");
    p.viewOnlineTag = QStringLiteral("%%web%%");
    p.language = QStringLiteral("de");
    return p;
}

// A new store at `path` with the draft and the profile; the draft's id, 0 on failure.
inline qint64 makeExportTestStore(const QString &path)
{
    Store store;
    if (!store.open(path))
        return 0;
    const auto id = store.createIssue(exportTestDraft());
    if (!id || !NewsletterSettings(store).setProfile(exportTestProfile()))
        return 0;
    return *id;
}

// `galley export --db DB --draft ID --to FORMAT` as the person runs it; empty on failure.
inline QByteArray cliExport(const QString &db, qint64 id, const QString &format)
{
    QProcess p;
    p.start(QStringLiteral(GALLEY_BINARY),
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--draft"),
             QString::number(id), QStringLiteral("--to"), format});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// An .eml without what differs between two runs: Date, Message-ID and the MIME boundary.
inline QByteArray stableEml(QByteArray eml)
{
    static const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto m = boundary.match(QString::fromLatin1(eml));
    if (m.hasMatch())
        eml.replace(m.captured(1).toLatin1(), "BOUNDARY");
    QList<QByteArray> lines = eml.split('\n');
    lines.removeIf([](const QByteArray &l) {
        return l.startsWith("Date: ") || l.startsWith("Message-Id: ")
            || l.startsWith("Message-ID: ");
    });
    return lines.join('\n');
}

} // namespace galley::gui::test
