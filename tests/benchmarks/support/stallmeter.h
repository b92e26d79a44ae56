#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace galley::bench {

// Measures the longest gap between ticks of a 1 ms timer while it runs: the longest time the
// GUI thread did not get back to its event loop (a person sees it as a stall). On a loaded
// machine that gap also holds time the thread waited for a core; busyMs() is the most CPU time
// the thread itself spent between two ticks, which load does not inflate.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_max = std::max(m_max, now - m_last);
            m_last = now;
            const double cpu = threadCpuMs();
            m_maxBusy = std::max(m_maxBusy, cpu - m_lastCpu);
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_lastCpu = threadCpuMs();
        m_maxBusy = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max;
    }
    // After stop(): the most CPU time the thread spent between two ticks.
    double busyMs() const { return m_maxBusy; }

private:
    static double threadCpuMs()
    {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_max = 0;
    double m_lastCpu = 0;
    double m_maxBusy = 0;
};

} // namespace galley::bench
