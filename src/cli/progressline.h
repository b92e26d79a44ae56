#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace galley::cli {

// One counter line on stderr ("Importing: 40 of 120 files"), rewritten in place; only on a
// terminal or once the work has taken more than a second, so quick runs and scripts see no
// noise. Shared by the commands that count their way through long work (import, publish).
class ProgressLine
{
public:
    // The line's text for a count, translated by the command that shows it.
    using Label = std::function<QString(int done, int total)>;

    explicit ProgressLine(Label label);
    void update(int done, int total);
    // Ends the line (when one was shown), so what follows starts on its own.
    void finish();

private:
    Label m_label;
    QElapsedTimer m_timer;
    bool m_tty = false;
    bool m_shown = false;
};

} // namespace galley::cli
