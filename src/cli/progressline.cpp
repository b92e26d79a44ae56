#include "progressline.h"

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace galley::cli {

ProgressLine::ProgressLine(Label label)
    : m_label(std::move(label))
    , m_tty(isatty(fileno(stderr)) != 0)
{
    m_timer.start();
}

void ProgressLine::update(int done, int total)
{
    if (!m_tty && m_timer.elapsed() < 1000)
        return;
    const QByteArray line = (u"\r"_s + m_label(done, total)).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    m_shown = true;
}

void ProgressLine::finish()
{
    if (m_shown)
        std::fputc('\n', stderr);
}

} // namespace galley::cli
