#pragma once

// One line to the terminal the program was started from, written at once (the self-test's
// verdict, a second start's message about the first): both are read by scripts and people
// while the program goes on running.
#include <QByteArray>
#include <QString>

#include <cstdio>

namespace galley::gui {

inline void printConsoleLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace galley::gui
