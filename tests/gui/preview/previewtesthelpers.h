#pragma once

// Shared by the preview test programs: run script in the real page and wait for the preview.

#include "previewwidget.h"

#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

namespace galley::gui::test {

// Runs `script` in the page's main world and returns its value (invalid on timeout).
inline QVariant evalJs(PreviewWidget &preview, const QString &script, int timeoutMs = 20000)
{
    struct State
    {
        bool done = false;
        QVariant value;
    };
    auto state = std::make_shared<State>();
    preview.view()->page()->runJavaScript(script, [state](const QVariant &v) {
        state->value = v;
        state->done = true;
    });
    if (!QTest::qWaitFor([&] { return state->done; }, timeoutMs))
        return {};
    return state->value;
}

// A JavaScript string literal holding `text`, for building scripts.
inline QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Waits until the page confirmed the newest text handed to the preview.
inline bool waitApplied(PreviewWidget &preview, int timeoutMs = 30000)
{
    return QTest::qWaitFor(
        [&] {
            return preview.requestedSequence() > 0
                && preview.appliedSequence() == preview.requestedSequence();
        },
        timeoutMs);
}

// A preview of 800 x 600 on screen that hands clicked links out (linkActivated) instead of
// opening them in the browser.
inline std::unique_ptr<PreviewWidget> makePreview()
{
    auto preview = std::make_unique<PreviewWidget>();
    preview->setOpenLinksExternally(false);
    preview->resize(800, 600);
    preview->show();
    return preview;
}

// How light a picture of the page is on average (0-255), sampling every fourth pixel: tells a
// dark page from a light one.
inline int meanLightness(const QImage &image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : 0;
}

inline bool waitReady(PreviewWidget &preview, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return preview.isReady(); }, timeoutMs);
}

} // namespace galley::gui::test
